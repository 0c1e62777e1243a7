package ingest_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph/graphtest"
	"github.com/cigraph/cigraph/ingest"
	"github.com/cigraph/cigraph/ingest/sources"
)

// TestSitemapIndexAndFolderKinds runs a sitemap index (with one child
// sitemap of two pages) and a folder of .html and .jsonl files (one JSONL
// line broken), twice: everything is stored once and the bad line is
// reported with its file and line.
func TestSitemapIndexAndFolderKinds(t *testing.T) {
	store := graphtest.Open(t)
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	mux.HandleFunc("/sitemap.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<sitemapindex><sitemap><loc>%s/news-1.xml</loc></sitemap></sitemapindex>`, srv.URL)
	})
	mux.HandleFunc("/news-1.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<urlset><url><loc>%[1]s/s1</loc><lastmod>2024-02-01</lastmod></url><url><loc>%[1]s/s2</loc></url></urlset>`, srv.URL)
	})
	for path, buyer := range map[string]string{"/s1": "Woodgrove", "/s2": "Proseware"} {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprint(w, htmlPage(buyer+" deal", "Map News", story(buyer, "Contoso")))
		})
	}
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.html"), []byte(htmlPage("Tailwind deal", "Folder Times", story("Tailwind", "Contoso"))), 0o600))
	jsonl := fmt.Sprintf("{\"text\": %q, \"url\": \"https://news.example/j1\", \"publisher\": \"Lines\", \"published\": \"2024-02-03\"}\n{not json\n\n{\"text\": %q, \"url\": \"https://news.example/j2\"}\n",
		story("Wingtip", "Contoso"), story("Relecloud", "Contoso"))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b.jsonl"), []byte(jsonl), 0o600))
	y := fmt.Sprintf("sources:\n- {name: map, sitemap: %s/sitemap.xml}\n- {name: folder, folder: %s}\n", srv.URL, dir)
	srcs, err := sources.Parse([]byte(y), dir)
	require.NoError(t, err)

	run1, err := newPipeline(store).RunOnce(context.Background(), srcs, ingest.RunOptions{Trigger: "test"})
	require.NoError(t, err)
	got := byName(run1)
	assert.Equal(t, 2, got["map"].New)
	assert.Zero(t, got["map"].Failed, got["map"].Errors)
	assert.Equal(t, 3, got["folder"].New)
	assert.Equal(t, 1, got["folder"].Failed)
	require.Len(t, got["folder"].Errors, 1)
	assert.Contains(t, got["folder"].Errors[0], "b.jsonl:2")

	run2, err := newPipeline(store).RunOnce(context.Background(), srcs, ingest.RunOptions{Trigger: "test"})
	require.NoError(t, err)
	assert.Zero(t, run2.New)
	assert.Equal(t, 5, run2.Duplicate)
	counts, err := store.Counts(context.Background())
	require.NoError(t, err)
	assert.Equal(t, 5, counts.Articles)
	assert.Equal(t, 5, counts.Claims)
}
