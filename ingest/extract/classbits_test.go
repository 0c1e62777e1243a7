package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestClassBitsMatchMaps: the class bits that stand in for map probes
// (descStop, multipliers, currencyWords, months, ordinals, weekdays,
// qualifiers, percent units, frame bits, suffixes, clause openers, finite
// verbs, index names, modals, figure nouns, make verbs) say exactly what the maps say, for
// every token of the gate texts.
func TestClassBitsMatchMaps(t *testing.T) {
	lx, err := DefaultLexicon()
	require.NoError(t, err)
	for _, text := range gateTexts(t) {
		low := lowerASCII(text)
		toks := testTokens(t, text, low)
		for i := range toks {
			tk := &toks[i]
			w := tk.low
			pctUnit := w == "%" || w == "percent" || w == "pct" || w == "per"
			assert.Equal(t, pctUnit, tk.cls&wPctUnit != 0, w)
			// rel_clause.go and notEntityRun read these bits for every kind of token
			assert.Equal(t, clauseOpeners[w] || w == "and", tk.cls&wClause != 0 || w == ";", w)
			assert.Equal(t, finiteVerbs[w], tk.cls&wFinite != 0, w)
			assert.Equal(t, indexNames[strings.TrimRight(w, "0123456789")], indexNamed(tk), w)
			assert.Equal(t, numberedIndex[w], tk.cls&wNumIndex != 0, w)
			assert.Equal(t, indexWords[w], tk.cls&wIndexWord != 0, w)
			assert.Equal(t, modalWords[w] || w == "than", tk.cls&wModal != 0, w)
			assert.Equal(t, figureNouns[w], tk.cls&wFigure != 0, w)
			assert.Equal(t, makeVerbs[w], tk.cls&wMake != 0, w)
			assert.Equal(t, titleWords[w], tk.cls&wTitle != 0, w)
			// the per-sentence scans skip a sentence whose summary lacks these
			assert.Equal(t, relPronoun(w, true) || summaryNouns[w], tk.cls&wRelOpen != 0, w)
			assert.Equal(t, w == "year", tk.cls&wYear != 0, w)
			assert.Equal(t, prelimWords[w] || failWords[w], tk.cls&wRareCue != 0, w)
			if tk.kind == tPunct && tk.s != "-" {
				// only words and "-" reach description; punctuation is
				// looked up (qualifierOf)
				assert.Equal(t, qualifierWords[w], qualifierOf(tk), w)
				continue
			}
			assert.Equal(t, descStop[w], tk.cls&wDescStop != 0, w)
			assert.Equal(t, multipliers[w] != 0, tk.cls&wMult != 0, w)
			assert.Equal(t, currencyWords[w] != "", tk.cls&wCurWord != 0, w)
			assert.Equal(t, monthNames[w] != 0, tk.cls&wMonth != 0, w)
			assert.Equal(t, ordinals[w] != 0, tk.cls&wOrdinal != 0, w)
			_, wd := weekdays[w]
			assert.Equal(t, wd, tk.cls&wWeekday != 0, w)
			assert.Equal(t, qualifierWords[w], qualifierOf(tk), w)
			assert.Equal(t, frameBits[w], frameBitsOf(w), w)
			b, _ := frameTab.get(w) // frames notes tieEnd from this bit
			assert.Equal(t, lapseWords[w] || endedTieVerbs[w], b&tieEndBit != 0, w)
			assert.Equal(t, lx.suffix[tk.s], lx.isSuffix(tk.s), tk.s)
		}
	}
	for w := range lx.suffix {
		assert.True(t, lx.isSuffix(w), w)
	}
	for _, ws := range []map[string]bool{lapseWords, endedTieVerbs} {
		for w := range ws { // a trigger token, with tieEndBit
			b, ok := frameTab.get(w)
			assert.True(t, ok && b&tieEndBit != 0 && lx.classOf(&token{s: w, low: w, kind: tWord})&wTrigger != 0, w)
		}
	}
	for _, w := range []string{"", "Inc", "inc", "INC", "Corp", "corp", "Ltd", "Foo", "plc", "PLC", "Co", "S.A."} {
		assert.Equal(t, lx.suffix[w], lx.isSuffix(w), w)
	}
	assert.Less(t, wRareCue, lowMask, "lower-case bits overflow lowMask")
	assert.Less(t, lowMask, cNonname, "lower-case bits overlap the case-sensitive ones")
	assert.Less(t, cMultiFirst, uint64(1)<<phraseShift, "case bits overlap the phrase index")
}

// TestSentenceScanBits: the words the per-sentence scans look for keep
// their bit in any case ("Which", "YEAR", "Tie-up", "MoU"), and so does
// ";" (clauseStarts), so a summary without the bit holds none of them.
func TestSentenceScanBits(t *testing.T) {
	text := "Which WHO That whose Year YEAR Tie-up MoU Blocked FELL Intent ; year"
	toks := testTokens(t, text, lowerASCII(text))
	for i := range toks {
		tk := &toks[i]
		assert.Equal(t, relPronoun(tk.low, true) || summaryNouns[tk.low], tk.cls&wRelOpen != 0, tk.s)
		assert.Equal(t, tk.low == "year", tk.cls&wYear != 0, tk.s)
		assert.Equal(t, prelimWords[tk.low] || failWords[tk.low], tk.cls&wRareCue != 0, tk.s)
		assert.Equal(t, tk.s == ";", tk.cls&wClause != 0, tk.s)
	}
	var sum sentSum
	lx, err := DefaultLexicon()
	require.NoError(t, err)
	_, sum = lx.scan(text, lowerASCII(text), 0, len(text), nil)
	assert.Equal(t, summarize(toks), sum)
}
