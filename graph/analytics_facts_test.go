package graph_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph"
	"github.com/cigraph/cigraph/graph/graphtest"
)

func share(v float64) *float64 { return &v }

// spendDoc is one outlet's report of TikTok's monthly Azure OpenAI spend,
// in our own words; product "" names the supplier only.
func spendDoc(url, publisher, published, product, when string, monthly float64, pct *float64, evidence string) graph.Document {
	ents := []graph.Entity{{Name: "TikTok", Type: graph.Org}, {Name: "Microsoft", Type: graph.Org},
		{Name: "ByteDance", Type: graph.Org}, {Name: "Azure OpenAI Service", Type: graph.Product}}
	return graph.Document{
		Article:   graph.Article{URL: url, Publisher: publisher, Title: "spend report", Text: evidence},
		Published: published,
		Extraction: graph.Extraction{Entities: ents,
			Relations: []graph.Relation{
				{Type: graph.SubsidiaryOf, Subject: "TikTok", Object: "ByteDance", Evidence: evidence},
				{Type: graph.Offers, Subject: "Microsoft", Object: "Azure OpenAI Service", Evidence: evidence},
				{Type: graph.CustomerOf, Subject: "TikTok", Object: "Microsoft", Product: product, Time: when,
					Amount:       &graph.Amount{Value: monthly, Unit: "USD", Period: "month", Qualifier: "approx"},
					SharePercent: pct, Evidence: evidence},
			},
			Metrics: []graph.Metric{{Subject: "Azure OpenAI Service", Metric: "annualized_revenue", Value: 1e9,
				Unit: "USD", Period: "annualized", Qualifier: "exact", Evidence: evidence}},
		},
	}
}

// TestExposureSameFactFromTwoOutlets: two outlets stating the same March
// spend are one fact with two sources; a later month is a newer figure,
// not an addition.
func TestExposureSameFactFromTwoOutlets(t *testing.T) {
	store := graphtest.Open(t)
	ctx := context.Background()
	docs := []graph.Document{
		spendDoc("https://one.example/tiktok", "Outlet One", "2024-04-02", "Azure OpenAI Service", "2024-03", 20e6, share(25),
			"Outlet One says the video app pays about twenty million dollars a month for the Azure OpenAI service."),
		spendDoc("https://two.example/bytedance-ai", "Outlet Two", "2024-04-03", "", "2024-03", 20.5e6, share(25),
			"According to Outlet Two, TikTok's monthly Microsoft bill runs near $20.5 million."),
		spendDoc("https://three.example/may", "Outlet Three", "2024-06-03", "Azure OpenAI Service", "2024-05", 22e6, nil,
			"Outlet Three reports the May bill rose to roughly 22 million dollars."),
	}
	for _, d := range docs {
		d.Extractor = "gold"
		_, err := store.ImportDocument(ctx, d)
		require.NoError(t, err)
	}

	ex, err := store.Exposure(ctx, graph.ExposureQuery{Supplier: "Microsoft", To: "ByteDance", AsOf: date("2024-04-15")})
	require.NoError(t, err)
	require.NotNil(t, ex.StatedShare)
	assert.Equal(t, 25.0, ex.StatedShare.Value, "one stated share, not two")
	require.NotNil(t, ex.ComputedShare)
	assert.Equal(t, 24.0, ex.ComputedShare.Value, "one spend, not two")
	assert.Equal(t, 21.6, ex.ComputedShare.Low)
	require.NotNil(t, ex.ComputedShare.High)
	assert.Equal(t, 26.4, *ex.ComputedShare.High, "rounded, no float noise")
	require.Len(t, ex.Members, 1)
	require.NotEmpty(t, ex.SpendClaims)
	assert.Equal(t, 2, ex.SpendClaims[0].Sources, "both outlets corroborate the March figure")
	assert.Len(t, ex.SpendClaims, 2, "both claims are shown as evidence")
	require.Len(t, ex.RevenueClaims, 1, "one revenue figure, not a sum")
	assert.Equal(t, 2, ex.RevenueClaims[0].Sources, "two outlets state the revenue by mid-April")
	require.NotNil(t, ex.AnnualRevenue)
	assert.Equal(t, 1e9, ex.AnnualRevenue.Value)

	latest, err := store.Exposure(ctx, graph.ExposureQuery{Supplier: "Microsoft", To: "ByteDance"})
	require.NoError(t, err)
	require.NotNil(t, latest.AnnualSpend)
	assert.Equal(t, 264e6, latest.AnnualSpend.Value, "the May figure replaces March")
	require.NotNil(t, latest.ComputedShare)
	assert.Equal(t, 26.4, latest.ComputedShare.Value)
	assert.Equal(t, "2024-05", latest.SpendClaims[0].ValidTime)
	assert.Equal(t, 1, latest.SpendClaims[0].Sources)
	require.NotNil(t, latest.StatedShare)
	assert.Equal(t, 25.0, latest.StatedShare.Value, "the latest stated share is still March's")

	conc, err := store.Concentration(ctx, graph.ConcentrationQuery{Supplier: "Microsoft"})
	require.NoError(t, err)
	require.Len(t, conc.Customers, 1)
	require.NotNil(t, conc.Customers[0].Share)
	assert.Equal(t, 25.0, conc.Customers[0].Share.Value)
	assert.Equal(t, 625.0, conc.HHI)
}

// Warm runs every analytics statement once without error on a graph that
// has data (a broken statement would fail here), and changes nothing.
func TestWarmPlansAnalytics(t *testing.T) {
	store := graphtest.Open(t)
	ctx := context.Background()
	for _, f := range graphtest.GoldFiles(t) {
		graphtest.LoadGold(t, store, f)
	}
	before, err := store.Counts(ctx)
	require.NoError(t, err)
	took, err := store.Warm(ctx)
	require.NoError(t, err)
	t.Logf("warm-up took %v", took)
	after, err := store.Counts(ctx)
	require.NoError(t, err)
	assert.Equal(t, before, after)
}
