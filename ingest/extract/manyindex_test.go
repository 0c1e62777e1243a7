package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestManyAt: for every first word of many phrases, manyAt read from the
// word's class bits gives what single and byPair give, for each second
// token of its phrases and for a token that follows none.
func TestManyAt(t *testing.T) {
	lx := rules(t).lx
	n := 0
	for w, ps := range lx.first {
		if len(ps) <= manyPhrases {
			continue
		}
		toks := tokenize(w, lowerASCII(w), 0, len(w), nil)
		if len(toks) != 1 {
			continue
		}
		tok := toks[0]
		tok.cls = lx.classOf(&tok)
		if tok.cls>>phraseShift != 0 && tok.kind != tPunct {
			n++ // read from the number, not the maps
		}
		for _, next := range append(secondTokens(ps), "zzqx") {
			single, pairs := lx.manyAt(&tok, next)
			wantSingle := -1
			if e, ok := lx.single[w]; ok {
				wantSingle = e
			}
			assert.Equal(t, wantSingle, single, "%q", w)
			assert.Equal(t, lx.byPair[wordPair{w, next}], pairs, "%q %q", w, next)
		}
	}
	assert.Greater(t, n, 0) // the lexicon has such words, numbered
}

// secondTokens lists the second tokens of the phrases ps.
func secondTokens(ps []phrase) []string {
	var out []string
	for _, p := range ps {
		if len(p.toks) > 1 {
			out = append(out, p.toks[1])
		}
	}
	return out
}
