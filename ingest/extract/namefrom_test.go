package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// nameFromCap is nameFrom with its own test of t.cap.
func nameFromCap(toks []token, i int) int {
	for ; i < len(toks); i++ {
		t := &toks[i]
		if t.cls&(cTicker|cGazFirst|cProdPlural) != 0 || t.cap || t.kind == tWord && t.flags&(tfUpper|tfNonASCII) != 0 ||
			t.kind == tNum && t.flags&(tfUpper|tfNonASCII) != 0 { // "1Password", "3Q" (ner_digitname.go)

			return i
		}
	}
	return i
}

// TestNameFromCap: every token with a capital first letter, from scan or
// tokenize, is a word with tfUpper or tfNonASCII, so nameFrom stops
// where it would with its own test of t.cap.
func TestNameFromCap(t *testing.T) {
	lx, err := DefaultLexicon()
	require.NoError(t, err)
	texts := append(gateTexts(t), "Émile Zola, Ölwerke AG, Ωmega and İstanbul; ÉCOLE. Ünited (Ärzte) «Über» 3M’s X-ray",
		"iPhone maker Apple's CEO, eBay and O'Neil; McDonald’s 2Q Q2 A1 A-1 D.C.")
	for _, text := range texts {
		low := lowerASCII(text)
		for _, sp := range splitSentences(text, nil) {
			scanned, _ := lx.scan(text, low, sp.start, sp.end, nil)
			for _, toks := range [][]token{scanned, testTokens(t, text[sp.start:sp.end], low[sp.start:sp.end])} {
				for i := range toks {
					if tk := &toks[i]; tk.cap {
						assert.True(t, tk.kind == tWord && tk.flags&(tfUpper|tfNonASCII) != 0, "%q", tk.s)
					}
					assert.Equal(t, nameFromCap(toks, i), nameFrom(toks, i), "%q", text[sp.start:sp.end])
				}
			}
		}
	}
}
