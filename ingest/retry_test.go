package ingest_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph/graphtest"
	"github.com/cigraph/cigraph/ingest"
	"github.com/cigraph/cigraph/ingest/sources"
)

// A feed with an ETag whose second item fails until told otherwise.
type flakyFeed struct {
	*httptest.Server
	healed            atomic.Bool
	feed304, itemHits atomic.Int32
}

func startFlaky(t *testing.T) *flakyFeed {
	ff := &flakyFeed{}
	mux := http.NewServeMux()
	mux.HandleFunc("/ok", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, htmlPage("Ok deal", "Flaky Wire", story("Proseware", "Contoso")))
	})
	mux.HandleFunc("/flaky", func(w http.ResponseWriter, _ *http.Request) {
		ff.itemHits.Add(1)
		if !ff.healed.Load() {
			http.Error(w, "down", http.StatusBadGateway)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, htmlPage("Flaky deal", "Flaky Wire", story("Wingtip", "Northwind")))
	})
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"f1"` {
			ff.feed304.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"f1"`)
		w.Header().Set("Last-Modified", "Mon, 01 Apr 2024 10:00:00 GMT")
		fmt.Fprint(w, rss(ff.URL+"/ok", ff.URL+"/flaky"))
	})
	ff.Server = httptest.NewServer(mux)
	t.Cleanup(ff.Close)
	return ff
}

func TestFailedItemKeepsFeedValidatorsAndIsRetried(t *testing.T) {
	store := graphtest.Open(t)
	ctx := context.Background()
	ff := startFlaky(t)
	srcs, err := sources.Parse([]byte("sources:\n- {name: flaky, feed: "+ff.URL+"/feed.xml}\n"), t.TempDir())
	require.NoError(t, err)
	p := newPipeline(store)
	id := srcs[0].ID()

	run1, err := p.RunOnce(ctx, srcs, ingest.RunOptions{Trigger: "test"})
	require.NoError(t, err)
	assert.Equal(t, 1, run1.New)
	assert.Equal(t, 1, run1.Failed)
	states, err := store.SourceStates(ctx)
	require.NoError(t, err)
	assert.Equal(t, `"f1"`, states[id].ETag, "the feed's validators are saved despite the failed item")
	assert.Equal(t, "Mon, 01 Apr 2024 10:00:00 GMT", states[id].LastMod)
	assert.Equal(t, []string{ff.URL + "/flaky"}, states[id].Retry)

	run2, err := p.RunOnce(ctx, srcs, ingest.RunOptions{Trigger: "test"})
	require.NoError(t, err)
	assert.EqualValues(t, 1, ff.feed304.Load())
	assert.True(t, byName(run2)["flaky"].NotModified)
	assert.EqualValues(t, 2, ff.itemHits.Load(), "the failed item is fetched again behind a 304")
	assert.Equal(t, 1, run2.Failed)
	states, err = store.SourceStates(ctx)
	require.NoError(t, err)
	assert.Equal(t, []string{ff.URL + "/flaky"}, states[id].Retry, "still failing: still remembered")
	assert.Equal(t, `"f1"`, states[id].ETag)

	ff.healed.Store(true)
	run3, err := p.RunOnce(ctx, srcs, ingest.RunOptions{Trigger: "test"})
	require.NoError(t, err)
	assert.EqualValues(t, 2, ff.feed304.Load())
	assert.Equal(t, 1, run3.New, "the healed item is stored behind a 304")
	assert.Equal(t, 1, run3.Facts)
	assert.Zero(t, run3.Failed)
	states, err = store.SourceStates(ctx)
	require.NoError(t, err)
	assert.Empty(t, states[id].Retry)

	run4, err := p.RunOnce(ctx, srcs, ingest.RunOptions{Trigger: "test"})
	require.NoError(t, err)
	assert.EqualValues(t, 3, ff.itemHits.Load(), "nothing left to retry")
	assert.Zero(t, run4.New+run4.Failed)
}
