package extract

import (
	"math/rand"
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
)

// TestRelSetIsAMap: relSet and richIndex answer as the maps they replace,
// over keys that collide on their pair and differ in every other field.
func TestRelSetIsAMap(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	shares := []float64{0, 30, 41}
	types := []string{graph.Acquires, graph.CustomerOf, graph.Uses}
	var set relSet
	var rich richIndex
	for round := 0; round < 3; round++ { // reused after reset, as pooled
		seen := map[relKey]bool{}
		first := map[factPair]int{}
		for i := 0; i < 2000; i++ {
			k := relKey{typ: types[rng.Intn(3)], time: []string{"", "2024"}[rng.Intn(2)],
				subj: int32(rng.Intn(4)), obj: int32(rng.Intn(4)), prod: int32(rng.Intn(2)),
				amt: graph.Amount{Value: float64(rng.Intn(2))}, hasAmt: rng.Intn(2) == 0, share: shares[rng.Intn(3)], hasShare: rng.Intn(2) == 0}
			n := len(seen)
			seen[k] = true
			assert.Equal(t, len(seen) > n, set.insert(k))
			p := factPair{typ: k.typ, status: k.time, subj: int(k.subj), obj: int(k.obj)}
			if _, ok := first[p]; !ok {
				first[p] = i
			}
			rich.addFirst(p, i)
			assert.Equal(t, first[p], rich.find(p))
		}
		assert.Equal(t, -1, rich.find(factPair{typ: "none"}))
		set.reset()
		rich.reset()
	}
}

// TestListArena: ctx.listFrom gives the lists st.listFrom gives, and a
// list stays intact while later lists of the sentence are cut.
func TestListArena(t *testing.T) {
	text := "Microsoft, OpenAI, General Motors and Toyota compete with Apple and Google."
	toks := testTokens(t, text, lowerASCII(text))
	var ments []mention
	for i, tk := range toks {
		if tk.cap {
			ments = append(ments, mention{a: i, b: i + 1, ent: i})
		}
	}
	s := &sentence{toks: toks, ments: ments}
	c := &ctx{s: s, lists: make([]mention, 0, 3)} // small: forces new arenas
	var got, want [][]mention
	for round := 0; round < 3; round++ {
		for j := range ments {
			got = append(got, c.listFrom(j))
			want = append(want, (&state{}).listFrom(s, j))
		}
	}
	assert.Equal(t, want, got)
	assert.Greater(t, len(want[0]), 2) // the lists are real lists
}

// TestShareRepeatedOnce: a share stated again later ("up from 30%" twice)
// is one fact: the key holds the share's value, not a pointer to it.
func TestShareRepeatedOnce(t *testing.T) {
	out := run(t, "Granite Labs said Pinecrest Foods accounted for 41% of its sales in 2024, up from 30% in 2023.", "2025-02-01")
	n := 0
	for _, r := range out.Relations {
		if r.Type == graph.CustomerOf && r.SharePercent != nil && *r.SharePercent == 30 {
			n++
		}
	}
	assert.Equal(t, 1, n, "%+v", out.Relations)
}

// TestPairIndexLinear: pairIndex finds the last item of a pair and its
// chain the same way below and past linearItems (searched, then hashed),
// across resets.
func TestPairIndexLinear(t *testing.T) {
	var x pairIndex
	r := rand.New(rand.NewSource(3))
	for round := 0; round < 40; round++ {
		x.reset()
		var model []uint64
		n := r.Intn(3 * linearItems)
		for k := 0; k < n; k++ {
			p := pairOf(r.Intn(12), r.Intn(12))
			want := int32(-1)
			for j := len(model) - 1; j >= 0; j-- {
				if model[j] == p {
					want = int32(j)
					break
				}
			}
			if got := x.last(p); got != want {
				t.Fatalf("round %d item %d: last = %d, want %d", round, k, got, want)
			}
			if i := x.add(p, want); int(i) != len(model) {
				t.Fatalf("add returned %d, want %d", i, len(model))
			}
			model = append(model, p)
			if k%7 == 0 { // the chain of p, newest first
				for i, j := x.last(p), len(model)-1; i >= 0; i = x.prev(i) {
					for model[j] != p {
						j--
					}
					if int(i) != j {
						t.Fatalf("chain: item %d, want %d", i, j)
					}
					j--
				}
			}
		}
	}
}
