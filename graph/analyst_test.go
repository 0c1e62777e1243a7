package graph_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph"
	"github.com/cigraph/cigraph/graph/graphtest"
)

// reimport imports the seed gold files again.
func reimport(t *testing.T, store *graph.Store) {
	t.Helper()
	for _, f := range graphtest.GoldFiles(t) {
		graphtest.LoadGold(t, store, f)
	}
}

// claimOf finds the claim of a type between two entities.
func claimOf(t *testing.T, store *graph.Store, typ, subject, object string) graph.Claim {
	t.Helper()
	cs, err := store.Claims(context.Background(), graph.ClaimFilter{Subject: subject, Object: object, Type: typ})
	require.NoError(t, err)
	require.NotEmpty(t, cs, "%s %s -> %s", typ, subject, object)
	return cs[0]
}

func TestMergeAndRetractSurviveReimport(t *testing.T) {
	store := seeded(t)
	ctx := context.Background()
	before, err := store.Counts(ctx)
	require.NoError(t, err)

	kept, err := store.MergeEntities(ctx, "ByteDance", "TikTok")
	require.NoError(t, err)
	assert.Equal(t, "org:bytedance", kept.ID)
	assert.Contains(t, kept.Aliases, "TikTok")

	former := claimOf(t, store, graph.CustomerOf, "Intuit", "Amazon")
	retracted, err := store.RetractClaim(ctx, former.ID, "the move was to Azure, not away from AWS")
	require.NoError(t, err)
	assert.True(t, retracted.Retracted)
	assert.Equal(t, "the move was to Azure, not away from AWS", retracted.RetractReason)

	check := func(when string) {
		e, err := store.EntityByName(ctx, "TikTok")
		require.NoError(t, err, when)
		assert.Equal(t, "org:bytedance", e.ID, "%s: TikTok resolves to ByteDance", when)
		ex, err := store.Exposure(ctx, graph.ExposureQuery{Supplier: "Microsoft", To: "ByteDance"})
		require.NoError(t, err, when)
		require.Len(t, ex.Members, 1, when)
		assert.Equal(t, "ByteDance", ex.Members[0].Entity.Name, "%s: the spend moved to ByteDance", when)
		require.NotNil(t, ex.StatedShare, when)
		assert.InDelta(t, 25, ex.StatedShare.Value, 1e-9, when)
		sw, err := store.Switches(ctx, "Intuit")
		require.NoError(t, err, when)
		assert.Empty(t, sw, "%s: the retracted former claim does not count", when)
		paths, err := store.Dependencies(ctx, graph.DependencyQuery{Of: "OpenAI", Direction: graph.Downstream})
		require.NoError(t, err, when)
		deps := dependents(paths)
		assert.NotContains(t, deps, "TikTok", when)
		assert.Contains(t, deps["ByteDance"], "ByteDance > Azure OpenAI Service > Microsoft > OpenAI", when)
		c, err := store.ClaimsByIDs(ctx, []string{former.ID})
		require.NoError(t, err, when)
		require.Len(t, c, 1, when)
		assert.True(t, c[0].Retracted, when)
	}
	check("after the corrections")
	reimport(t, store)
	check("after re-importing the seeds")

	after, err := store.Counts(ctx)
	require.NoError(t, err)
	assert.Equal(t, before.Entities, after.Entities, "no entity is created again")
	assert.Equal(t, before.Claims+2, after.Claims, "only the MERGE and RETRACT records were added")

	_, err = store.MergeEntities(ctx, "ByteDance", "TikTok")
	assert.ErrorIs(t, err, graph.ErrInvalid, "already one entity")
	_, err = store.MergeEntities(ctx, "ByteDance", "Nobody Inc")
	assert.ErrorIs(t, err, graph.ErrNotFound)
	_, err = store.RetractClaim(ctx, "c:0000000000000000", "no such claim")
	assert.ErrorIs(t, err, graph.ErrNotFound)
}

func TestAssertClaimOutranksExtracted(t *testing.T) {
	store := seeded(t)
	ctx := context.Background()
	share := 30.0
	in := graph.AssertInput{Relation: graph.Relation{Type: graph.CustomerOf, Subject: "TikTok", Object: "Microsoft",
		Product: "Azure OpenAI Service", SharePercent: &share, Time: "2024-03"},
		Reason: "checked against the filing", By: "analyst@example.com"}
	c, err := store.AssertClaim(ctx, in)
	require.NoError(t, err)
	assert.Equal(t, "analyst", c.Extractor)
	assert.Equal(t, "checked against the filing", c.Evidence)
	require.NotNil(t, c.Product)
	assert.Equal(t, "Azure OpenAI Service", c.Product.Name)
	again, err := store.AssertClaim(ctx, in)
	require.NoError(t, err)
	assert.Equal(t, c.ID, again.ID, "asserting twice stores one claim")

	check := func(when string) {
		ex, err := store.Exposure(ctx, graph.ExposureQuery{Supplier: "Microsoft", To: "ByteDance"})
		require.NoError(t, err)
		require.NotNil(t, ex.StatedShare, when)
		assert.InDelta(t, 30, ex.StatedShare.Value, 1e-9, "%s: the analyst's share replaces the extracted one", when)
		require.Len(t, ex.ShareClaims, 1, when)
		assert.Equal(t, c.ID, ex.ShareClaims[0].ID, when)
		require.NotNil(t, ex.ComputedShare, when)
		assert.InDelta(t, 24, ex.ComputedShare.Value, 1e-9, "%s: the spend still comes from the article", when)
	}
	check("after asserting")
	reimport(t, store)
	check("after re-importing")

	_, err = store.AssertClaim(ctx, graph.AssertInput{Relation: graph.Relation{Type: "LIKES", Subject: "TikTok", Object: "Microsoft"}})
	assert.ErrorIs(t, err, graph.ErrInvalid)
	_, err = store.AssertClaim(ctx, graph.AssertInput{Relation: graph.Relation{Type: graph.CustomerOf, Subject: "TikTok", Object: "Microsoft", Time: "March"}})
	assert.ErrorIs(t, err, graph.ErrInvalid)
	_, err = store.AssertClaim(ctx, graph.AssertInput{Relation: graph.Relation{Type: graph.CustomerOf, Subject: "Nobody Inc", Object: "Microsoft"}})
	assert.ErrorIs(t, err, graph.ErrNotFound)
}
