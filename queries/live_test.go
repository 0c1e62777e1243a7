package queries_test

import (
	"context"
	"encoding/csv"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph/graphtest"
	"github.com/cigraph/cigraph/queries"
	"github.com/cigraph/cigraph/resolvers"
)

// The named queries mounted next to the real API, on the real graph, the
// way the server mounts them.
func TestNamedQueriesOverTheRealAPI(t *testing.T) {
	store := graphtest.Open(t)
	for _, f := range graphtest.GoldFiles(t) {
		graphtest.LoadGold(t, store, f)
	}
	api := resolvers.NewHandler(resolvers.Config{Store: store})
	mux := http.NewServeMux()
	mux.Handle("/", api)
	mux.Handle("/queries/", queries.Handler(api))
	mux.Handle("/queries", queries.Handler(api))
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)

	q := url.Values{"supplier": {"Microsoft"}, "to": {"ByteDance"}, "product": {"Azure OpenAI Service"}, "format": {"csv"}}
	resp, err := http.Get(srv.URL + "/queries/exposure?" + q.Encode())
	require.NoError(t, err)
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	require.Equal(t, http.StatusOK, resp.StatusCode, string(body))
	rows, err := csv.NewReader(strings.NewReader(string(body))).ReadAll()
	require.NoError(t, err)
	require.Greater(t, len(rows), 2)
	col := map[string]int{}
	for i, c := range rows[0] {
		col[c] = i
	}
	assert.Equal(t, "25", rows[1][col["statedShare.value"]])
	assert.Equal(t, "24", rows[1][col["computedShare.value"]])

	// Every named query runs against the real resolvers without errors.
	vars := map[string]map[string]string{
		"exposure":      {"supplier": "Microsoft", "to": "TikTok"},
		"concentration": {"supplier": "Microsoft", "knownAt": "2100-01-01"},
		"dependencies":  {"of": "OpenAI"},
		"timeline":      {"entity": "TikTok"},
	}
	for name, v := range vars {
		doc, err := queries.Get(name)
		require.NoError(t, err)
		typed, err := queries.Vars(doc, "", nil, v)
		require.NoError(t, err)
		resp, err := queries.Run(context.Background(), api, doc, typed)
		require.NoError(t, err, name)
		require.NoError(t, resp.Err(), name)
		assert.NotEmpty(t, queries.Flatten(resp.Data).Rows, name)
	}
}
