package extract

import "github.com/cigraph/cigraph/graph"

// Output deduplication. Its keys (relKey, factPair) are structs of strings
// whose hashing, one map insertion per fact, used to be the larger part of
// output. Here a fact is found by its entity pair, packed into a uint64
// (a few instructions to hash), and the few items of one pair are chained
// and compared with ==, which is exactly the equality a map key uses.

// pairIndex numbers items 0, 1, ... in the order added and finds those of
// a pair: the map gives the last item of the pair, next the one before.
type pairIndex struct {
	head  map[uint64]int32 // pair -> last item of the pair (past linearItems)
	next  []int32          // item -> previous item of its pair, -1: none
	pairs []uint64         // item -> its pair
}

// linearItems: an index of at most this many items (most articles) is
// searched backwards through pairs, not hashed: a few compares of
// integers cost less than a map access, and far less than a map insertion.
const linearItems = 48

// pairOf packs two entity or name numbers into one key.
func pairOf(a, b int) uint64 { return uint64(uint32(a))<<32 | uint64(uint32(b)) }

// last returns the last item added under p, or -1.
func (x *pairIndex) last(p uint64) int32 {
	if len(x.pairs) <= linearItems {
		for i := len(x.pairs) - 1; i >= 0; i-- {
			if x.pairs[i] == p {
				return int32(i)
			}
		}
		return -1
	}
	if i, ok := x.head[p]; ok {
		return i
	}
	return -1
}

// prev returns the item added under the pair of item i before it, or -1.
func (x *pairIndex) prev(i int32) int32 { return x.next[i] }

// add adds the next item under p, whose last item was last, and returns
// its number.
func (x *pairIndex) add(p uint64, last int32) int32 {
	i := int32(len(x.next))
	x.next = append(x.next, last)
	x.pairs = append(x.pairs, p)
	switch {
	case len(x.pairs) <= linearItems:
	case len(x.pairs) == linearItems+1: // from now on the map: every item so far
		if x.head == nil {
			x.head = map[uint64]int32{}
		}
		for j, q := range x.pairs {
			x.head[q] = int32(j) // in order: the last item of each pair stays
		}
	default:
		x.head[p] = i
	}
	return i
}

// reset empties the index, keeping its storage for the next article.
func (x *pairIndex) reset() {
	if len(x.pairs) > linearItems {
		clear(x.head)
	}
	x.next, x.pairs = x.next[:0], x.pairs[:0]
}

// relSet is a set of relKeys.
type relSet struct {
	idx  pairIndex
	keys []relKey // item -> its key
	kept []int32  // outRelations' facts to output
}

// insert adds k and reports whether it was new.
func (s *relSet) insert(k relKey) bool {
	p := pairOf(int(k.subj), int(k.obj))
	last := s.idx.last(p)
	for i := last; i >= 0; i = s.idx.prev(i) {
		if s.keys[i] == k {
			return false
		}
	}
	s.idx.add(p, last)
	s.keys = append(s.keys, k)
	return true
}

func (s *relSet) reset() {
	s.idx.reset()
	clear(s.keys) // drop the time strings
	s.keys, s.kept = s.keys[:0], s.kept[:0]
}

// outRelations lists the facts as relations, without the redundant ones
// and without repeats. The facts kept are found first, so that the slice
// returned (kept by the caller) has their number, not that of all facts.
func (st *state) outRelations(seen *relSet, viaProduct map[vendorKey]bool, pubMonth string) []graph.Relation {
	kept := seen.kept[:0]
	for i := range st.facts {
		if f := &st.facts[i]; !st.redundant(*f, viaProduct) && seen.insert(st.relKeyOf(f, pubMonth)) {
			kept = append(kept, int32(i))
		}
	}
	seen.kept = kept
	out := make([]graph.Relation, len(kept))
	for j, i := range kept {
		out[j] = st.relOut(st.facts[i], pubMonth)
	}
	return out
}

// relKeyOf is the deduplication key of fact f (as relOut outputs it).
func (st *state) relKeyOf(f *fact, pubMonth string) relKey {
	key := relKey{typ: f.typ, subj: st.nameNum(f.subj), obj: st.nameNum(f.obj), time: relTime(f, pubMonth)}
	if f.share != nil {
		key.share, key.hasShare = *f.share, true
	}
	if f.prod > 0 {
		key.prod = st.nameNum(f.prod - 1)
	}
	if f.amount != nil {
		key.amt, key.hasAmt = *f.amount, true
	}
	return key
}

// richIndex maps a fact's type, status and pair to the first fact with
// an amount or share (mergeBare). It keeps the keys: mergeBare moves facts
// while it reads the index.
type richIndex struct {
	idx   pairIndex
	keys  []factPair // item -> its key
	facts []int      // item -> fact index
}

// find returns the fact index stored under k, or -1.
func (r *richIndex) find(k factPair) int {
	return r.findFrom(r.idx.last(pairOf(k.subj, k.obj)), k)
}

// findFrom is find, given the last item of k's pair.
func (r *richIndex) findFrom(last int32, k factPair) int {
	for i := last; i >= 0; i = r.idx.prev(i) {
		if r.keys[i] == k {
			return r.facts[i]
		}
	}
	return -1
}

// addFirst stores fact j under k unless a fact is stored under k already.
func (r *richIndex) addFirst(k factPair, j int) {
	p := pairOf(k.subj, k.obj)
	last := r.idx.last(p)
	if r.findFrom(last, k) >= 0 {
		return
	}
	r.idx.add(p, last)
	r.keys = append(r.keys, k)
	r.facts = append(r.facts, j)
}

func (r *richIndex) reset() {
	r.idx.reset()
	r.keys, r.facts = r.keys[:0], r.facts[:0]
}
