package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// isAbbrevWalk is isAbbrev without the longWordBefore gate.
func isAbbrevWalk(text string, i int) bool {
	k := i
	for k > 0 && (isWordByte(text[k-1]) || text[k-1] == '.') {
		k--
	}
	return abbrevWord(strings.ToLower(text[k:i]))
}

// TestLongWordBeforeGate: the shortcuts of isAbbrev (longWordBefore,
// lowerRunBefore) answer as the walk back does, at every period of our
// texts and of words built to sit at their edges.
func TestLongWordBeforeGate(t *testing.T) {
	texts := gateTexts(t)
	for w := range abbreviations {
		for _, pre := range []string{"x ", "xx", "Hello there, ", "Hello there,(", "Hello there.", "Hello thereX", "Hello thé"} {
			texts = append(texts, pre+w+". Y", pre+strings.ToUpper(w)+". Y")
		}
	}
	edge := []string{"See U.S.A. Now", "abcdefg. X", "abcdef. X", "ABCDEFG. X", "a1b2c3d. X",
		"ab.cdefg. X", "\u212a\u212a\u212a\u212a\u212a\u212a. X", "caf\u00e9bar. X", "1234567. X",
		"x V. Solis", "Acme Inc. Y", "Acme INC. Y", "Acme iNc. Y", "by Corp. Y", "(Co. Y", "in St. Y", "x A. Y", "Z. Y", "É. Y", "xÉ. Y", "Labs Q3. Y",
		"x V. Solis", "approx. Y", "xxapprox. Y", "e.g. Y", "  q. R", "x. Y", "no5. Y", "1st. Y", "cafés. X", "-co. X", "a.b. C", "'inc. X"}
	for _, e := range edge {
		texts = append(texts, e, "Hello there, "+e) // (the gate reads eight bytes)
	}
	for _, text := range texts {
		for i := 0; i < len(text); i++ {
			if text[i] == '.' {
				assert.Equal(t, isAbbrevWalk(text, i), isAbbrev(text, i), "%q at %d", text, i)
			}
		}
	}
	assert.Less(t, abbrevMaxLen, 7, "longWordBefore tests seven bytes")
}
