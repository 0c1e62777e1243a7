package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// gateTexts are our test and benchmark texts plus a few edge cases.
func gateTexts(t *testing.T) []string {
	out := append(benchCorpus(12), newsCorpus(12)...)
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		require.NoError(t, err)
		out = append(out, string(raw))
	}
	return append(out, "Revenue rose in FY2024 and fiscal 2023.", "Its first-quarter sales hit USD5bn in the second-quarter.", "Fourth - quarter results — quarter",
		"A third of sales came from Acme.", "The deal was reportedly worth one billion dollars.",
		"Acme said the June quarter was strong.", "It paid millions of dollars, a billion euros and tens of billions of yen.", "A US$ deal for a $ sign.", "Yesterday, Sunday and TODAY; by the end of the decade.", "Shares fell two-thirds.", "Fyxx Corp grew.")
}

// summarize sums up classified tokens as classify does.
func summarize(toks []token) sentSum {
	var s sentSum
	for i := range toks {
		s.add(&toks[i])
	}
	return s
}

// hedgeSentence is the hedge rule token by token.
func hedgeSentence(toks []token) bool {
	for _, t := range toks {
		if t.cls&wHedge != 0 {
			return true
		}
	}
	return false
}

// TestSentSumGates: when a summary says a rule cannot match a sentence,
// the rule indeed finds nothing there (the gates only skip work).
func TestSentSumGates(t *testing.T) {
	pub := time.Date(2024, 6, 5, 0, 0, 0, 0, time.UTC)
	for _, text := range gateTexts(t) {
		low := lowerASCII(text)
		for _, sp := range splitSentences(text, nil) {
			toks := testTokens(t, text[sp.start:sp.end], low[sp.start:sp.end])
			s := summarize(toks)
			if !s.mayMoney() {
				assert.Empty(t, findMoney(toks, nil), text[sp.start:sp.end])
			}
			if !s.mayPercent() {
				assert.Empty(t, findPercents(toks, nil), text[sp.start:sp.end])
			}
			if !s.mayTime() {
				assert.Empty(t, findTimes(toks, pub, nil), text[sp.start:sp.end])
			}
			assert.Equal(t, hedgeSentence(toks), s.cls&wHedge != 0)
			for i, tk := range toks {
				w := func(k int) string {
					if i+k < len(toks) {
						return toks[i+k].low
					}
					return ""
				}
				if _, ok := relativeAt(toks, i, w, pub); ok {
					assert.True(t, tk.cls&wTime != 0 || tk.low == "the", tk.s) // timeAt's gate
				}
				assert.False(t, tk.kind == tNum && !s.mayNumber())
				assert.False(t, timeStart(&tk) && !s.mayTime(), tk.s)
				assert.Equal(t, strings.HasSuffix(tk.low, "-quarter"), tk.flags&tfHyphen != 0 && strings.HasSuffix(tk.low, "-quarter"), tk.s)
				assert.False(t, tk.kind == tNum && !s.mayMoney(), tk.s)
			}
		}
	}
}

// TestTokenFlags: the flags wordEnd gathers describe the token's bytes.
func TestTokenFlags(t *testing.T) {
	text := "Apple's iPhone U.S.-based co-founder 3.5bn O'Neil Ünïcode naïve rock’n’roll x&y FY24 tl;dr"
	for _, tk := range testTokens(t, text, lowerASCII(text)) {
		if tk.kind == tPunct {
			continue
		}
		assert.Equal(t, tk.s != tk.low, tk.flags&tfUpper != 0, tk.s)
		assert.Equal(t, strings.ContainsAny(tk.s, "0123456789"), tk.flags&tfDigit != 0, tk.s)
		assert.Equal(t, !isASCII(tk.s), tk.flags&tfNonASCII != 0, tk.s)
		assert.Equal(t, strings.Contains(tk.s, "-"), tk.flags&tfHyphen != 0, tk.s)
		assert.Equal(t, strings.Contains(tk.s, "'"), tk.flags&tfApos != 0, tk.s)
	}
}

