package extract

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/cigraph/cigraph/graph"
)

// Rules is the deterministic extractor.
type Rules struct {
	lx *Lexicon
}

// NewRules returns the rule extractor over a lexicon (nil: the embedded one).
func NewRules(lx *Lexicon) (*Rules, error) {
	if lx == nil {
		var err error
		if lx, err = DefaultLexicon(); err != nil {
			return nil, fmt.Errorf("load lexicon: %w", err)
		}
	}
	return &Rules{lx: lx}, nil
}

// Extract reads the facts of one article. Binary input is an error wrapping
// graph.ErrInvalid; text without sentences gives an empty extraction.
func (r *Rules) Extract(ctx context.Context, in Input) (graph.Extraction, error) {
	empty := graph.Extraction{Entities: []graph.Entity{}, Relations: []graph.Relation{}, Metrics: []graph.Metric{}}
	text := in.Text
	if len(text) > MaxInputBytes {
		text = text[:MaxInputBytes]
	}
	if looksBinary(text) {
		return empty, fmt.Errorf("input is not text: %w", graph.ErrInvalid)
	}
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	st := newState(r.lx, text, in.Published)
	defer st.release()
	st.spans = splitSentences(text, st.spans[:0])
	st.tokenizeAll(st.spans)
	for i := range st.sents {
		st.loadToks(i)
		if i%64 == 0 && ctx.Err() != nil {
			return empty, ctx.Err()
		}
		st.mentionsOf(i)
	}
	st.relate()
	return st.output(), nil
}

// mentionBlock is the number of mentions allocated at a time.
const mentionBlock = 4096

// mentionsOf finds the mentions of sentence i, stored back to back in st.mall.
func (st *state) mentionsOf(i int) {
	s := &st.sents[i]
	a := len(st.mall)
	s.ments = st.mall[a:]
	st.findMentions(s)
	st.resolveRefs(i)
	if cap(s.ments) != cap(st.mall)-a {
		// outgrew the buffer: continue in a new block (earlier sentences
		// keep theirs, so blocks are not doubled and copied)
		st.mall = append(make([]mention, 0, max(mentionBlock, 2*len(s.ments))), s.ments...)
		a = 0
	} else {
		st.mall = st.mall[:a+len(s.ments)]
	}
	s.ments = st.mall[a:len(st.mall):len(st.mall)]
}

// hasDealBefore: an ACQUIRES or INVESTS_IN fact was read in the two
// sentences before si.
func (st *state) hasDealBefore(si int) bool {
	for j := len(st.facts) - 1; j >= 0 && st.facts[j].sent >= si-2; j-- {
		if f := st.facts[j]; f.sent < si && (f.typ == graph.Acquires || f.typ == graph.InvestsIn) {
			return true
		}
	}
	return false
}

// tokenizeAll tokenizes and classifies every sentence into one shared
// buffer; a long text is instead tokenized a few sentences at a time
// (loadToks), so memory stays bounded.
func (st *state) tokenizeAll(spans []span) {
	if cap(st.sents) < len(spans) {
		st.sents = make([]sentence, len(spans))
	}
	st.sents = st.sents[:len(spans)]
	for i, sp := range spans {
		st.sents[i] = sentence{sp: sp, text: st.text[sp.start:sp.end]}
	}
	st.windowed = len(st.text) > wholeDocBytes
	if st.windowed {
		st.owner = [ringSize]int{-1, -1, -1, -1}
		return
	}
	all := st.toks[:0]
	for i := range st.sents {
		a := len(all)
		all, st.sents[i].sum = st.lx.scan(st.text, st.low, spans[i].start, spans[i].end, all)
		st.sents[i].toks = all[a:len(all):len(all)] // re-sliced below if all grew
	}
	a := 0
	for i := range st.sents {
		n := len(st.sents[i].toks)
		st.sents[i].toks = all[a : a+n : a+n]
		a += n
	}
	st.toks = all
}

