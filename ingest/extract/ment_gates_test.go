package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLoneNonnameStartsNoRun: findMentions skips a lone nonname word
// before capRun, so capRun must return 0 there, for every nonname cue
// word followed by capitalised words and in every gate text.
func TestLoneNonnameStartsNoRun(t *testing.T) {
	lx, err := DefaultLexicon()
	require.NoError(t, err)
	st := &state{lx: lx, byKey: map[string]int{}, normCache: map[string]int32{}}
	var texts []string
	for w := range lx.nonname {
		for _, tail := range []string{" York Times said", " Acme Corp.", " 3 of Acme"} {
			texts = append(texts, w+tail, strings.ToUpper(w)+tail)
		}
	}
	for _, text := range append(texts, gateTexts(t)...) {
		toks := testTokens(t, text, lowerASCII(text))
		st.text = text
		for i := range toks {
			if capLike(&toks[i]) && loneNonname(&toks[i]) {
				assert.Zero(t, st.capRun(toks, i), text)
			}
		}
	}
}

// TestNormNameLow: the cut-out fold equals the built one, on lexicon
// names, their upper-case forms and punctuation edge cases.
func TestNormNameLow(t *testing.T) {
	lx, err := DefaultLexicon()
	require.NoError(t, err)
	cases := []string{"", " ", ".", "The", "the", "THE Acme", "Acme  Cloud", "Acme. Cloud", "Acme Corp.", "  Acme Inc ",
		"the group", "Group", "AT&T", "L'Oreal", "Zoë AG", "GPT-4 Turbo", "C++ Labs", "X_Y", "a\tb", "Acme , Inc", "The Walt Disney Co.",
		"Acme .", ". Acme", "A  b", "A b ", "a-b c", "Inc.", "x'", "The The", "the Inc", "Acme Inc Corp", "-", "+x+", "A.B", "a\u00e9", " the  acme "}
	for _, e := range lx.entries {
		cases = append(cases, e.name, strings.ToUpper(e.name), strings.ToLower(e.name), e.name+" Inc.")
	}
	for _, s := range cases {
		want := normNameSlow(s)
		assert.Equal(t, want, normName(s), s)
		assert.Equal(t, want, normNameLow(s, lowerASCII(s)), s)
	}
}

// TestRefStartGate: wherever refStart says no, refAt indeed resolves
// nothing (resolveRefs skips those words), over the gate texts and a few
// plural references and descriptions.
func TestRefStartGate(t *testing.T) {
	r := rules(t)
	texts := append(gateTexts(t), "Acme and Globex met. Both companies said the two firms agree. The latter won; the former lost.",
		"Acme bought Globex. The company said that the iPhone maker rose. This firm and that giant fell. Both rose.")
	checked := 0
	for _, text := range texts {
		st := newState(r.lx, text, time.Time{})
		st.spans = splitSentences(text, st.spans[:0])
		st.tokenizeAll(st.spans)
		for si := range st.sents {
			st.loadToks(si)
			s := &st.sents[si]
			a := len(st.mall)
			s.ments = st.mall[a:a:a]
			st.findMentions(s)
			for _, m := range s.ments {
				assert.Less(t, m.a, m.b, "a name has a token (wideRef)")
			}
			desc := s.sum.cls&wDescAny != 0
			for i := range s.toks {
				if s.toks[i].cls&wRef != 0 && !refStart(s.toks, i, desc) {
					n, ents := st.refAt(si, i)
					assert.Zero(t, n, s.text)
					assert.Empty(t, ents, s.text)
					checked++
				}
			}
			st.resolveRefs(si)
			s.ments = append([]mention(nil), s.ments...) // keep them apart from st.mall
		}
		st.release()
	}
	assert.Greater(t, checked, 100)
}

// TestByPairAtMarks: the pair index also serves a first word followed by
// a punctuation mark written as its folded form ("Microsoft,"); the
// result is what trying every phrase finds.
func TestByPairAtMarks(t *testing.T) {
	lx, err := DefaultLexicon()
	require.NoError(t, err)
	st := &state{lx: lx}
	n := 0
	for w, ps := range lx.first {
		if len(ps) <= manyPhrases {
			continue
		}
		tails := []string{",", ".", "'s", "’s", " (", ")", "-", ":", " &", "!", "’"}
		for _, p := range ps {
			if len(p.toks) > 1 {
				tails = append(tails, strings.Join(p.toks[1:], ""), " "+strings.Join(p.toks[1:], " "))
			}
		}
		for _, tail := range tails {
			text := w + tail + " x"
			toks := testTokens(t, text, lowerASCII(text))
			if len(toks) < 2 || toks[0].s != w {
				continue
			}
			checkGazetteerAt(t, st, ps, text, toks)
			n++
		}
	}
	assert.Greater(t, n, 100)
}

// TestSuffixBitIsSuffix: plainRun reads isSuffix of an ASCII word from its
// token's class bits; they agree on every word of the gate texts and on
// the suffix cues in three spellings.
func TestSuffixBitIsSuffix(t *testing.T) {
	lx, err := DefaultLexicon()
	require.NoError(t, err)
	texts := gateTexts(t)
	for w := range lx.suffix {
		texts = append(texts, "Acme "+w, "Acme "+strings.ToUpper(w), "Acme "+strings.ToLower(w)+" x")
	}
	st := &state{lx: lx}
	for _, text := range texts {
		toks := testTokens(t, text, lowerASCII(text))
		for i := range toks {
			tk := &toks[i]
			if tk.kind == tWord && tk.flags&tfNonASCII == 0 {
				assert.Equal(t, lx.isSuffix(tk.s), tk.cls&cSuffix != 0, tk.s)
				surface := "Acme " + tk.s
				assert.Equal(t, plainName(surface, lx.isSuffix), st.plainRun(surface, tk), surface)
			}
		}
	}
}

// TestWideRefGate: nestedIn finds a holder only for a reference of two or
// more tokens, so resolveRefs may skip dropNested without one (every span
// pair up to five tokens; a name has one token or more, addMention).
func TestWideRefGate(t *testing.T) {
	var spans [][2]int
	for a := 0; a < 5; a++ {
		for b := a; b <= 5; b++ {
			spans = append(spans, [2]int{a, b})
		}
	}
	for _, r := range spans {
		for _, m := range spans {
			if m[1] == m[0] {
				continue
			}
			for _, ref := range []bool{false, true} {
				ms := []mention{{a: r[0], b: r[1], ent: 1, ref: true}, {a: m[0], b: m[1], ent: 2, ref: ref}}
				if nestedIn(ms, ms[1]) {
					assert.True(t, wideRef(ms[:1]), "%v %v", r, m)
				}
			}
		}
	}
}

// TestIndexWordBit: notEntityRun skips its index tests in a sentence
// without a wIndexWord token; "index" in any case has the bit.
func TestIndexWordBit(t *testing.T) {
	for _, w := range []string{"index", "Index", "INDEX", "iNdex", "Composite", "average"} {
		toks := testTokens(t, "the "+w+" rose", "the "+lowerASCII(w)+" rose")
		assert.NotZero(t, toks[1].cls&wIndexWord, w)
	}
}
