package resolvers

import (
	"bytes"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph"
)

func TestErrorCodes(t *testing.T) {
	cases := []struct {
		err  error
		code string
		msg  string
	}{
		{graph.ErrNotFound, CodeNotFound, "not found"},
		{graph.ErrInvalid, CodeInvalid, "invalid input"},
		{graph.ErrConflict, CodeInvalid, "conflict"},
		{graph.ErrUnavailable, CodeUnavailable, "unavailable"},
		{errBoom, CodeInternal, "internal error"},
	}
	for _, tc := range cases {
		t.Run(tc.code, func(t *testing.T) {
			var logs bytes.Buffer
			h := NewHandler(Config{Store: &fakeStore{err: tc.err}, Log: slog.New(slog.NewTextHandler(&logs, nil))})
			res := post(t, h, `{ stats { claims } }`, nil)
			assert.Equal(t, tc.code, res.code(t))
			assert.Contains(t, res.Errors[0].Message, tc.msg)
			assert.NotContains(t, res.Errors[0].Message, "secret", "internal detail is masked")
			if tc.code == CodeInternal {
				assert.Contains(t, logs.String(), "secret internal detail", "internal detail is logged")
			}
		})
	}
}

func TestNotFoundEntity(t *testing.T) {
	res := post(t, NewHandler(Config{Store: &fakeStore{}}), `{ entity(name: "Nobody") { id } }`, nil)
	assert.Equal(t, CodeNotFound, res.code(t))
}

// Claims carrying only entity ids are completed by one batched call.
func TestDataloaderBatchesNestedEntities(t *testing.T) {
	f := &fakeStore{entities: map[string]graph.EntityNode{
		"org:a": {ID: "org:a", Name: "A", Type: graph.Org},
		"org:b": {ID: "org:b", Name: "B", Type: graph.Org, MergedInto: "org:a"},
	}}
	for i := range 30 {
		f.claims = append(f.claims, graph.Claim{ID: "c:" + string(rune('a'+i%26)) + string(rune('a'+i/26)),
			Type: graph.CustomerOf, Subject: &graph.EntityNode{ID: "org:b"}, Object: &graph.EntityNode{ID: "org:a"},
			Evidence: "e", KnownAt: time.Now()})
	}
	res := post(t, NewHandler(Config{Store: f}), `{ claims(first: 30) { edges { node { subject { name mergedInto { name } } object { name } } } pageInfo { hasNextPage } } }`, nil)
	require.Empty(t, res.Errors)
	edges := res.Data["claims"].(map[string]any)["edges"].([]any)
	require.Len(t, edges, 30)
	node := edges[0].(map[string]any)["node"].(map[string]any)
	assert.Equal(t, "B", node["subject"].(map[string]any)["name"])
	assert.Equal(t, "A", node["subject"].(map[string]any)["mergedInto"].(map[string]any)["name"])
	// claims (1) + one batch for all 60 subject/object references; the
	// mergedInto target was loaded in that batch and comes from the cache.
	assert.Equal(t, int64(1), f.batches.Load())
	assert.Equal(t, int64(2), f.calls.Load())
}

func TestClaimsPagination(t *testing.T) {
	f := &fakeStore{}
	for _, id := range []string{"c:1", "c:2", "c:3"} {
		f.claims = append(f.claims, graph.Claim{ID: id, Subject: &graph.EntityNode{ID: "x", Name: "X"}})
	}
	h := NewHandler(Config{Store: f})
	q := `query($after: String) { claims(first: 2, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`
	res := post(t, h, q, nil)
	require.Empty(t, res.Errors)
	conn := res.Data["claims"].(map[string]any)
	assert.Len(t, conn["edges"], 2)
	pi := conn["pageInfo"].(map[string]any)
	assert.Equal(t, true, pi["hasNextPage"])
	res = post(t, h, q, map[string]any{"after": pi["endCursor"]})
	require.Empty(t, res.Errors)
	conn = res.Data["claims"].(map[string]any)
	require.Len(t, conn["edges"], 1)
	assert.Equal(t, "c:3", conn["edges"].([]any)[0].(map[string]any)["node"].(map[string]any)["id"])
	assert.Equal(t, false, conn["pageInfo"].(map[string]any)["hasNextPage"])
}

