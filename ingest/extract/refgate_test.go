package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRefWordGate: a sentence without a wDescAny, wPlural2 or wRefWord
// word has no token where refStart passes, so resolveRefs may skip it;
// and wRefWord marks every refWord refStart passes alone, in any case.
func TestRefWordGate(t *testing.T) {
	lx, err := DefaultLexicon()
	require.NoError(t, err)
	for w := range refWords {
		alone := []token{{s: w, low: w, kind: tWord}}
		assert.Equal(t, !refDeterminers[w], refStart(alone, 0, false), w)
	}
	texts := append(gateTexts(t), "It rose. IT said so. Its unit grew and ITS rival fell. He, HIS and She quit; Her firm.",
		"The latter grew. THE FORMER fell; the Latter too. Both firms merged. These customers and THOSE clients left.",
		"We said our US$ deal suits us. This company and that firm. The two companies; the duo.")
	for _, text := range texts {
		low := lowerASCII(text)
		for _, sp := range splitSentences(text, nil) {
			toks, sum := lx.scan(text, low, sp.start, sp.end, nil)
			desc := sum.cls&wDescAny != 0
			skip := !desc && sum.cls&(wRefWord|wPlural2) == 0
			for i := range toks {
				tk := &toks[i]
				if tk.cls&wRef != 0 && !refDeterminers[tk.low] || tk.low == "latter" || tk.low == "former" {
					assert.NotZero(t, tk.cls&wRefWord, tk.s)
				}
				if skip && tk.cls&wRef != 0 {
					assert.False(t, refStart(toks, i, desc), "%q at %q", text[sp.start:sp.end], tk.s)
				}
			}
		}
	}
	assert.Less(t, wRefWord, lowMask, "lower-case bits overflow lowMask")
}
