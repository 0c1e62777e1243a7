package resolvers

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph"
	"github.com/cigraph/cigraph/graph/graphtest"
)

const testToken = "test-token"

// seedAPI is the API over HTTP on the real test Neo4j with the seed gold
// documents imported.
type seedAPI struct {
	store *graph.Store
	srv   *httptest.Server
	docs  []graph.Document
}

func newSeedAPI(t *testing.T) *seedAPI {
	t.Helper()
	store := graphtest.Open(t)
	a := &seedAPI{store: store}
	for _, f := range graphtest.GoldFiles(t) {
		a.docs = append(a.docs, graphtest.LoadGold(t, store, f))
	}
	a.srv = httptest.NewServer(NewHandler(Config{Store: store, Auth: Auth{Token: testToken},
		Log: slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelWarn}))}))
	t.Cleanup(a.srv.Close)
	return a
}

// query posts over real HTTP and fails the test on GraphQL errors.
func (a *seedAPI) query(t *testing.T, q string, vars map[string]any) map[string]any {
	t.Helper()
	res := a.do(t, q, vars)
	require.Empty(t, res.Errors, "query %s", q)
	return res.Data
}

func (a *seedAPI) do(t *testing.T, q string, vars map[string]any) gqlResponse {
	t.Helper()
	body, err := json.Marshal(map[string]any{"query": q, "variables": vars})
	require.NoError(t, err)
	req, err := http.NewRequest(http.MethodPost, a.srv.URL+"/graphql", bytes.NewReader(body))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/json")
	if strings.HasPrefix(strings.TrimSpace(q), "mutation") {
		req.Header.Set("Authorization", "Bearer "+testToken)
	}
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	var out gqlResponse
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&out))
	out.Status = resp.StatusCode
	return out
}

const exposureQuery = `query($asOf: String, $knownAt: String) {
  exposure(supplier: "Microsoft", to: "ByteDance", asOf: $asOf, knownAt: $knownAt) {
    supplier { name } group { name } product { name }
    statedShare { value low high } computedShare { value low high }
    annualSpend { value low high } annualRevenue { value low high }
    members { entity { name } annualSpend { value } statedShare claims { id } }
    spendClaims { id evidence validTime knownAt amount { value unit period qualifier } annualized sharePercent confidence extractor
      subject { name } object { name } product { name } article { url title publisher } }
    revenueClaims { id evidence validTime knownAt article { url } }
    shareClaims { id evidence sharePercent }
  }
}`
