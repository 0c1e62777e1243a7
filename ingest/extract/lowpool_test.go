package extract

import (
	"context"
	"encoding/json"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph"
)

// TestLowPoolDetached: an extraction does not change when later documents
// reuse the pooled state and overwrite its lowered buffer (lowpool.go).
func TestLowPoolDetached(t *testing.T) {
	r := rules(t)
	pub := time.Date(2024, 6, 5, 0, 0, 0, 0, time.UTC)
	texts := gateTexts(t)
	outs := make([]graph.Extraction, len(texts))
	snaps := make([]string, len(texts))
	for i, text := range texts {
		var err error
		outs[i], err = r.Extract(context.Background(), Input{Text: text, Published: pub})
		require.NoError(t, err)
		snaps[i] = mustJSON(t, outs[i])
	}
	for i := range texts {
		assert.Equal(t, snaps[i], mustJSON(t, outs[i]), "output %d changed after later extractions", i)
	}
}

// TestLowPoolConcurrent: goroutines sharing the state pool (each state,
// and its lowered buffer, used by one at a time) read what one reads alone,
// and their outputs stay so once all are done.
func TestLowPoolConcurrent(t *testing.T) {
	r := rules(t)
	texts := gateTexts(t)
	want := make([]string, len(texts))
	for i, text := range texts {
		out, err := r.Extract(context.Background(), Input{Text: text})
		require.NoError(t, err)
		want[i] = mustJSON(t, out)
	}
	const workers = 4
	got := make([][]graph.Extraction, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[w] = make([]graph.Extraction, len(texts))
			for k := range texts {
				i := (k + w*7) % len(texts) // each in its own order
				got[w][i], _ = r.Extract(context.Background(), Input{Text: texts[i]})
			}
		}()
	}
	wg.Wait()
	for w := range workers {
		for i := range texts {
			assert.Equal(t, want[i], mustJSON(t, got[w][i]), "worker %d, text %d", w, i)
		}
	}
}

// TestDetachCoversFields: detach copies every string field of the graph
// types (found by reflection, so a new field is covered or fails here)
// that points into the lowered buffer.
func TestDetachCoversFields(t *testing.T) {
	r := rules(t)
	st := newState(r.lx, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", time.Time{})
	var x graph.Extraction
	n := 0
	fillLow(reflect.ValueOf(&x).Elem(), st.low, &n)
	require.Positive(t, n)
	require.NotEmpty(t, lowStrings(st, reflect.ValueOf(x)), "the fill points into the buffer")
	before := mustJSON(t, x)
	st.detach(&x)
	assert.Empty(t, lowStrings(st, reflect.ValueOf(x)))
	st.lowerPooled("zzzzzzzzzzzzzzzzzzzzzzzzzz") // the next document
	assert.Equal(t, before, mustJSON(t, x))
	assert.False(t, st.inLow(""))
	assert.False(t, st.inLow(st.text), "the document itself is not the buffer")
}

// fillLow sets every string reachable from v to a different cut of low
// (two aliases per slice, a fresh value behind every pointer).
func fillLow(v reflect.Value, low string, n *int) {
	switch v.Kind() {
	case reflect.String:
		k := *n % (len(low) - 2)
		v.SetString(low[k : k+2])
		*n++
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fillLow(v.Elem(), low, n)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := range 2 {
			fillLow(v.Index(i), low, n)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			fillLow(v.Field(i), low, n)
		}
	}
}

// lowStrings lists the strings reachable from v that point into st's
// lowered buffer.
func lowStrings(st *state, v reflect.Value) []string {
	var out []string
	switch v.Kind() {
	case reflect.String:
		if st.inLow(v.String()) {
			out = append(out, v.String())
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			out = lowStrings(st, v.Elem())
		}
	case reflect.Slice:
		for i := range v.Len() {
			out = append(out, lowStrings(st, v.Index(i))...)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			out = append(out, lowStrings(st, v.Field(i))...)
		}
	}
	return out
}

func mustJSON(t *testing.T, v any) string {
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}
