package extract

import (
	"math/rand"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// TestRelGates: the token gates of the relation stage only skip work. Each
// gate is checked against the full rule at every token of the gate texts.
func TestRelGates(t *testing.T) {
	pub := time.Date(2024, 6, 5, 0, 0, 0, 0, time.UTC)
	for _, text := range relGateTexts(t) {
		low := lowerASCII(text)
		for _, sp := range splitSentences(text, nil) {
			toks := testTokens(t, text[sp.start:sp.end], low[sp.start:sp.end])
			for i := range toks {
				c := &ctx{toks: toks, s: &sentence{toks: toks}}
				if i > 0 && c.clauseStart(i) { // clauseStarts' gate
					assert.True(t, toks[i].cls&wClause != 0 || toks[i].kind == tPunct, toks[i].s)
				}
				switch toks[i].low { // clauseBreak without its class gate
				case ";", "but", "while", "whereas", "although":
					assert.True(t, c.clauseBreak(i, i+1), toks[i].s)
				}
				if _, ok := timeAt(toks, i, pub, nil); ok { // findTimes
					assert.True(t, timeStart(&toks[i]) || toks[i].low == "the" && toks[i+1].cls&wTime != 0, toks[i].s)
				}
				if noMoneyStart(&toks[i]) { // findMoney's inline test
					assert.False(t, moneyStart(&toks[i]), toks[i].s)
				}
				if _, ok := moneyAt(toks, i); ok {
					assert.True(t, moneyStart(&toks[i]) && unitAfterNumber(toks, i), toks[i].s) // findMoney
				}
			}
		}
	}
}

// TestQualifierKeys: "~" is the one key of qualifierWords that is no word
// (qualifierOf answers it without the map).
func TestQualifierKeys(t *testing.T) {
	for w := range qualifierWords {
		if w != "~" {
			assert.Equal(t, strings.ToLower(w), w)
			assert.True(t, strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") == "", w)
		}
	}
}

// relGateTexts are gateTexts plus amounts of every shape moneyAt reads.
func relGateTexts(t *testing.T) []string {
	return append(gateTexts(t), "It paid 20M euros, 80 billion (£65bn), 3 million dollars, 1.5bn yen, 7 dollars and 4 tn.",
		"Acme rose ~5% to ~$3 billion, about 7 percent.",
		"In 2023, the 1st quarter, 2nd-quarter and 3rd - quarter of 2024, FY24 and fy2025, 4th quarter 2022; March 3, 2024.",
		"Acme grew; but while it slowed, whereas others, although small, did not.",
		"Acme sold it for US$ 5 billion, HK$3bn, EUR 40 million and usd7m; one billion euros.")
}

// TestSmallDecimal: smallDecimal gives ParseFloat's value wherever it
// answers, and answers for the usual figures.
func TestSmallDecimal(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	cases := []string{"1.5", "27.7", ".5", "0.1", "0.3", "123456789012.345", "99999999999999.9", "1.000000000000001"}
	for i := 0; i < 20000; i++ {
		n, k := rng.Int63n(1_000_000_000_000_000), rng.Intn(16)
		s := strconv.FormatInt(n, 10)
		if k < len(s) {
			s = s[:len(s)-k] + "." + s[len(s)-k:]
		}
		cases = append(cases, s)
	}
	for _, s := range cases {
		want, err := strconv.ParseFloat(s, 64)
		if got, ok := smallDecimal(s); ok {
			assert.NoError(t, err, s)
			assert.Equal(t, want, got, s)
		}
	}
	for _, s := range []string{"1.5", "27.7", ".5", "3.25"} {
		_, ok := smallDecimal(s)
		assert.True(t, ok, s)
	}
	for _, s := range []string{"5.", "1.2.3", "1,5", ".", "1234567890123456.7"} {
		_, ok := smallDecimal(s)
		assert.False(t, ok, s)
	}
}

// TestLooksBinary: the word-at-a-time scan answers as a byte loop, for
// texts, texts with a share of control bytes around the 10% line, and
// random bytes, of lengths around the 8-byte blocks and the 8 KiB cut.
func TestLooksBinary(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	const alphabet = "ab \n\t\r\f\x01\x1f\x7f\xc3\x00"
	seen := map[bool]int{}
	for i := 0; i < 6000; i++ {
		n := rng.Intn(40)
		if i%100 == 0 {
			n = 8180 + rng.Intn(40)
		}
		b := make([]byte, n)
		for j := range b {
			switch i % 3 {
			case 0: // text
				b[j] = alphabet[rng.Intn(7)]
			case 1: // about one control byte in ten
				b[j] = "a\x01"[b2i(rng.Intn(100) < 7+i%7)]
			default:
				b[j] = alphabet[rng.Intn(len(alphabet))]
			}
		}
		got := looksBinary(string(b))
		assert.Equal(t, looksBinarySlow(string(b)), got, "%q", b) // swar_test.go
		seen[got]++
	}
	assert.Greater(t, seen[true], 500)
	assert.Greater(t, seen[false], 500)
}

// qualifierBeforeRef is qualifierBefore as it was before phraseQualifier:
// every phrase tested in turn.
func qualifierBeforeRef(toks []token, a int) string {
	w := func(k int) string {
		if a-k >= 0 {
			return toks[a-k].low
		}
		return ""
	}
	switch {
	case w(2) == "up" && w(1) == "to", w(3) == "as" && w(2) == "much" && w(1) == "as", w(3) == "as" && w(2) == "many" && w(1) == "as":
		return "up_to"
	case w(2) == "at" && w(1) == "least":
		return "at_least"
	case w(2) == "more" && w(1) == "than", w(2) == "upwards" && w(1) == "of", w(3) == "a" && w(2) == "bit" && w(1) == "more":
		return "more_than"
	case w(2) == "close" && w(1) == "to":
		return "approx"
	case w(2) == "less" && w(1) == "than", w(2) == "fewer" && w(1) == "than":
		return "up_to"
	}
	if a >= 1 {
		if q := qualifierOf(&toks[a-1]); q != "" {
			return q
		}
	}
	return "exact"
}

// TestQualifierBefore: the switch on the last word reads every phrase the
// tests in turn read, at every token of the gate texts and of phrases
// built from their words.
func TestQualifierBefore(t *testing.T) {
	words := []string{"up", "to", "as", "much", "many", "at", "least", "more", "than", "upwards", "of",
		"a", "bit", "close", "less", "fewer", "nearly", "~", "about", "5"}
	rng := rand.New(rand.NewSource(4))
	texts := relGateTexts(t)
	for i := 0; i < 3000; i++ {
		p := make([]string, 1+rng.Intn(5))
		for k := range p {
			p[k] = words[rng.Intn(len(words))]
		}
		texts = append(texts, strings.Join(p, " ")+" $5 billion")
	}
	for _, text := range texts {
		toks := testTokens(t, text, lowerASCII(text))
		for a := range toks {
			assert.Equal(t, qualifierBeforeRef(toks, a), qualifierBefore(toks, a), text)
		}
	}
}
