package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// frontCorpus is the news and fact-dense corpora with their lowered
// copies and sentences, as Extract hands them to the tokenizer.
func frontCorpus(b *testing.B) (docs, lows []string, spans [][]span) {
	docs = append(newsCorpus(100), benchCorpus(100)...)
	lows, spans = make([]string, len(docs)), make([][]span, len(docs))
	for i, d := range docs {
		lows[i], spans[i] = lowerASCII(d), splitSentences(d, nil)
	}
	b.SetBytes(int64(totalLen(docs)))
	return docs, lows, spans
}

// BenchmarkScan reports the throughput of Extract's front end: the tokens
// of every sentence and their classes (scan).
func BenchmarkScan(b *testing.B) {
	lx := rules(b).lx
	docs, lows, spans := frontCorpus(b)
	var toks []token
	for i := 0; i < b.N; i++ {
		for k, d := range docs {
			toks = toks[:0]
			for _, sp := range spans[k] {
				toks, _ = lx.scan(d, lows[k], sp.start, sp.end, toks)
			}
		}
	}
}

// BenchmarkTokenizeClassify is BenchmarkScan done by tokenize then
// classify, the two passes scan stands for (for comparison).
func BenchmarkTokenizeClassify(b *testing.B) {
	lx := rules(b).lx
	docs, lows, spans := frontCorpus(b)
	var toks []token
	for i := 0; i < b.N; i++ {
		for k, d := range docs {
			toks = toks[:0]
			for _, sp := range spans[k] {
				a := len(toks)
				toks = tokenize(d, lows[k], sp.start, sp.end, toks)
				lx.classify(toks[a:])
			}
		}
	}
}

// scanCases are texts that reach every branch of scan: words of every
// length up to and past eight bytes, capitals, digits, joiners, non-ASCII
// letters and spaces, possessives, and words cut by the sentence end.
func scanCases(t *testing.T) []string {
	out := gateTexts(t)
	words := []string{"a", "I", "of", "US", "Inc", "the", "THE", "The", "q3", "Q3", "2024", "said", "Said", "SAID",
		"acme", "Apple", "iPhone", "eBay", "McDonald", "acquired", "Acquired", "ACQUIRED", "acquires",
		"announcement", "Announcement", "semiconductor", "Semiconductors", "ANNOUNCEMENTS", "acquisitions",
		"12345678901", "qwertyuiopasdfgh", "x86", "5G", "FY2024", "U.S.", "A.I.", "co-founder", "AT&T", "Apple's",
		"Jones'", "3,000", "1.5", "naïve", "Zürich", "São", "–", "—", "’s", "\u00a0", "\t", "(", ")", ",", ".", "$", "%"}
	seps := []string{" ", "  ", ", ", ". ", "-", "'", "’", "\u00a0", ")", "é", ""}
	var b strings.Builder
	for k := 0; k < 4000; k++ {
		b.WriteString(words[(k*7+k/3)%len(words)])
		b.WriteString(seps[(k*5+k/11)%len(seps)])
	}
	all := b.String()
	for k := 0; k+40 <= len(all); k += 37 {
		out = append(out, all[k:k+40], all[k:k+13], all[k:k+3])
	}
	return append(out, all)
}

// TestScanMatchesTokenize: scan makes the same tokens, classes and summary
// as tokenize followed by classify, for every span of every case, also
// for spans that end inside a word.
func TestScanMatchesTokenize(t *testing.T) {
	lx, checked := rules(t).lx, 0
	for _, text := range scanCases(t) {
		low := lowerASCII(text)
		spans := splitSentences(text, nil)
		for k := 1; k < len(text); k += 97 {
			spans = append(spans, span{start: k / 2, end: k})
		}
		for _, sp := range spans {
			want := tokenize(text, low, sp.start, sp.end, []token{})
			wantSum := lx.classify(want)
			got, sum := lx.scan(text, low, sp.start, sp.end, []token{{s: "x"}})
			require.Equal(t, want, got[1:], text[sp.start:sp.end])
			checked++
			require.Equal(t, wantSum, sum, text[sp.start:sp.end])
		}
	}
	require.Greater(t, checked, 1000)
}

func TestHash8(t *testing.T) {
	for _, w := range []string{"a", "ab", "abc", "abcd", "Apple", "nvidia", "acquire", "acquired", "q3", "5G"} {
		x := load64(w + "\xff-garbage")
		h, v := wordHash(w)
		h2, v2 := hash8(x, len(w))
		assert.Equal(t, h, h2, w)
		assert.Equal(t, v, v2, w)
	}
	for _, w := range []string{"announced", "Acquisition", "semiconductors", "abcdefghijklmnop"} {
		x := w + "\xff-garbage-padding"
		h, v := wordHash(w)
		h2, v2 := hash16(load64(x), load64(x[8:]), len(w))
		assert.Equal(t, h, h2, w)
		assert.Equal(t, v, v2, w)
	}
}

func TestWordRun8EveryByte(t *testing.T) {
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 8; pos++ {
			b := []byte("abc09xyz")
			b[pos] = byte(c)
			want := 0
			for want < 8 && byteClass[b[want]] != 0 && b[want]-'A' >= 26 {
				want++
			}
			require.Equal(t, want, wordRun8(load64(string(b))), "byte %#x at %d", c, pos)
			d := digits8(load64(string(b)))
			for k := 0; k < 8; k++ {
				assert.Equal(t, isDigit(b[k]), d>>(8*k+7)&1 == 1)
			}
		}
	}
}

func TestTitleOrUpper8(t *testing.T) {
	for _, w := range []string{"A", "Ab", "AB", "aB", "ab", "A1", "1A", "Q3", "IPhone", "IPHONe", "MCDonald",
		"McDonald", "ACQUIRED", "Acquired", "AcquireD", "ACQUIREd", "X86", "US", "Us", "uS", "ZZ9ZZ"} {
		x := w + "\xff-garbage"
		assert.Equal(t, titleOrUpper(w, lowerASCII(w)), titleOrUpper8(load64(x), load64(lowerASCII(x)), len(w)), w)
	}
}