// loadToks makes sure the tokens of sentence i are present: in windowed
// mode the last ringSize sentences used keep theirs.
func (st *state) loadToks(i int) []token {
	s := &st.sents[i]
	if !st.windowed || st.owner[i%ringSize] == i {
		return s.toks
	}
	slot := i % ringSize
	if o := st.owner[slot]; o >= 0 {
		st.sents[o].toks = nil
	}
	buf, sum := st.lx.scan(st.text, st.low, s.sp.start, s.sp.end, st.ring[slot][:0])
	s.sum = sum
	st.ring[slot], st.owner[slot] = buf, i
	s.toks = buf[:len(buf):len(buf)]
	return s.toks
}

// looksBinary: NUL bytes or mostly control characters in the first 8 KiB.
func looksBinary(s string) bool {
	head := s
	if len(head) > 8192 {
		head = head[:8192]
	}
	if strings.IndexByte(head, 0) >= 0 {
		return true
	}
	ctrl, i := 0, 0
	for ; i+8 <= len(head); i += 8 {
		if hasCtrl8(head[i:]) {
			ctrl += countCtrl(head[i : i+8])
		}
	}
	ctrl += countCtrl(head[i:])
	return len(head) > 0 && ctrl*10 > len(head)
}

// hasCtrl8 reports whether any of the first eight bytes of s is below 0x20
// (a byte-wise "less than" on one 64-bit word).
func hasCtrl8(s string) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	x := load64(s)
	return (x-ones*0x20)&^x&highs != 0
}

// countCtrl counts control bytes other than line breaks, tabs and form feeds.
func countCtrl(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			n++
		}
	}
	return n
}

// relate runs the relation frames and metric rules sentence by sentence.
func (st *state) relate() {
	c := ctx{money: st.scratch.money, pcts: st.scratch.pcts, times: st.scratch.times, clauses: st.scratch.clauses}
	defer func() {
		st.scratch.money, st.scratch.pcts, st.scratch.times = c.money[:0], c.pcts[:0], c.times[:0]
		st.scratch.clauses = c.clauses[:0]
	}()
	for i := range st.sents {
		s := &st.sents[i]
		if s.sp.headline || len(s.ments) == 0 {
			continue
		}
		st.loadToks(i)
		c = ctx{st: st, si: i, s: s, toks: s.toks, money: c.money[:0], pcts: c.pcts[:0], times: c.times[:0],
			clauses: c.clauses[:0]}
		// the summary skips the searches that cannot match (summary.go)
		if s.sum.mayMoney() {
			c.money = findMoney(s.toks, c.money)
		}
		if s.sum.mayPercent() {
			c.pcts = findPercents(s.toks, c.pcts)
		}
		// times are read on first use (timeList): most sentences state none
		c.hedge = s.sum.cls&wHedge != 0 // a hedge word anywhere
		c.hasProd = st.anyProduct(s)
		n := len(st.facts)
		c.frames()
		if len(st.facts) == n || c.dealSubject() {
			c.dealAmount()
		}
		c.metrics()
	}
	st.lexiconOffers()
	st.productRivalry()
}

// hedgeWords mark a sentence that reports a rumour or denial: one of them
// anywhere (class wHedge, read from the sentence summary) hedges it all.
var hedgeWords = set("rumor", "rumors", "rumour", "rumours", "speculation", "speculated", "untrue", "baseless",
	"denied", "denies", "deny", "unclear", "reportedly", "allegedly")

// vendorOf returns the maker of a product: from an OFFERS fact of the
// article, else the lexicon vendor when the article names it.
func (st *state) vendorOf(p int) (int, bool) {
	if v, ok := st.offerOf[p]; ok {
		return v, true
	}
	if o := st.ents[p].owner; o != "" {
		if k, ok := st.byKey[st.norm(o)]; ok && k != p {
			return k, true
		}
	}
	return 0, false
}

// lexiconOffers adds OFFERS for products whose lexicon vendor is named too.
func (st *state) lexiconOffers() {
	for i := range st.sents {
		for _, m := range st.sents[i].ments {
			e := &st.ents[m.ent] // no copy: an entity is large
			if e.typ != graph.Product || e.owner == "" || m.ref {
				continue
			}
			if v, ok := st.byKey[st.norm(e.owner)]; ok && st.ents[v].mentions > 0 && st.ents[v].typ == graph.Org {
				st.addFact(fact{typ: graph.Offers, subj: v, obj: m.ent, confidence: 0.7,
					sent: i, status: graph.StatusCurrent})
			}
		}
	}
}

