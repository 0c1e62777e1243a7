package resolvers

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph"
)

// fakeStore answers from canned data and counts every call, so tests can
// assert that limits are enforced before any database call.
type fakeStore struct {
	calls    atomic.Int64
	batches  atomic.Int64
	err      error // returned by every call when set
	block    bool  // calls wait for the context to end
	entities map[string]graph.EntityNode
	claims   []graph.Claim
	exposure *graph.Exposure
	imported []graph.Document
}

func (f *fakeStore) hit(ctx context.Context) error {
	f.calls.Add(1)
	if f.block {
		<-ctx.Done()
		return ctx.Err()
	}
	return f.err
}

func (f *fakeStore) RoundTrips() int64 { return f.calls.Load() }

func (f *fakeStore) Ping(ctx context.Context) error { return f.hit(ctx) }

func (f *fakeStore) EntityByName(ctx context.Context, name string) (graph.EntityNode, error) {
	if err := f.hit(ctx); err != nil {
		return graph.EntityNode{}, err
	}
	for _, e := range f.entities {
		if e.Name == name {
			return e, nil
		}
	}
	return graph.EntityNode{}, graph.ErrNotFound
}

func (f *fakeStore) EntitiesByIDs(ctx context.Context, ids []string) (map[string]graph.EntityNode, error) {
	f.batches.Add(1)
	if err := f.hit(ctx); err != nil {
		return nil, err
	}
	out := map[string]graph.EntityNode{}
	for _, id := range ids {
		if e, ok := f.entities[id]; ok {
			out[id] = e
		}
	}
	return out, nil
}

func (f *fakeStore) SearchEntities(ctx context.Context, text string, first int) ([]graph.EntityNode, error) {
	return nil, f.hit(ctx)
}

func (f *fakeStore) Claims(ctx context.Context, flt graph.ClaimFilter) ([]graph.Claim, error) {
	if err := f.hit(ctx); err != nil {
		return nil, err
	}
	var out []graph.Claim
	for _, c := range f.claims {
		if c.ID > flt.After && len(out) < flt.First {
			out = append(out, c)
		}
	}
	return out, nil
}

func (f *fakeStore) Articles(ctx context.Context, first int, after string) ([]graph.ArticleNode, error) {
	return nil, f.hit(ctx)
}

func (f *fakeStore) Counts(ctx context.Context) (graph.Counts, error) {
	return graph.Counts{Entities: len(f.entities)}, f.hit(ctx)
}

func (f *fakeStore) Exposure(ctx context.Context, q graph.ExposureQuery) (*graph.Exposure, error) {
	return f.exposure, f.hit(ctx)
}

func (f *fakeStore) Concentration(ctx context.Context, q graph.ConcentrationQuery) (*graph.Concentration, error) {
	return &graph.Concentration{}, f.hit(ctx)
}

func (f *fakeStore) Dependencies(ctx context.Context, q graph.DependencyQuery) ([]graph.Path, error) {
	return nil, f.hit(ctx)
}

func (f *fakeStore) Coopetition(ctx context.Context, of string) ([]graph.CoopetitionPair, error) {
	return nil, f.hit(ctx)
}

func (f *fakeStore) Switches(ctx context.Context, of string) ([]graph.Switch, error) {
	return nil, f.hit(ctx)
}

func (f *fakeStore) MergeEntities(ctx context.Context, keep, merge string) (graph.EntityNode, error) {
	return graph.EntityNode{ID: "org:" + keep, Name: keep, Type: graph.Org}, f.hit(ctx)
}

func (f *fakeStore) RetractClaim(ctx context.Context, id, reason string) (graph.Claim, error) {
	return graph.Claim{ID: id, Retracted: true, RetractReason: reason}, f.hit(ctx)
}

func (f *fakeStore) AssertClaim(ctx context.Context, in graph.AssertInput) (graph.Claim, error) {
	return graph.Claim{ID: "c:asserted", Type: in.Relation.Type, Extractor: "analyst"}, f.hit(ctx)
}

func (f *fakeStore) ImportDocument(ctx context.Context, doc graph.Document) (graph.ImportResult, error) {
	f.imported = append(f.imported, doc)
	return graph.ImportResult{ArticleID: "a:1", Claims: len(doc.Relations), Created: true}, f.hit(ctx)
}

func (f *fakeStore) ListIngestRuns(ctx context.Context, first int, before *time.Time) ([]graph.IngestRun, error) {
	return []graph.IngestRun{{ID: "run:1", Status: "ok", IngestCounts: graph.IngestCounts{New: 2}}}, f.hit(ctx)
}

func (f *fakeStore) ListSources(ctx context.Context) ([]graph.SourceState, error) {
	return []graph.SourceState{{ID: "feed:x", Name: "X", LastMod: "yesterday"}}, f.hit(ctx)
}

// fakeExtractor returns one relation per call.
type fakeExtractor struct{ published time.Time }

func (x *fakeExtractor) Extract(ctx context.Context, text string, published time.Time, url string) (graph.Extraction, error) {
	x.published = published
	return graph.Extraction{Relations: []graph.Relation{{Type: graph.CustomerOf, Subject: "A", Object: "B", Evidence: text}}}, nil
}

// gqlResponse is a GraphQL response as the client sees it.
type gqlResponse struct {
	Status int
	Data   map[string]any `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

func (g gqlResponse) code(t *testing.T) string {
	t.Helper()
	require.NotEmpty(t, g.Errors, "expected an error, got data %v", g.Data)
	code, _ := g.Errors[0].Extensions["code"].(string)
	return code
}

// post sends a JSON GraphQL request with optional headers (key, value pairs).
func post(t *testing.T, h http.Handler, query string, vars map[string]any, headers ...string) gqlResponse {
	t.Helper()
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	require.NoError(t, err)
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	return serve(t, h, req)
}

func serve(t *testing.T, h http.Handler, req *http.Request) gqlResponse {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var out gqlResponse
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &out), "body: %s", rec.Body.String())
	out.Status = rec.Code
	return out
}

var errBoom = errors.New("bolt: secret internal detail")
