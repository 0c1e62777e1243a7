package extract

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOwnGoodsHaveMake: wordFrames tests the class bit wMake before it
// probes ownGoodsTriggers, which is only exact while every such word is a
// make verb and its tokens, in any case, carry the bit.
func TestOwnGoodsHaveMake(t *testing.T) {
	lx, err := DefaultLexicon()
	require.NoError(t, err)
	for w := range ownGoodsTriggers {
		assert.True(t, makeVerbs[w], w)
		for _, form := range []string{w, titleASCII(w), upperASCII(w)} {
			text := "Acme " + form + " chips."
			toks := tokenize(text, lowerASCII(text), 0, len(text), nil)
			lx.classify(toks)
			assert.NotZero(t, toks[1].cls&wMake, form)
		}
	}
}

// TestEntityForByLex: a lexicon entity is found again by its entry and by
// its key, and a second entry with the same key joins the first entity.
func TestEntityForByLex(t *testing.T) {
	r := rules(t)
	st := newState(r.lx, "x", time.Time{})
	defer st.release()
	a := st.entityFor(r.lx.entries[0].name, r.lx.entries[0].typ, 0)
	assert.Equal(t, a, st.entityFor(r.lx.entries[0].name, r.lx.entries[0].typ, 0))
	i, ok := st.byLex.get(0)
	assert.True(t, ok)
	assert.Equal(t, a, i)
	assert.Equal(t, a, st.byKey[r.lx.entries[0].key])
}

// TestPooledStateReuse: an article reads the same whatever the pooled
// state read before it (tokenizeAll writes only the fields a sentence
// sets; release leaves the others zero). The texts run forwards, then
// backwards, each after a long one, and every output must agree.
func TestPooledStateReuse(t *testing.T) {
	r := rules(t)
	texts := gateTexts(t)
	long := strings.Repeat(texts[0]+"\n", 3)
	read := func(text string) string {
		x, err := r.Extract(context.Background(), Input{Text: text, Published: time.Date(2024, 6, 5, 0, 0, 0, 0, time.UTC)})
		require.NoError(t, err)
		b, err := json.Marshal(x)
		require.NoError(t, err)
		return string(b)
	}
	first := make([]string, len(texts))
	for i, text := range texts {
		first[i] = read(text)
	}
	for i := len(texts) - 1; i >= 0; i-- {
		read(long)
		assert.Equal(t, first[i], read(texts[i]), "text %d", i)
	}
}
