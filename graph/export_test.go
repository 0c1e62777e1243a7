package graph_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph"
	"github.com/cigraph/cigraph/graph/graphtest"
)

// collector is an ExportSink that keeps everything.
type collector struct {
	nodes  []graph.EntityNode
	claims []graph.Claim
}

func (c *collector) Node(n graph.EntityNode) error { c.nodes = append(c.nodes, n); return nil }
func (c *collector) Claim(x graph.Claim) error     { c.claims = append(c.claims, x); return nil }

func (c *collector) ids() map[string]bool {
	out := map[string]bool{}
	for _, n := range c.nodes {
		out[n.ID] = true
	}
	return out
}

func loadSeeds(t *testing.T) *graph.Store {
	store := graphtest.Open(t)
	for _, f := range graphtest.GoldFiles(t) {
		graphtest.LoadGold(t, store, f)
	}
	return store
}

func TestExportWholeGraphMatchesCounts(t *testing.T) {
	ctx := context.Background()
	store := loadSeeds(t)
	counts, err := store.Counts(ctx)
	require.NoError(t, err)

	before := store.RoundTrips()
	var all collector
	require.NoError(t, store.Export(ctx, graph.ExportQuery{PageSize: 7}, &all))
	trips := store.RoundTrips() - before

	assert.Len(t, all.nodes, counts.Entities)
	assert.Len(t, all.ids(), counts.Entities, "no entity twice across pages")
	claimIDs := map[string]bool{}
	for _, c := range all.claims {
		assert.False(t, claimIDs[c.ID], "claim %s twice", c.ID)
		claimIDs[c.ID] = true
		require.NotNil(t, c.Subject, c.ID)
		assert.NotEmpty(t, c.Evidence, c.ID)
		require.NotNil(t, c.Article, c.ID)
		assert.True(t, all.ids()[c.Subject.ID], "subject %s exported", c.Subject.ID)
		if c.Kind == graph.KindRelation {
			require.NotNil(t, c.Object, c.ID)
		}
	}
	assert.LessOrEqual(t, len(all.claims), counts.Claims)
	assert.Greater(t, len(all.claims), 10)
	// keyset pages of 7: ceil(n/7) pages each (+1 when n is a multiple).
	want := int64(len(all.nodes)/7 + 1 + len(all.claims)/7 + 1)
	assert.Equal(t, want, trips, "round trips for %d entities and %d claims", len(all.nodes), len(all.claims))
}

func TestExportAroundIsBoundedByDepth(t *testing.T) {
	ctx := context.Background()
	store := loadSeeds(t)
	var one, two, all collector
	require.NoError(t, store.Export(ctx, graph.ExportQuery{Around: "TikTok", Depth: 1}, &one))
	require.NoError(t, store.Export(ctx, graph.ExportQuery{Around: "TikTok", Depth: 2}, &two))
	require.NoError(t, store.Export(ctx, graph.ExportQuery{}, &all))

	require.NotEmpty(t, one.nodes)
	assert.Equal(t, "org:tiktok", one.nodes[0].ID, "the centre comes first")
	assert.True(t, one.ids()["org:microsoft"], "TikTok buys from Microsoft")
	assert.True(t, one.ids()["org:bytedance"], "TikTok belongs to ByteDance")
	assert.Greater(t, len(two.nodes), len(one.nodes))
	assert.Less(t, len(two.nodes), len(all.nodes)+1)
	for _, c := range one.claims {
		assert.True(t, one.ids()[c.Subject.ID], "claim %s subject inside", c.ID)
		if c.Object != nil {
			assert.True(t, one.ids()[c.Object.ID], "claim %s object inside", c.ID)
		}
	}
	var sawSpend bool
	for _, c := range one.claims {
		if c.Type == graph.CustomerOf && c.Subject.ID == "org:tiktok" && c.Amount != nil {
			sawSpend = true
			assert.NotEmpty(t, c.Evidence)
		}
	}
	assert.True(t, sawSpend, "TikTok's spend claim is in its neighbourhood")

	var capped collector
	require.NoError(t, store.Export(ctx, graph.ExportQuery{Around: "TikTok", Depth: 3, MaxNodes: 3}, &capped))
	assert.Len(t, capped.nodes, 3)
}

func TestExportAroundUnknownEntity(t *testing.T) {
	store := graphtest.Open(t)
	err := store.Export(context.Background(), graph.ExportQuery{Around: "Nobody Inc"}, &collector{})
	require.ErrorIs(t, err, graph.ErrNotFound)
}

func TestExportLeavesOutRetractedAndAnalystBookkeeping(t *testing.T) {
	ctx := context.Background()
	store := loadSeeds(t)
	var before collector
	require.NoError(t, store.Export(ctx, graph.ExportQuery{Around: "TikTok"}, &before))
	var spend string
	for _, c := range before.claims {
		if c.Type == graph.CustomerOf && c.Subject.ID == "org:tiktok" && c.Amount != nil {
			spend = c.ID
		}
	}
	require.NotEmpty(t, spend)
	_, err := store.RetractClaim(ctx, spend, "test: figure disputed")
	require.NoError(t, err)

	var after, with collector
	require.NoError(t, store.Export(ctx, graph.ExportQuery{Around: "TikTok"}, &after))
	require.NoError(t, store.Export(ctx, graph.ExportQuery{Around: "TikTok", IncludeRetracted: true}, &with))
	ids := func(c collector) map[string]bool {
		out := map[string]bool{}
		for _, x := range c.claims {
			out[x.ID] = true
			assert.Contains(t, []string{graph.KindRelation, graph.KindMetric}, x.Kind, "no analyst bookkeeping claims")
		}
		return out
	}
	assert.False(t, ids(after)[spend], "retracted claim left out")
	assert.True(t, ids(with)[spend], "retracted claim included on request")
	kept := ids(before)
	for id := range ids(after) {
		assert.True(t, kept[id], "claim %s appeared after a retraction", id)
	}
	assert.Less(t, len(after.claims), len(before.claims))
}
