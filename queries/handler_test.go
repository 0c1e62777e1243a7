package queries

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// stubGraphQL records what it was asked and answers a fixed concentration.
type stubGraphQL struct {
	got  map[string]any
	auth string
}

func (s *stubGraphQL) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.auth = r.Header.Get("Authorization")
	_ = json.NewDecoder(r.Body).Decode(&s.got)
	w.Header().Set("Content-Type", "application/json")
	_, _ = io.WriteString(w, `{"data":{"concentration":{"supplier":{"name":"S"},"customers":[{"customer":{"name":"C1"},"share":{"value":25}}]}}}`)
}

func serve(t *testing.T) (*httptest.Server, *stubGraphQL) {
	stub := &stubGraphQL{}
	mux := http.NewServeMux()
	mux.Handle("/queries/", Handler(stub))
	mux.Handle("/queries", Handler(stub))
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, stub
}

func TestHandlerGetTypesVarsAndFlattens(t *testing.T) {
	srv, stub := serve(t)
	req, _ := http.NewRequest(http.MethodGet, srv.URL+"/queries/concentration?supplier=S&topN=5&format=csv", nil)
	req.Header.Set("Authorization", "Bearer tok")
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	require.Equal(t, http.StatusOK, resp.StatusCode, string(body))
	assert.Equal(t, "text/csv; charset=utf-8", resp.Header.Get("Content-Type"))
	assert.Equal(t, "supplier.name,customers.customer.name,customers.share.value\nS,C1,25\n", string(body))
	assert.Equal(t, map[string]any{"supplier": "S", "topN": float64(5)}, stub.got["variables"])
	assert.Contains(t, stub.got["query"], "query concentration(")
	assert.Equal(t, "Bearer tok", stub.auth)
}

func TestHandlerPostPassesTheAnswerThrough(t *testing.T) {
	srv, stub := serve(t)
	resp, err := http.Post(srv.URL+"/queries/exposure", "application/json", strings.NewReader(`{"supplier":"S","to":"T"}`))
	require.NoError(t, err)
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Contains(t, string(body), `"concentration"`)
	assert.Equal(t, map[string]any{"supplier": "S", "to": "T"}, stub.got["variables"])
}

func TestHandlerErrorsAndList(t *testing.T) {
	srv, _ := serve(t)
	for path, status := range map[string]int{
		"/queries/nope":                   http.StatusNotFound,
		"/queries/exposure?supplier=S":    http.StatusBadRequest, // "to" is required
		"/queries/concentration?bogus=1":  http.StatusBadRequest,
		"/queries/concentration?topN=abc": http.StatusBadRequest,
	} {
		resp, err := http.Get(srv.URL + path)
		require.NoError(t, err)
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		assert.Equal(t, status, resp.StatusCode, path)
		assert.Contains(t, string(body), `"errors"`, path)
	}
	resp, err := http.Get(srv.URL + "/queries")
	require.NoError(t, err)
	defer resp.Body.Close()
	var infos []Info
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&infos))
	assert.Len(t, infos, 6)
}
