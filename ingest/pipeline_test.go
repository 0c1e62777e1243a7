package ingest_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
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

// buysFrom is a tiny stand-in extractor: "X buys from Y." sentences.
var buysFrom = regexp.MustCompile(`([A-Z]\w+) buys \w+ from ([A-Z]\w+)\.`)

func testExtractor() ingest.Extractor {
	return ingest.ExtractFunc(func(_ context.Context, text string, _ time.Time, _ string) (graph.Extraction, error) {
		var ex graph.Extraction
		seen := map[string]bool{}
		for _, m := range buysFrom.FindAllStringSubmatch(text, -1) {
			for _, n := range m[1:] {
				if !seen[n] {
					seen[n] = true
					ex.Entities = append(ex.Entities, graph.Entity{Name: n, Type: graph.Org})
				}
			}
			ex.Relations = append(ex.Relations, graph.Relation{Type: graph.CustomerOf, Subject: m[1], Object: m[2], Evidence: m[0]})
		}
		return ex, nil
	})
}

// story makes a distinct article text of our own with one fact.
func story(buyer, seller string) string {
	return fmt.Sprintf("%s buys capacity from %s. The agreement, described by people familiar with it, runs for several years "+
		"and covers computing, storage and support services for the company's growing research teams across three regions. "+
		"Neither side disclosed the price, and analysts said the terms were in line with similar contracts signed this year.", buyer, seller)
}

func htmlPage(title, publisher, text string) string {
	return `<html><head><title>` + title + `</title><meta property="og:site_name" content="` + publisher + `">
<meta property="article:published_time" content="2024-04-02T09:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>` + title + `</h1><p>` + text + `</p>
<p>Advertisement</p></article><footer>Copyright</footer></body></html>`
}

