package graph_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph"
	"github.com/cigraph/cigraph/graph/graphtest"
)

func TestEntityByNameAndSearch(t *testing.T) {
	store := graphtest.Open(t)
	ctx := context.Background()
	loadGold(t, store)

	for _, name := range []string{"Microsoft", "microsoft corp.", "Microsoft's", "org:microsoft"} {
		e, err := store.EntityByName(ctx, name)
		require.NoError(t, err, name)
		assert.Equal(t, "org:microsoft", e.ID, name)
	}
	svc, err := store.EntityByName(ctx, "Azure OpenAI services") // a declared alias
	require.NoError(t, err)
	assert.Equal(t, "product:azure-openai-service", svc.ID)
	assert.Contains(t, svc.Aliases, "Azure OpenAI services")
	_, err = store.EntityByName(ctx, "Nobody Ltd")
	assert.ErrorIs(t, err, graph.ErrNotFound)

	found, err := store.SearchEntities(ctx, "azure open", 5)
	require.NoError(t, err)
	require.NotEmpty(t, found)
	assert.Equal(t, "product:azure-openai-service", found[0].ID)
	for _, q := range []string{`GPT-4`, `"(OR) [x]:*?~\`, `AND`} {
		_, err := store.SearchEntities(ctx, q, 5)
		assert.NoError(t, err, q)
	}
	gpt, err := store.SearchEntities(ctx, "GPT-4", 5)
	require.NoError(t, err)
	require.NotEmpty(t, gpt)
	assert.Equal(t, "product:gpt-4", gpt[0].ID)
}

func TestClaimsFilters(t *testing.T) {
	store := graphtest.Open(t)
	ctx := context.Background()
	loadGold(t, store)

	tiktok, err := store.Claims(ctx, graph.ClaimFilter{Subject: "TikTok", Type: graph.CustomerOf})
	require.NoError(t, err)
	require.Len(t, tiktok, 1)
	c := tiktok[0]
	assert.Equal(t, "org:microsoft", c.Object.ID)
	require.NotNil(t, c.Product)
	assert.Equal(t, "product:azure-openai-service", c.Product.ID)
	require.NotNil(t, c.Article)
	assert.Equal(t, "2024-03", c.ValidTime)

	toMicrosoft, err := store.Claims(ctx, graph.ClaimFilter{Object: "Microsoft", Type: graph.CustomerOf})
	require.NoError(t, err)
	subjects := map[string]bool{}
	for _, c := range toMicrosoft {
		subjects[c.Subject.ID] = true
		assert.Equal(t, "org:microsoft", c.Object.ID)
	}
	assert.Equal(t, map[string]bool{"org:tiktok": true, "org:walmart": true, "org:intuit": true, "org:g42": true, "org:openai": true}, subjects)

	// asOf: only what held by the end of February 2024 (dated before, or undated from articles published before).
	asOf := time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)
	early, err := store.Claims(ctx, graph.ClaimFilter{Object: "Microsoft", Type: graph.CustomerOf, AsOf: &asOf})
	require.NoError(t, err)
	for _, c := range early {
		require.NotNil(t, c.ValidFrom, c.ID)
		assert.False(t, c.ValidFrom.After(asOf), c.ID)
	}
	assert.Len(t, early, 2, "Walmart and Intuit in 2024-Q1")

	before := time.Now().Add(-time.Hour)
	none, err := store.Claims(ctx, graph.ClaimFilter{KnownAt: &before})
	require.NoError(t, err)
	assert.Empty(t, none)

	metrics, err := store.Claims(ctx, graph.ClaimFilter{Subject: "Azure OpenAI Service", Type: "annualized_revenue"})
	require.NoError(t, err)
	assert.Len(t, metrics, 2)

	unknown, err := store.Claims(ctx, graph.ClaimFilter{Subject: "Nobody"})
	require.NoError(t, err)
	assert.Empty(t, unknown)
}

func TestClaimsPagingAndByIDs(t *testing.T) {
	store := graphtest.Open(t)
	ctx := context.Background()
	loadGold(t, store)
	all := allClaims(t, store)
	for i := 1; i < len(all); i++ {
		assert.Less(t, all[i-1].ID, all[i].ID)
	}
	ids := []string{all[3].ID, all[0].ID, "c:missing"}
	got, err := store.ClaimsByIDs(ctx, ids)
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, all[0].ID, got[0].ID)
	assert.Equal(t, all[0], got[0])

	ofOpenAI, err := store.ClaimsOfEntity(ctx, "OpenAI", 100, "")
	require.NoError(t, err)
	for _, c := range ofOpenAI {
		assert.True(t, c.Subject.ID == "org:openai" || (c.Object != nil && c.Object.ID == "org:openai"), c.ID)
	}
	assert.Greater(t, len(ofOpenAI), 8)

	arts, err := store.Articles(ctx, 1, "")
	require.NoError(t, err)
	require.Len(t, arts, 1)
	rest, err := store.Articles(ctx, 10, arts[0].ID)
	require.NoError(t, err)
	require.Len(t, rest, 1)
	assert.Less(t, arts[0].ID, rest[0].ID)
}