func TestHasTerminator8EveryByte(t *testing.T) {
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 8; pos++ {
			b := []byte("abcdefgh")
			b[pos] = byte(c)
			assert.Equal(t, sentenceEnd[c], hasTerminator8(load64(string(b))), "byte %#x at %d", c, pos)
		}
	}
	text := "No end here at all, none. Then! And? x"
	for i := 0; i <= len(text); i++ {
		want := strings.IndexAny(text[i:], ".!?")
		if want >= 0 {
			want += i
		} else {
			want = len(text)
		}
		assert.Equal(t, want, nextTerminator(text, i, len(text)))
	}
}

// TestDateStrings: the hand-built time values equal fmt's and Format's.
func TestDateStrings(t *testing.T) {
	for _, y := range []int{-12, -1, 0, 7, 99, 999, 2024, 9999, 10000, 123456} {
		for _, m := range []time.Month{1, 9, 10, 12} {
			assert.Equal(t, fmt.Sprintf("%04d-%02d", y, m), dateString(y, m, 0))
			for _, d := range []int{1, 9, 10, 31} {
				assert.Equal(t, fmt.Sprintf("%04d-%02d-%02d", y, m, d), dateString(y, m, d))
				tm := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
				assert.Equal(t, tm.Format("2006-01-02"), formatDate(tm, true))
				assert.Equal(t, tm.Format("2006-01"), formatDate(tm, false))
			}
		}
		for q := 1; q <= 4; q++ {
			assert.Equal(t, fmt.Sprintf("%d-Q%d", y, q), quarterString(y, q))
		}
	}
}

// TestSmallInt: the integer fast path of parseNumber equals ParseFloat.
func TestSmallInt(t *testing.T) {
	for _, s := range []string{"0", "7", "007", "2024", "123456789012345", "999999999999999"} {
		v, ok := smallInt(s)
		require.True(t, ok, s)
		want, err := strconv.ParseFloat(s, 64)
		require.NoError(t, err)
		assert.Equal(t, want, v, s)
	}
	for _, s := range []string{"1234567890123456", "1.5", "1,000", ""} {
		if _, ok := smallInt(s); ok {
			assert.Empty(t, s, "empty is the only non-digit string smallInt takes")
		}
	}
}

// TestMultiFirst: the first word of every multi-word place or nonname cue
// carries cMultiFirst, so allPlaces may skip its lookups without it.
func TestMultiFirst(t *testing.T) {
	lx, err := DefaultLexicon()
	require.NoError(t, err)
	for _, kind := range []string{"place", "nonname"} {
		for w := range lx.cues[kind] {
			if strings.Contains(w, " ") {
				toks := testTokens(t, w, lowerASCII(w))
				assert.NotZero(t, toks[0].cls&cMultiFirst, w)
			}
		}
	}
}

// TestShortClass: the direct table of short words agrees with clsT.
func TestShortClass(t *testing.T) {
	lx, err := DefaultLexicon()
	require.NoError(t, err)
	seen := map[int]string{}
	var check func(w string)
	check = func(w string) {
		if w != "" {
			k := shortIndex(w)
			if prev, dup := seen[k]; k <= 0 || dup {
				t.Fatalf("shortIndex(%q) = %d (also %q)", w, k, prev)
			}
			seen[k] = w
			if want, _ := lx.clsT.get(w); want != lx.short[k] {
				t.Errorf("%q: short %x, clsT %x", w, lx.short[k], want)
			}
		}
		if len(w) < shortLen {
			for c := 'a'; c <= 'z'; c++ {
				check(w + string(c))
			}
		}
	}
	check("")
	for _, w := range []string{"abcd", "A", "a1", "é", "-"} {
		assert.Equal(t, -1, shortIndex(w), w)
	}
}