func rss(items ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>`)
	for _, it := range items {
		fmt.Fprintf(&b, `<item><title>%s</title><link>%s</link><description>short summary</description></item>`, it, it)
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

type newsServer struct {
	*httptest.Server
	feedHits, feed304 atomic.Int32
}

func startNews(t *testing.T) *newsServer {
	ns := &newsServer{}
	mux := http.NewServeMux()
	page := func(path, title, publisher, text string) {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, htmlPage(title, publisher, text))
		})
	}
	page("/a1", "Contoso deal", "Test Wire", story("Fabrikam", "Contoso"))
	page("/a2", "Northwind deal", "Test Wire", story("Litware", "Northwind"))
	page("/copy", "Contoso deal (syndicated)", "Other Daily", story("Fabrikam", "Contoso"))
	mux.HandleFunc("/a6", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1252")
		text := strings.Replace(story("Adatum", "Tailspin"), "company's", "company\x92s", 1)
		fmt.Fprint(w, htmlPage("Caf\xe9 deal", "Test Wire", text))
	})
	mux.HandleFunc("/a3", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "boom", 500) })
	mux.HandleFunc("/a4", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(20 * time.Second):
		case <-r.Context().Done():
		}
	})
	page("/a5", "Menu only", "Test Wire", "Subscribe")
	mux.HandleFunc("/meta", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "<html><body><p>"+strings.Repeat("word ", 400_000)+"</p></body></html>")
	})
	mux.HandleFunc("/clean.xml", func(w http.ResponseWriter, r *http.Request) {
		ns.feedHits.Add(1)
		if r.Header.Get("If-None-Match") == `"clean-v1"` {
			ns.feed304.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"clean-v1"`)
		fmt.Fprint(w, rss(ns.URL+"/a1?utm_source=rss", ns.URL+"/a2", ns.URL+"/a1?utm_medium=other#x"))
	})
	mux.HandleFunc("/trouble.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, rss(ns.URL+"/a3", ns.URL+"/a4", ns.URL+"/a5", ns.URL+"/meta", ns.URL+"/big", ns.URL+"/a6"))
	})
	mux.HandleFunc("/atom.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title>
<entry><title>a1</title><link href="%[1]s/a1"/><id>1</id><updated>2024-04-02T00:00:00Z</updated></entry>
<entry><title>copy</title><link href="%[1]s/copy"/><id>2</id><updated>2024-04-02T00:00:00Z</updated></entry></feed>`, ns.URL)
	})
	mux.HandleFunc("/bad.xml", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "<rss><channel><item>") })
	mux.HandleFunc("/limited.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "7200")
		w.WriteHeader(http.StatusTooManyRequests)
	})
	ns.Server = httptest.NewServer(mux)
	t.Cleanup(ns.Close)
	return ns
}

func newPipeline(store ingest.Store) *ingest.Pipeline {
	client := fetch.New(fetch.Config{Allow: []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")},
		Timeout: 3 * time.Second, MaxBody: 256 << 10, HostDelay: time.Millisecond, PerHost: 4})
	return ingest.New(ingest.Config{Workers: 4, ArticleTimeout: time.Minute}, store, testExtractor(), client)
}

func feedSources(t *testing.T, base string) []*sources.Source {
	y := fmt.Sprintf(`sources:
- {name: clean, feed: %[1]s/clean.xml, publisher: Test Wire}
- {name: trouble, feed: %[1]s/trouble.xml, publisher: Test Wire}
- {name: atom, feed: %[1]s/atom.xml}
- {name: bad, feed: %[1]s/bad.xml}
- {name: limited, feed: %[1]s/limited.xml}
`, base)
	srcs, err := sources.Parse([]byte(y), t.TempDir())
	require.NoError(t, err)
	return srcs
}

func byName(run graph.IngestRun) map[string]graph.SourceRun {
	out := map[string]graph.SourceRun{}
	for _, s := range run.Sources {
		out[s.Name] = s
	}
	return out
}

func TestRunFeedsTwiceSameGraph(t *testing.T) {
	store := graphtest.Open(t)
	ctx := context.Background()
	ns := startNews(t)
	p := newPipeline(store)
	srcs := feedSources(t, ns.URL)

	run1, err := p.RunOnce(ctx, srcs, ingest.RunOptions{Trigger: "test"})
	require.NoError(t, err)
	src := byName(run1)
	// a1 and a2; a1 with other tracking params is a duplicate. a1 also comes
	// through the atom feed with its copy: which source's a1 (or the copy)
	// is decided first depends on timing, so only the sum over both sources
	// is fixed: one of a1's three links and the copy is new, one
	// syndicated, two duplicates.
	assert.Empty(t, src["clean"].Errors)
	assert.Empty(t, src["atom"].Errors)
	assert.Equal(t, 3, src["clean"].New+src["clean"].Syndicated+src["clean"].Duplicate)
	assert.GreaterOrEqual(t, src["clean"].Duplicate, 1, "a1 twice in one feed")
	assert.Equal(t, 2, src["clean"].Duplicate+src["atom"].Duplicate)
	assert.Equal(t, 2, run1.Duplicate)
	assert.Equal(t, 1, src["trouble"].New, "only the windows-1252 page is a story")
	assert.Equal(t, 5, src["trouble"].Failed, "500, timeout, no text, metadata redirect, huge body")
	assert.Equal(t, 2, src["atom"].New+src["atom"].Syndicated+src["atom"].Duplicate)
	assert.Equal(t, 1, run1.Syndicated, "same text from another publisher")
	assert.Equal(t, 1, src["bad"].Failed)
	assert.Equal(t, 1, src["limited"].Failed)
	assert.Equal(t, "partial", run1.Status)
	assert.Equal(t, 3, run1.New)
	assert.Equal(t, 3, run1.Facts)
	joined := strings.Join(src["trouble"].Errors, "\n")
	for _, reason := range []string{"HTTP 500", "no story text", "blocked address", "too large", "Timeout exceeded"} {
		assert.Contains(t, joined, reason)
	}
	counts1, err := store.Counts(ctx)
	require.NoError(t, err)
	assert.Equal(t, 4, counts1.Articles, "three originals and one syndicated copy")

	claims, err := store.Claims(ctx, graph.ClaimFilter{Subject: "Fabrikam", First: 10})
	require.NoError(t, err)
	require.Len(t, claims, 1)
	assert.Equal(t, 2, claims[0].Sources, "the syndicated copy is a second source")
	arts, err := store.Articles(ctx, 10, "")
	require.NoError(t, err)
	var cafe bool
	for _, a := range arts {
		cafe = cafe || a.Title == "Café deal"
	}
	assert.True(t, cafe, "windows-1252 title decoded")

	states, err := store.SourceStates(ctx)
	require.NoError(t, err)
	bad := states[srcs[3].ID()]
	assert.Equal(t, 1, bad.ErrorCount)
	assert.Contains(t, bad.LastError, "invalid feed")
	assert.True(t, states[srcs[4].ID()].NextCheck.After(time.Now().Add(110*time.Minute)), "Retry-After honoured")
	assert.Equal(t, `"clean-v1"`, states[srcs[0].ID()].ETag)
	assert.Empty(t, states[srcs[1].ID()].ETag, "a feed with failed items is not marked as seen")

	run2, err := p.RunOnce(ctx, srcs, ingest.RunOptions{Trigger: "test"})
	require.NoError(t, err)
	assert.Equal(t, 0, run2.New)
	assert.Equal(t, 0, run2.Facts)
	assert.True(t, byName(run2)["clean"].NotModified)
	assert.EqualValues(t, 1, ns.feed304.Load())
	counts2, err := store.Counts(ctx)
	require.NoError(t, err)
	// The same knowledge graph; only the second run's record is new
	// (one CHECKED relationship per source).
	assert.Equal(t, counts1.Entities, counts2.Entities)
	assert.Equal(t, counts1.Articles, counts2.Articles)
	assert.Equal(t, counts1.Claims, counts2.Claims)
	assert.Equal(t, counts1.Relationships+len(srcs), counts2.Relationships)
	states2, err := store.SourceStates(ctx)
	require.NoError(t, err)
	assert.Equal(t, 2, states2[srcs[3].ID()].ErrorCount, "consecutive failures back off further")
	assert.True(t, states2[srcs[3].ID()].NextCheck.Sub(*states2[srcs[3].ID()].LastCheck) >= 4*time.Minute)

	runs, err := store.ListIngestRuns(ctx, 5, nil)
	require.NoError(t, err)
	require.Len(t, runs, 2)
	assert.Equal(t, run2.ID, runs[0].ID)
	assert.Len(t, runs[1].Sources, 5)
}

func TestSchedulerSkipsBackingOffSources(t *testing.T) {
	store := graphtest.Open(t)
	ctx := context.Background()
	ns := startNews(t)
	p := newPipeline(store)
	srcs := feedSources(t, ns.URL)
	s, err := ingest.NewScheduler(p, srcs, ingest.ScheduleConfig{Every: time.Hour, Trigger: "test"})
	require.NoError(t, err)
	n, err := s.RunDue(ctx)
	require.NoError(t, err)
	assert.Equal(t, 5, n)
	n, err = s.RunDue(ctx)
	require.NoError(t, err)
	assert.Equal(t, 3, n, "bad and limited wait for their backoff")
}

// cancelAfter is a store that cancels the run after n imports, as if the
// process were killed midway.
type cancelAfter struct {
	ingest.Store
	n      atomic.Int32
	after  int32
	cancel context.CancelFunc
}

func (c *cancelAfter) ImportDocument(ctx context.Context, doc graph.Document) (graph.ImportResult, error) {
	res, err := c.Store.ImportDocument(ctx, doc)
	if c.n.Add(1) == c.after {
		c.cancel()
	}
	return res, err
}

func TestKilledMidwayThenRestartedStoresEachArticleOnce(t *testing.T) {
	store := graphtest.Open(t)
	dir := t.TempDir()
	buyers := []string{"Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliet", "Kilo", "Lima"}
	for i, b := range buyers {
		body := fmt.Sprintf("---\ntitle: %s deal\npublisher: Folder News\nurl: https://news.example/%d\npublished: 2024-03-%02d\n---\n\n%s\n",
			b, i, i+1, story(b, "Contoso"))
		require.NoError(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("%02d.md", i)), []byte(body), 0o600))
	}
	srcs, err := sources.Parse([]byte("sources:\n- {name: folder, folder: "+dir+"}\n"), dir)
	require.NoError(t, err)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	killer := &cancelAfter{Store: store, after: 4, cancel: cancel}
	p := ingest.New(ingest.Config{Workers: 2}, killer, testExtractor(), nil)
	run1, err := p.RunOnce(ctx, srcs, ingest.RunOptions{Trigger: "test"})
	require.NoError(t, err)
	assert.Equal(t, "cancelled", run1.Status)
	assert.Less(t, run1.New, len(buyers))
	assert.GreaterOrEqual(t, run1.New, 4)
	assert.Zero(t, run1.Failed, "shutdown is not a failure")

	p2 := ingest.New(ingest.Config{Workers: 2}, store, testExtractor(), nil)
	run2, err := p2.RunOnce(context.Background(), srcs, ingest.RunOptions{Trigger: "test"})
	require.NoError(t, err)
	assert.Equal(t, len(buyers), run1.New+run2.New)
	assert.Equal(t, run1.New, run2.Duplicate)
	counts, err := store.Counts(context.Background())
	require.NoError(t, err)
	assert.Equal(t, len(buyers), counts.Articles)
	assert.Equal(t, len(buyers), counts.Claims)
	arts, err := store.Articles(context.Background(), 100, "")
	require.NoError(t, err)
	urls := map[string]int{}
	for _, a := range arts {
		urls[a.URL]++
	}
	assert.Len(t, urls, len(buyers))
}

func TestLocalFilesWithMetaOverride(t *testing.T) {
	store := graphtest.Open(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "note.txt")
	require.NoError(t, os.WriteFile(path, []byte(story("Woodgrove", "Northwind")), 0o600))
	src := &sources.Source{Name: "cli", Kind: sources.Folder, Location: path, MaxItems: 10}
	p := ingest.New(ingest.Config{}, store, testExtractor(), nil)
	pub := time.Date(2024, 5, 6, 0, 0, 0, 0, time.UTC)
	meta := ingest.Meta{URL: "https://news.example/woodgrove?utm_source=x", Title: "Woodgrove", Publisher: "CLI Post", Published: pub}
	run, err := p.RunOnce(context.Background(), []*sources.Source{src}, ingest.RunOptions{Trigger: "test", Meta: meta})
	require.NoError(t, err)
	assert.Equal(t, 1, run.New)
	arts, err := store.Articles(context.Background(), 10, "")
	require.NoError(t, err)
	require.Len(t, arts, 1)
	assert.Equal(t, "https://news.example/woodgrove", arts[0].URL)
	assert.Equal(t, "CLI Post", arts[0].Publisher)
	assert.True(t, arts[0].PublishedAt.Equal(pub))
}

func TestShutdownAbandonsFetchesInFlight(t *testing.T) {
	store := graphtest.Open(t)
	ns := startNews(t)
	y := fmt.Sprintf("sources:\n- {name: slow, page: %s/a4}\n", ns.URL)
	srcs, err := sources.Parse([]byte(y), t.TempDir())
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(500*time.Millisecond, cancel)
	p := ingest.New(ingest.Config{Workers: 2, ArticleTimeout: time.Minute}, store, testExtractor(),
		fetch.New(fetch.Config{Allow: []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}, Timeout: time.Minute}))
	t0 := time.Now()
	run, err := p.RunOnce(ctx, srcs, ingest.RunOptions{Trigger: "test"})
	require.NoError(t, err)
	assert.Less(t, time.Since(t0), 10*time.Second, "a shutdown does not wait for a slow server")
	assert.Equal(t, "cancelled", run.Status)
	assert.Zero(t, run.Failed, "an abandoned fetch is not a failure")
	runs, err := store.ListIngestRuns(context.Background(), 5, nil)
	require.NoError(t, err)
	require.NotEmpty(t, runs)
	assert.Equal(t, run.ID, runs[0].ID)
}

func TestPanickingExtractorFailsOnlyThatDocument(t *testing.T) {
	store := graphtest.Open(t)
	dir := t.TempDir()
	for i, b := range []string{"Alpha", "Bravo", "Charlie"} {
		body := fmt.Sprintf("---\ntitle: %s deal\nurl: https://news.example/p%d\n---\n\n%s\n", b, i, story(b, "Contoso"))
		require.NoError(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("%02d.md", i)), []byte(body), 0o600))
	}
	srcs, err := sources.Parse([]byte("sources:\n- {name: folder, folder: "+dir+"}\n"), dir)
	require.NoError(t, err)
	inner := testExtractor()
	hostile := ingest.ExtractFunc(func(ctx context.Context, text string, pub time.Time, url string) (graph.Extraction, error) {
		if strings.HasPrefix(text, "Bravo") {
			panic("extractor bug")
		}
		return inner.Extract(ctx, text, pub, url)
	})
	run, err := ingest.New(ingest.Config{Workers: 2}, store, hostile, nil).RunOnce(context.Background(), srcs, ingest.RunOptions{Trigger: "test"})
	require.NoError(t, err)
	assert.Equal(t, 2, run.New)
	assert.Equal(t, 1, run.Failed)
	assert.Equal(t, "partial", run.Status)
	require.Len(t, run.Sources, 1)
	require.Len(t, run.Sources[0].Errors, 1)
	assert.Contains(t, run.Sources[0].Errors[0], "01.md")
	assert.Contains(t, run.Sources[0].Errors[0], "extractor bug")
}
