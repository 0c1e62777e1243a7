package graph_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph"
	"github.com/cigraph/cigraph/graph/graphtest"
)

// pathNames renders a path as "A > B > C".
func pathNames(p graph.Path) string {
	names := []string{p.Hops[0].From.Name}
	for _, h := range p.Hops {
		names = append(names, h.To.Name)
	}
	return strings.Join(names, " > ")
}

// dependents maps the first entity of each path to its rendered paths.
func dependents(paths []graph.Path) map[string][]string {
	out := map[string][]string{}
	for _, p := range paths {
		out[p.Hops[0].From.Name] = append(out[p.Hops[0].From.Name], pathNames(p))
	}
	return out
}

func TestDependenciesDownstreamFromOpenAI(t *testing.T) {
	store := seeded(t)
	before := store.RoundTrips()
	paths, err := store.Dependencies(context.Background(), graph.DependencyQuery{Of: "OpenAI", Direction: graph.Downstream})
	require.NoError(t, err)
	assert.Equal(t, int64(1), store.RoundTrips()-before, "one round trip")
	deps := dependents(paths)
	for _, p := range paths {
		t.Log(pathNames(p))
		assert.Equal(t, "OpenAI", p.Hops[len(p.Hops)-1].To.Name)
		for _, h := range p.Hops {
			require.NotEmpty(t, h.Claims, "hop %s > %s has evidence", h.From.Name, h.To.Name)
			for _, c := range h.Claims {
				assert.NotEmpty(t, c.Evidence)
				assert.NotNil(t, c.Article)
			}
		}
	}
	for _, who := range []string{"TikTok", "Walmart", "Intuit", "G42"} {
		require.Contains(t, deps, who)
		assert.Contains(t, deps[who], who+" > Azure OpenAI Service > Microsoft > OpenAI")
	}
	require.Contains(t, deps, "Holiday Extras")
	assert.Contains(t, deps["Holiday Extras"], "Holiday Extras > OpenAI")
	assert.Contains(t, deps["G42"], "G42 > OpenAI", "partnering with a vendor is depending on it")
	assert.Contains(t, deps["ByteDance"], "ByteDance > GPT-4 > OpenAI", "using a product is depending on its vendor")
}

func TestDependenciesBoundedDepthAndUpstream(t *testing.T) {
	store := seeded(t)
	ctx := context.Background()
	paths, err := store.Dependencies(ctx, graph.DependencyQuery{Of: "OpenAI", Direction: graph.Downstream, MaxDepth: 1})
	require.NoError(t, err)
	deps := dependents(paths)
	assert.Contains(t, deps, "Holiday Extras")
	assert.Contains(t, deps, "Microsoft")
	assert.NotContains(t, deps, "TikTok", "two roll-up hops away")
	for _, p := range paths {
		assert.LessOrEqual(t, len(p.Hops), 2, "one roll-up hop, shown with its product at most")
	}

	paths, err = store.Dependencies(ctx, graph.DependencyQuery{Of: "OpenAI", Direction: graph.Downstream, MaxPaths: 2})
	require.NoError(t, err)
	assert.Len(t, paths, 2)

	paths, err = store.Dependencies(ctx, graph.DependencyQuery{Of: "TikTok", Direction: graph.Upstream})
	require.NoError(t, err)
	ups := []string{}
	for _, p := range paths {
		assert.Equal(t, "TikTok", p.Hops[0].From.Name)
		ups = append(ups, pathNames(p))
		seen := map[string]bool{p.Hops[0].From.ID: true}
		for _, h := range p.Hops {
			assert.False(t, seen[h.To.ID], "no cycles in %s", pathNames(p))
			seen[h.To.ID] = true
		}
	}
	assert.Contains(t, ups, "TikTok > Azure OpenAI Service > Microsoft > OpenAI")

	_, err = store.Dependencies(ctx, graph.DependencyQuery{Of: "Nobody Inc", Direction: graph.Downstream})
	assert.ErrorIs(t, err, graph.ErrNotFound)
	_, err = store.Dependencies(ctx, graph.DependencyQuery{Of: "OpenAI", Direction: "SIDEWAYS"})
	assert.ErrorIs(t, err, graph.ErrInvalid)
	for _, p := range paths {
		assert.NotContains(t, pathNames(p), "OpenAI > G42", "OpenAI does not depend on a partner that sells nothing")
	}
	paths, err = store.Dependencies(ctx, graph.DependencyQuery{Of: "OpenAI", Direction: graph.Downstream, Types: []string{"CUSTOMER_OF"}})
	require.NoError(t, err)
	assert.Equal(t, map[string][]string{"Holiday Extras": {"Holiday Extras > OpenAI"}}, dependents(paths))

	_, err = store.Dependencies(ctx, graph.DependencyQuery{Of: "OpenAI", Types: []string{"COMPETES_WITH"}})
	assert.ErrorIs(t, err, graph.ErrInvalid)
}

// BenchmarkAnalyticsStoreVsCypher runs Exposure and Dependencies as Store
// calls and their raw Cypher through the driver (no decoding), and reports
// the latency ratio store/cypher per query.
func BenchmarkAnalyticsStoreVsCypher(b *testing.B) {
	store := graphtest.Open(b)
	for _, f := range graphtest.GoldFiles(b) {
		graphtest.LoadGold(b, store, f)
	}
	ctx := context.Background()
	cfg := graphtest.Config(b)
	drv, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.NoAuth())
	require.NoError(b, err)
	defer drv.Close(ctx)
	raw := func(cypher string, params map[string]any) {
		sess := drv.NewSession(ctx, neo4j.SessionConfig{AccessMode: neo4j.AccessModeRead, DatabaseName: cfg.Database})
		defer sess.Close(ctx)
		_, err := sess.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			res, err := tx.Run(ctx, cypher, params)
			if err != nil {
				return nil, err
			}
			return res.Single(ctx)
		})
		require.NoError(b, err)
	}
	eq := graph.ExposureQuery{Supplier: "Microsoft", To: "ByteDance"}
	dq := graph.DependencyQuery{Of: "OpenAI", Direction: graph.Downstream}
	ecy, ep := graph.ExposureStatement(eq)
	dcy, dp, err := graph.DependencyStatement(dq)
	require.NoError(b, err)
	cases := []struct {
		name  string
		store func()
		raw   func()
	}{
		{"exposure", func() { _, err := store.Exposure(ctx, eq); require.NoError(b, err) }, func() { raw(ecy, ep) }},
		{"dependencies", func() { _, err := store.Dependencies(ctx, dq); require.NoError(b, err) }, func() { raw(dcy, dp) }},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			c.store() // warm the plan cache
			c.raw()
			var viaStore, viaRaw time.Duration
			for b.Loop() {
				t0 := time.Now()
				c.store()
				t1 := time.Now()
				c.raw()
				viaStore, viaRaw = viaStore+t1.Sub(t0), viaRaw+time.Since(t1)
			}
			ratio := float64(viaStore) / float64(viaRaw)
			b.ReportMetric(ratio, "store/cypher")
			b.ReportMetric(float64(viaStore.Microseconds())/float64(b.N), "store-µs/op")
			b.ReportMetric(float64(viaRaw.Microseconds())/float64(b.N), "cypher-µs/op")
			b.Logf("%s: store %v, cypher %v per call, ratio %.3f", c.name, viaStore/time.Duration(b.N), viaRaw/time.Duration(b.N), ratio)
		})
	}
}
