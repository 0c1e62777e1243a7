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

// seeded opens a wiped test database with both seed gold files imported.
func seeded(t *testing.T) *graph.Store {
	t.Helper()
	store := graphtest.Open(t)
	for _, f := range graphtest.GoldFiles(t) {
		graphtest.LoadGold(t, store, f)
	}
	return store
}

func date(s string) *time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return &t
}

func claimTypes(cs []graph.Claim) []string {
	out := []string{}
	for _, c := range cs {
		out = append(out, c.Type)
	}
	return out
}

func TestExposureSeeds(t *testing.T) {
	store := seeded(t)
	ctx := context.Background()
	before := store.RoundTrips()
	ex, err := store.Exposure(ctx, graph.ExposureQuery{Supplier: "Microsoft", To: "ByteDance"})
	require.NoError(t, err)
	assert.Equal(t, int64(1), store.RoundTrips()-before, "one round trip")
	assert.Equal(t, "org:microsoft", ex.Supplier.ID)
	assert.Equal(t, "org:bytedance", ex.Group.ID)
	require.NotNil(t, ex.Product)
	assert.Equal(t, "Azure OpenAI Service", ex.Product.Name)

	require.NotNil(t, ex.StatedShare)
	assert.InDelta(t, 25, ex.StatedShare.Value, 1e-9)
	require.NotNil(t, ex.ComputedShare)
	assert.InDelta(t, 24, ex.ComputedShare.Value, 1e-9)
	assert.InDelta(t, 21.6, ex.ComputedShare.Low, 1e-9, "approx spend is +-10%")
	require.NotNil(t, ex.ComputedShare.High)
	assert.InDelta(t, 26.4, *ex.ComputedShare.High, 1e-9)
	require.NotNil(t, ex.AnnualSpend)
	assert.InDelta(t, 240e6, ex.AnnualSpend.Value, 1)
	require.NotNil(t, ex.AnnualRevenue)
	assert.InDelta(t, 1e9, ex.AnnualRevenue.Value, 1)
	assert.False(t, ex.RevenueIsForecast)

	require.Len(t, ex.Members, 1)
	assert.Equal(t, "TikTok", ex.Members[0].Entity.Name)
	require.NotNil(t, ex.Members[0].StatedShare)
	assert.InDelta(t, 25, *ex.Members[0].StatedShare, 1e-9)

	require.Len(t, ex.SpendClaims, 1)
	spend := ex.SpendClaims[0]
	assert.Contains(t, spend.Evidence, "$20 million")
	assert.Equal(t, "2024-03", spend.ValidTime)
	assert.False(t, spend.KnownAt.IsZero())
	require.NotNil(t, spend.Article)
	require.Len(t, ex.RevenueClaims, 1)
	rev := ex.RevenueClaims[0]
	assert.Contains(t, rev.Evidence, "$1 billion in annualized revenue")
	require.NotNil(t, rev.Article)
	assert.Equal(t, "https://aibase.com/news/9877", rev.Article.URL)
	require.Len(t, ex.ShareClaims, 1)
	assert.Equal(t, spend.ID, ex.ShareClaims[0].ID)

	withProduct, err := store.Exposure(ctx, graph.ExposureQuery{Supplier: "Microsoft", To: "ByteDance", Product: "Azure OpenAI Service"})
	require.NoError(t, err)
	require.NotNil(t, withProduct.ComputedShare)
	assert.InDelta(t, 24, withProduct.ComputedShare.Value, 1e-9)
	other, err := store.Exposure(ctx, graph.ExposureQuery{Supplier: "Microsoft", To: "ByteDance", Product: "Copilot"})
	require.NoError(t, err)
	assert.Empty(t, other.Members, "ByteDance buys no Copilot")
	assert.Nil(t, other.ComputedShare)
}

func TestExposureAsOfAndKnownAt(t *testing.T) {
	store := seeded(t)
	ctx := context.Background()

	ex, err := store.Exposure(ctx, graph.ExposureQuery{Supplier: "Microsoft", To: "ByteDance", AsOf: date("2024-02-29")})
	require.NoError(t, err)
	assert.Empty(t, ex.Members, "the March spend is not counted before March")
	assert.Nil(t, ex.AnnualSpend)
	assert.Nil(t, ex.StatedShare)
	assert.Nil(t, ex.ComputedShare)

	ex, err = store.Exposure(ctx, graph.ExposureQuery{Supplier: "Microsoft", To: "ByteDance", AsOf: date("2024-03-31")})
	require.NoError(t, err)
	require.NotNil(t, ex.StatedShare)
	require.NotNil(t, ex.AnnualSpend)
	require.NotNil(t, ex.ComputedShare)
	assert.InDelta(t, 24, ex.ComputedShare.Value, 1e-9)
	assert.True(t, ex.RevenueIsForecast, "in March only the expected $1B for 2024 is known")
	require.Len(t, ex.RevenueClaims, 1)
	assert.True(t, ex.RevenueClaims[0].Forecast)
	assert.Equal(t, "2024", ex.RevenueClaims[0].ValidTime)

	past := time.Now().Add(-time.Hour)
	ex, err = store.Exposure(ctx, graph.ExposureQuery{Supplier: "Microsoft", To: "ByteDance", KnownAt: &past})
	require.NoError(t, err)
	assert.Empty(t, ex.Members)
	assert.Empty(t, ex.SpendClaims)
	assert.Empty(t, ex.RevenueClaims)
	assert.Nil(t, ex.StatedShare)
	assert.Nil(t, ex.ComputedShare)
}