func TestMutationsWithToken(t *testing.T) {
	f := &fakeStore{}
	x := &fakeExtractor{}
	h := NewHandler(Config{Store: f, Extractor: x, Auth: Auth{Token: "tok"}})
	auth := []string{"Authorization", "Bearer tok"}
	res := post(t, h, `mutation { ingestText(text: "A buys from B.", url: "https://x.test/a", publishedAt: "2024-03-12") { articleId claims created } }`, nil, auth...)
	require.Empty(t, res.Errors)
	assert.Equal(t, true, res.Data["ingestText"].(map[string]any)["created"])
	require.Len(t, f.imported, 1)
	assert.Equal(t, "https://x.test/a", f.imported[0].URL)
	assert.Equal(t, time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC), x.published)

	res = post(t, h, `mutation { retractClaim(id: "c:1", reason: "wrong") { id retracted retractReason } }`, nil, auth...)
	require.Empty(t, res.Errors)
	assert.Equal(t, "wrong", res.Data["retractClaim"].(map[string]any)["retractReason"])

	res = post(t, h, `mutation { assertClaim(input: {type: "CUSTOMER_OF", subject: "A", object: "B", evidence: "call notes", reason: "checked"}) { extractor } }`, nil, auth...)
	require.Empty(t, res.Errors)
	assert.Equal(t, "analyst", res.Data["assertClaim"].(map[string]any)["extractor"])

	noToken := NewHandler(Config{Store: f})
	assert.Equal(t, CodeUnauthenticated, post(t, noToken, `mutation { mergeEntities(keep: "A", merge: "B") { id } }`, nil, auth...).code(t))
}

func TestHTTPEndpoints(t *testing.T) {
	f := &fakeStore{}
	h := NewHandler(Config{Store: f})
	get := func(path string) (int, string) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		b, _ := io.ReadAll(rec.Body)
		return rec.Code, string(b)
	}
	code, body := get("/healthz")
	assert.Equal(t, http.StatusOK, code)
	assert.Equal(t, "ok\n", body)
	code, _ = get("/readyz")
	assert.Equal(t, http.StatusOK, code)
	f.err = graph.ErrUnavailable
	code, _ = get("/readyz")
	assert.Equal(t, http.StatusServiceUnavailable, code)
	f.err = nil

	post(t, h, `{ stats { claims } }`, nil)
	code, body = get("/metrics")
	assert.Equal(t, http.StatusOK, code)
	for _, m := range []string{"cigraph_http_requests_total", "cigraph_http_request_duration_seconds",
		`cigraph_graphql_operations_total{result="ok",type="query"} 1`, "cigraph_neo4j_round_trips_total"} {
		assert.Contains(t, body, m)
	}

	code, body = get("/")
	assert.Equal(t, http.StatusOK, code)
	assert.True(t, strings.Contains(body, "vendor/graphiql.min.js"), "playground page")
	code, _ = get("/playground.js")
	assert.Equal(t, http.StatusOK, code)
}

func TestPipelineFields(t *testing.T) {
	f := &fakeStore{}
	res := post(t, NewHandler(Config{Store: f}), `{ ingestRuns(first: 5, before: "2024-03") { id status new sources { name } } sources { id name lastModified } }`, nil)
	require.Empty(t, res.Errors)
	assert.Equal(t, "run:1", res.Data["ingestRuns"].([]any)[0].(map[string]any)["id"])
	assert.Equal(t, float64(2), res.Data["ingestRuns"].([]any)[0].(map[string]any)["new"])
	assert.Equal(t, "yesterday", res.Data["sources"].([]any)[0].(map[string]any)["lastModified"])
	assert.Equal(t, int64(2), f.calls.Load(), "one call per root field")
}