// productRivalry: when two products compete, so do their makers.
func (st *state) productRivalry() {
	n := len(st.facts)
	for i := 0; i < n; i++ {
		f := st.facts[i]
		if f.typ != graph.CompetesWith || st.ents[f.subj].typ != graph.Product {
			continue
		}
		a, okA := st.vendorOf(f.subj)
		b, okB := st.vendorOf(f.obj)
		if okA && okB && a != b {
			st.addFact(fact{typ: graph.CompetesWith, subj: a, obj: b, confidence: 0.6, sent: f.sent, status: graph.StatusCurrent})
		}
	}
}

// output builds the ONTOLOGY JSON: used or cued entities, deduplicated facts.
func (st *state) output() graph.Extraction {
	out := graph.Extraction{Metrics: make([]graph.Metric, 0, len(st.metrics))}
	st.finalNames()
	for _, f := range st.facts {
		st.ents[f.subj].used, st.ents[f.obj].used = true, true
	}
	for _, m := range st.metrics {
		st.ents[m.subj].used = true
	}
	out.Entities = st.outEntities()
	seen := st.outMaps().seenRel
	viaProduct := st.productVendors()
	st.mergeBare()
	// sized after mergeBare, which drops facts: the slices are returned,
	// so their size is what the caller keeps
	out.Relations = make([]graph.Relation, 0, len(st.facts))
	for _, f := range st.facts {
		rel := st.relOut(f)
		key := relKey{typ: rel.Type, subj: st.nameNum(f.subj), obj: st.nameNum(f.obj), share: rel.SharePercent, time: rel.Time}
		if f.prod > 0 {
			key.prod = st.nameNum(f.prod - 1)
		}
		if rel.Amount != nil {
			key.amt, key.hasAmt = *rel.Amount, true
		}
		// redundant is asked first (it does not depend on seen), so one
		// insertion both tests and marks the key: a key seen before
		// leaves the map's size as it was
		if st.redundant(f, viaProduct) {
			continue
		}
		n := len(seen)
		if seen[key] = true; len(seen) == n {
			continue
		}
		out.Relations = append(out.Relations, rel)
	}
	seenM := st.seenMet
	for _, m := range st.metrics {
		n := len(seenM)
		if seenM[metricKey{m.subj, m.metric, m.value}] = true; len(seenM) > n {
			out.Metrics = append(out.Metrics, st.metricOut(m))
		}
	}
	return out
}

// outEntities lists the used or cued entities (counted first: the slice
// is returned, and most entities of a long article are left out).
func (st *state) outEntities() []graph.Entity {
	keep := func(e *entity) bool {
		return !(e.mentions == 0 || e.publisher && !e.used || !e.cued && !e.used && e.mid < 2)
	}
	n := 0
	for i := range st.ents {
		if keep(&st.ents[i]) {
			n++
		}
	}
	out := make([]graph.Entity, 0, n)
	for i := range st.ents {
		if e := &st.ents[i]; keep(e) {
			out = append(out, graph.Entity{Name: e.name, Type: e.typ, Aliases: st.aliases(e)})
		}
	}
	return out
}

// mergeBare folds a fact without amount or share into a fact of the same
// type, pair and status that has one, filling its product and time.
func (st *state) mergeBare() {
	type pair = factPair
	rich := st.rich
	// the first rich fact of each pair wins: walked backwards, it is the
	// last one stored (one insertion per fact, no lookup first)
	nRich := 0
	for i := len(st.facts) - 1; i >= 0; i-- {
		if f := &st.facts[i]; f.amount != nil || f.share != nil {
			rich[pair{f.typ, f.status, f.subj, f.obj}] = i
			nRich++
		}
	}
	if nRich == 0 {
		return // no rich fact: every fact stays
	}
	out := st.facts[:0]
	for _, f := range st.facts {
		if f.amount != nil || f.share != nil || f.role != "" { // kept: no lookup needed
			out = append(out, f)
			continue
		}
		j, ok := rich[pair{f.typ, f.status, f.subj, f.obj}]
		if !ok || f.time != "" && f.time != st.facts[j].time {
			out = append(out, f)
			continue
		}
		if g := &st.facts[j]; g.prod == 0 {
			g.prod = f.prod
		}
	}
	st.facts = out
}

