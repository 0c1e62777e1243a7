package ingest_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph"
	"github.com/cigraph/cigraph/graph/graphtest"
	"github.com/cigraph/cigraph/ingest"
	"github.com/cigraph/cigraph/ingest/fetch"
	"github.com/cigraph/cigraph/ingest/sources"
)

// slowChecks widens the window between "is it stored?" and the import, so
// that without per-story locking two workers would both decide to store.
type slowChecks struct {
	ingest.Store
}

func (s slowChecks) ArticleExists(ctx context.Context, key string) (bool, error) {
	ok, err := s.Store.ArticleExists(ctx, key)
	time.Sleep(20 * time.Millisecond)
	return ok, err
}

func (s slowChecks) ArticleByHash(ctx context.Context, h string) (*graph.ArticleNode, error) {
	a, err := s.Store.ArticleByHash(ctx, h)
	time.Sleep(40 * time.Millisecond)
	return a, err
}

// TestSameStoriesThroughManyFeedsAtOnce: six feeds list the same four
// stories (with different tracking parameters) and a syndicated copy of
// the first; eight workers process them at once. Each story is stored
// exactly once, the copy is linked once, everything else is a duplicate.
func TestSameStoriesThroughManyFeedsAtOnce(t *testing.T) {
	store := graphtest.Open(t)
	ctx := context.Background()
	buyers := []string{"Alpha", "Bravo", "Charlie", "Delta"}
	const feeds = 6
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	for i, b := range buyers {
		mux.HandleFunc(fmt.Sprintf("/s%d", i), func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, htmlPage(b+" deal", "Test Wire", story(b, "Contoso")))
		})
	}
	mux.HandleFunc("/copy", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, htmlPage("Alpha deal (syndicated)", "Other Daily", story(buyers[0], "Contoso")))
	})
	var yaml strings.Builder
	yaml.WriteString("sources:\n")
	for f := range feeds {
		mux.HandleFunc(fmt.Sprintf("/feed%d.xml", f), func(w http.ResponseWriter, r *http.Request) {
			var items []string
			for i := range buyers {
				items = append(items, fmt.Sprintf("%s/s%d?utm_source=feed%d", srv.URL, i, f))
			}
			fmt.Fprint(w, rss(append(items, srv.URL+"/copy")...))
		})
		fmt.Fprintf(&yaml, "- {name: feed%d, feed: %s/feed%d.xml}\n", f, srv.URL, f)
	}
	srcs, err := sources.Parse([]byte(yaml.String()), t.TempDir())
	require.NoError(t, err)
	client := fetch.New(fetch.Config{Allow: []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")},
		Timeout: 5 * time.Second, MaxBody: 256 << 10, HostDelay: time.Millisecond, PerHost: 8})
	p := ingest.New(ingest.Config{Workers: 8, ArticleTimeout: 30 * time.Second}, slowChecks{store}, testExtractor(), client)

	run, err := p.RunOnce(ctx, srcs, ingest.RunOptions{Trigger: "test"})
	require.NoError(t, err)
	assert.Zero(t, run.Failed, "%v", run.Sources)
	assert.Equal(t, len(buyers), run.New, "each story stored once")
	assert.Equal(t, 1, run.Syndicated, "the copy is linked once")
	assert.Equal(t, feeds*(len(buyers)+1)-len(buyers)-1, run.Duplicate)
	assert.Equal(t, len(buyers), run.Facts)

	counts, err := store.Counts(ctx)
	require.NoError(t, err)
	assert.Equal(t, len(buyers)+1, counts.Articles, "four stories and one syndicated copy")
	assert.Equal(t, len(buyers), counts.Claims)
	claims, err := store.Claims(ctx, graph.ClaimFilter{Subject: buyers[0], First: 10})
	require.NoError(t, err)
	require.Len(t, claims, 1)
	assert.Equal(t, 2, claims[0].Sources, "original and syndicated copy")
}

// TestConcurrentImportsOfOneURL: the graph's own decision is atomic: many
// concurrent imports of one canonical URL create one article, and exactly
// one of them reports it created.
func TestConcurrentImportsOfOneURL(t *testing.T) {
	store := graphtest.Open(t)
	ctx := context.Background()
	const n = 8
	created := make(chan bool, n)
	errs := make(chan error, n)
	for i := range n {
		go func() {
			doc := graph.Document{Article: graph.Article{URL: fmt.Sprintf("https://news.example/same?utm_medium=%d", i),
				Publisher: "Test Wire", Text: story("Echo", "Contoso")}, Extractor: "test"}
			ex, err := testExtractor().Extract(ctx, doc.Text, time.Time{}, doc.URL)
			doc.Extraction = ex
			var res graph.ImportResult
			if err == nil {
				res, err = store.ImportDocument(ctx, doc)
			}
			created <- res.Created
			errs <- err
		}()
	}
	newCount := 0
	for range n {
		require.NoError(t, <-errs)
		if <-created {
			newCount++
		}
	}
	assert.Equal(t, 1, newCount, "exactly one import created the article")
	counts, err := store.Counts(ctx)
	require.NoError(t, err)
	assert.Equal(t, 1, counts.Articles)
	assert.Equal(t, 1, counts.Claims)
}

// TestSameTextTwoProcessesAtOnce: two pipelines that share nothing but the
// graph (like two cigraph processes) bring the same story from two
// publishers at the same moment, both past their "is it stored?" check.
// The graph lets one store it; the other becomes its syndicated copy.
func TestSameTextTwoProcessesAtOnce(t *testing.T) {
	store := graphtest.Open(t)
	ctx := context.Background()
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	for i, pub := range []string{"Test Wire", "Other Daily"} {
		mux.HandleFunc(fmt.Sprintf("/p%d", i), func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, htmlPage("Golf deal", pub, story("Golf", "Contoso")))
		})
	}
	client := fetch.New(fetch.Config{Allow: []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")},
		Timeout: 5 * time.Second, MaxBody: 256 << 10, HostDelay: time.Millisecond, PerHost: 4})
	runs := make(chan graph.IngestRun, 2)
	for i := range 2 {
		srcs, err := sources.Parse([]byte(fmt.Sprintf("sources:\n- {name: page%d, page: %s/p%d}\n", i, srv.URL, i)), t.TempDir())
		require.NoError(t, err)
		p := ingest.New(ingest.Config{Workers: 1, ArticleTimeout: 30 * time.Second}, slowChecks{store}, testExtractor(), client)
		go func() {
			run, err := p.RunOnce(ctx, srcs, ingest.RunOptions{Trigger: "test"})
			assert.NoError(t, err)
			runs <- run
		}()
	}
	a, b := <-runs, <-runs
	assert.Zero(t, a.Failed+b.Failed, "%v %v", a.Sources, b.Sources)
	assert.Equal(t, 1, a.New+b.New, "the story is stored once")
	assert.Equal(t, 1, a.Syndicated+b.Syndicated, "the other is its copy")
	counts, err := store.Counts(ctx)
	require.NoError(t, err)
	assert.Equal(t, 2, counts.Articles)
	assert.Equal(t, 1, counts.Claims)
	claims, err := store.Claims(ctx, graph.ClaimFilter{Subject: "Golf", First: 10})
	require.NoError(t, err)
	require.Len(t, claims, 1)
	assert.Equal(t, 2, claims[0].Sources, "original and syndicated copy")
}
