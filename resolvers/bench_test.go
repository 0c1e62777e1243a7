package resolvers

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/cigraph/cigraph/graph"
	"github.com/cigraph/cigraph/graph/graphtest"
)

// benchPair times the same question asked of the store directly and
// through the GraphQL handler (parse, validate, resolve, serialise), one of
// each per iteration, and reports both and their ratio (goal <= 1.10).
func benchPair(b *testing.B, direct func(context.Context, *graph.Store) error, query string) {
	store := graphtest.Open(b)
	for _, f := range graphtest.GoldFiles(b) {
		graphtest.LoadGold(b, store, f)
	}
	h := NewHandler(Config{Store: store})
	body, _ := json.Marshal(map[string]any{"query": query})
	ctx := context.Background()
	call := func() error {
		req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK || bytes.Contains(rec.Body.Bytes(), []byte(`"errors"`)) {
			return fmt.Errorf("graphql: %d %s", rec.Code, rec.Body.String())
		}
		return nil
	}
	for range 5 { // warm the driver's pool and the query cache
		if err := firstErr(direct(ctx, store), call()); err != nil {
			b.Fatal(err)
		}
	}
	var dDirect, dGQL time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		err := direct(ctx, store)
		t1 := time.Now()
		err = firstErr(err, call())
		dDirect, dGQL = dDirect+t1.Sub(t0), dGQL+time.Since(t1)
		if err != nil {
			b.Fatal(err)
		}
	}
	n := float64(b.N)
	b.ReportMetric(float64(dDirect.Microseconds())/n, "direct-µs/op")
	b.ReportMetric(float64(dGQL.Microseconds())/n, "graphql-µs/op")
	b.ReportMetric(float64(dGQL)/float64(dDirect), "ratio")
	b.Logf("graphql/direct latency ratio %.3f over %d iterations (goal <= 1.10)", float64(dGQL)/float64(dDirect), b.N)
}

func BenchmarkExposureGraphQL(b *testing.B) {
	benchPair(b, func(ctx context.Context, s *graph.Store) error {
		_, err := s.Exposure(ctx, graph.ExposureQuery{Supplier: "Microsoft", To: "ByteDance"})
		return err
	}, `{ exposure(supplier: "Microsoft", to: "ByteDance") { supplier { name } group { name }
		statedShare { value low high } computedShare { value low high } members { entity { name } annualSpend { value } }
		spendClaims { id evidence validTime knownAt amount { value period } article { url } }
		revenueClaims { id evidence validTime knownAt article { url } } shareClaims { id sharePercent } } }`)
}

func BenchmarkDependenciesGraphQL(b *testing.B) {
	benchPair(b, func(ctx context.Context, s *graph.Store) error {
		_, err := s.Dependencies(ctx, graph.DependencyQuery{Of: "OpenAI", Direction: graph.Downstream, MaxDepth: 4})
		return err
	}, `{ dependencies(of: "OpenAI", direction: DOWNSTREAM, maxDepth: 4) {
		hops { from { name } to { name } type claims { id evidence validTime article { url } } } } }`)
}