// factPair keys mergeBare: facts of one type, status and pair.
type factPair struct {
	typ, status string
	subj, obj   int
}

// relKey identifies an output relation for deduplication. The subject,
// object and product are name numbers (nameNum) instead of names: the key
// then fits in 128 bytes, which a map keeps in its slots (a larger key
// costs an allocation per insertion).
type relKey struct {
	typ, time       string
	subj, obj, prod int32
	amt             graph.Amount
	hasAmt          bool
	share           *float64
}

// nameNum numbers the final name of entity i: two entities get the same
// number iff their names are equal ("" is 0, as for no product).
func (st *state) nameNum(i int) int32 {
	if len(st.entNums) != len(st.ents) {
		st.entNums = append(st.entNums[:0], make([]int32, len(st.ents))...)
	}
	if n := st.entNums[i]; n != 0 {
		return n
	}
	name := st.ents[i].name
	if name == "" {
		return 0
	}
	n, ok := st.nameNums[name]
	if !ok {
		n = int32(len(st.nameNums)) + 1
		st.nameNums[name] = n
	}
	st.entNums[i] = n
	return n
}

type metricKey struct {
	subj   int
	metric string
	value  float64
}

// redundant drops "X uses OpenAI" when "X uses GPT-4 (OpenAI)" is also read.
func (st *state) redundant(f fact, viaProduct map[vendorKey]bool) bool {
	return f.amount == nil && f.share == nil && viaProduct[vendorKey{f.typ, f.subj, f.obj}]
}

type vendorKey struct {
	typ        string
	subj, vend int
}

// productVendors lists (type, subject, vendor) for facts whose object is a
// product of that vendor.
func (st *state) productVendors() map[vendorKey]bool {
	out := st.via
	for _, g := range st.facts {
		if st.ents[g.obj].typ != graph.Product {
			continue
		}
		if v, ok := st.vendorOf(g.obj); ok && v != g.obj {
			out[vendorKey{g.typ, g.subj, v}] = true
		}
	}
	return out
}

func (st *state) aliases(e *entity) []string {
	out := []string{}
	for _, f := range e.forms {
		if f != e.name && !contains2(out, f) {
			out = append(out, f)
		}
	}
	return out
}

func contains2(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func (st *state) relOut(f fact) graph.Relation {
	r := graph.Relation{Type: f.typ, Subject: st.ents[f.subj].name, Object: st.ents[f.obj].name,
		Amount: f.amount, SharePercent: f.share, Status: f.status, Time: f.time, Role: f.role,
		Confidence: f.confidence, Evidence: st.sents[f.sent].text}
	if f.prod > 0 {
		r.Product = st.ents[f.prod-1].name
	}
	if r.Time == "" && !st.pub.IsZero() && f.status == graph.StatusCurrent && (f.typ == graph.CustomerOf || f.typ == graph.Acquires) {
		r.Time = formatDate(st.pub, false) // st.pub.Format("2006-01")
	}
	return r
}

// finalNames sets each canonical name to the fullest plain form the text
// uses ("Microsoft" for "Microsoft Corp.", "Sam Altman" for "Altman").
func (st *state) finalNames() {
	for i := range st.ents {
		e := &st.ents[i]
		best := ""
		for _, f := range e.forms {
			p := plainName(f, st.lx.isSuffix)
			if len(p) > len(best) || len(p) == len(best) && p < best {
				best = p
			}
		}
		if best != "" {
			e.name = best
		}
	}
}

// employer returns the organisation a person leads, from the facts so far.
func (st *state) employer(p int) (int, bool) {
	o, ok := st.leadsOf[p]
	return o, ok
}
