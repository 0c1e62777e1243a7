package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph/graphtest"
)

// A feed and its one page on a local test server, which the SSRF guard
// blocks unless --allow-addresses lets 127.0.0.1 through.
func localFeed(t *testing.T) *httptest.Server {
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>
<item><title>Deal</title><link>%s/deal</link><description>short</description></item></channel></rss>`, srv.URL)
	})
	mux.HandleFunc("/deal", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<html><head><title>Deal</title></head><body><article><p>"+
			strings.Repeat("Contoso Ltd said on Thursday that it buys cloud services from Fabrikam Inc. under a three-year agreement. ", 4)+
			"</p></article></body></html>")
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestServeSourcesAllowAddresses(t *testing.T) {
	graphtest.Wipe(t, graphtest.Config(t))
	srv := localFeed(t)
	dir := t.TempDir()
	yaml := "sources:\n  - name: local\n    feed: " + srv.URL + "/feed.xml\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "sources.yaml"), []byte(yaml), 0o644))
	metrics := serveUntilRunCounted(t, "--sources", filepath.Join(dir, "sources.yaml"), "--allow-addresses", "127.0.0.1/32")
	assert.Contains(t, metrics, `cigraph_ingest_documents_total{outcome="new",via="sources"} 1`)
}

func TestServeRejectsBadAllowAddresses(t *testing.T) {
	env := &Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard, Getenv: os.Getenv,
		Log: slog.New(slog.DiscardHandler)}
	err := run(context.Background(), env, []string{"serve", "--addr", "127.0.0.1:0", "--allow-addresses", "not-a-cidr"})
	var ee *ExitError
	require.True(t, errors.As(err, &ee), "%v", err)
	assert.Equal(t, 2, ee.Code)
	assert.Contains(t, err.Error(), "not-a-cidr")
}