// TestByPairMatchesScan: the gazetteer's pair index finds what trying
// every phrase of the first word finds.
func TestByPairMatchesScan(t *testing.T) {
	lx, err := DefaultLexicon()
	require.NoError(t, err)
	st := &state{lx: lx}
	n := 0
	for w, ps := range lx.first {
		if len(ps) <= manyPhrases {
			continue
		}
		for _, p := range ps { // each phrase, and each with a different tail
			for _, text := range []string{strings.Join(p.toks, " ") + " said", w + " " + p.toks[len(p.toks)-1] + " x", w + " Zzq"} {
				checkGazetteerAt(t, st, ps, text, testTokens(t, text, lowerASCII(text)))
				n++
			}
		}
	}
	assert.Positive(t, n)
}

func TestLowerRun8(t *testing.T) {
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 8; pos++ {
			b := []byte("abcdefgh")
			b[pos] = byte(c)
			want := pos
			if c >= 'a' && c <= 'z' {
				want = 8
			}
			assert.Equal(t, want, lowerRun8(load64(string(b))), "byte %#x at %d", c, pos)
		}
	}
}

// TestASCIIWordEnd: the fast path ends words where wordEnd does.
func TestASCIIWordEnd(t *testing.T) {
	for _, text := range append(gateTexts(t), "internationalization's co-founders U.S.A. 1,000,000 abcdefghijklmnopQRS9 xyz",
		"naïveté résumé abcdefgh\u00a0ijk l’oréal") {
		for i := 0; i < len(text); i++ {
			if byteClass[text[i]] != 0 && (i == 0 || byteClass[text[i-1]] == 0) {
				j1, f1 := asciiWordEnd(text, i, len(text))
				j2, f2 := wordEnd(text, i, len(text))
				require.Equal(t, [2]int{j2, int(f2)}, [2]int{j1, int(f1)}, text[i:])
			}
		}
	}
}

// TestWordTableNearMisses: a word one byte away from a key is found only
// if it is a key itself (short keys are compared by length and last block).
func TestWordTableNearMisses(t *testing.T) {
	lx, err := DefaultLexicon()
	require.NoError(t, err)
	for _, c := range []struct {
		m   map[string]uint64
		tab *wordTable
	}{{lx.cls, lx.clsT}, {lx.capCls, lx.capT}} {
		for k := range c.m {
			for i := 0; i < len(k) && len(k) <= 9; i++ {
				b := []byte(k)
				b[i] ^= 0x01
				_, inMap := c.m[string(b)]
				_, inTab := c.tab.get(string(b))
				if inMap != inTab {
					t.Errorf("%q: map %v, table %v", b, inMap, inTab)
				}
			}
		}
	}
}

// TestPhrasesOf: the phrase index in the class bits gives each word the
// phrases lx.first gives it.
func TestPhrasesOf(t *testing.T) {
	require.Less(t, cMultiFirst, uint64(1)<<phraseShift, "class bits overlap the phrase index")
	lx, err := DefaultLexicon()
	require.NoError(t, err)
	for w := range lx.first {
		for _, v := range []string{w, strings.ToLower(w), strings.ToUpper(w), w + "x"} {
			toks := testTokens(t, v, lowerASCII(v))
			if len(toks) == 0 {
				continue
			}
			got, want := lx.phrasesOf(&toks[0]), lx.first[toks[0].s]
			require.Equal(t, len(want), len(got), v)
			if len(want) > 0 {
				assert.Same(t, &want[0], &got[0], v)
			}
		}
	}
}

// checkGazetteerAt asserts that st.gazetteer at the first of toks finds
// what trying every phrase ps of that first word finds.
func checkGazetteerAt(t *testing.T, st *state, ps []phrase, text string, toks []token) {
	t.Helper()
	gotN, gotE := st.gazetteer(&sentence{text: text, toks: toks}, 0)
	wantN, wantE := 0, -1
	for _, q := range ps {
		if len(q.toks) <= len(toks) && phraseAt(toks[1:], q.toks[1:]) {
			wantN, wantE = len(q.toks), q.entry
			break
		}
	}
	if wantN > 0 {
		assert.Equal(t, [2]int{wantN, wantE}, [2]int{gotN, gotE}, text)
	} else {
		assert.LessOrEqual(t, gotN, 1, text) // at most the plural-product reading
	}
}
