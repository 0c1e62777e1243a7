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

func pct(v float64) *float64 { return &v }

// acmeDoc is a made-up article: Acme Cloud sells Acme Compute (US$1.2B a
// year) to four customers with known shares 40, 30, 10 (computed) and at
// least 1 (computed from an at-least spend).
func acmeDoc() graph.Document {
	ev := func(s string) string { return "Fixture sentence about " + s + "." }
	cust := func(who string) graph.Relation {
		return graph.Relation{Type: graph.CustomerOf, Subject: who, Object: "Acme Cloud", Product: "Acme Compute",
			Status: graph.StatusCurrent, Time: "2024-05", Evidence: ev(who)}
	}
	alpha, beta, gamma, delta := cust("Alpha Retail"), cust("Beta Bank"), cust("Gamma Games"), cust("Delta Labs")
	alpha.SharePercent, beta.SharePercent = pct(40), pct(30)
	gamma.Amount = &graph.Amount{Value: 10e6, Unit: "USD", Period: "month", Qualifier: "exact"}
	delta.Amount = &graph.Amount{Value: 1e6, Unit: "USD", Period: "month", Qualifier: "at_least"}
	doc := graph.Document{Published: "2024-06-01", Extractor: "fixture"}
	doc.URL, doc.Title = "https://example.com/acme-customers", "Acme customers"
	doc.Text = "A made-up article for the concentration tests."
	for _, e := range []graph.Entity{{Name: "Acme Cloud", Type: graph.Org}, {Name: "Acme Compute", Type: graph.Product},
		{Name: "Alpha Retail", Type: graph.Org}, {Name: "Beta Bank", Type: graph.Org}, {Name: "Gamma Games", Type: graph.Org},
		{Name: "Delta Labs", Type: graph.Org}, {Name: "Omega Holdings", Type: graph.Org}} {
		doc.Entities = append(doc.Entities, graph.Entity{Name: e.Name, Type: e.Type, Aliases: []string{}})
	}
	doc.Relations = []graph.Relation{alpha, beta, gamma, delta,
		{Type: graph.Offers, Subject: "Acme Cloud", Object: "Acme Compute", Evidence: ev("the offer")},
		{Type: graph.SubsidiaryOf, Subject: "Delta Labs", Object: "Omega Holdings", Evidence: ev("the parent")}}
	doc.Metrics = []graph.Metric{{Subject: "Acme Compute", Metric: "revenue", Value: 1.2e9, Unit: "USD",
		Period: "year", Qualifier: "exact", Time: "2024", Evidence: ev("revenue")}}
	return doc
}

func TestConcentrationHHI(t *testing.T) {
	store := graphtest.Open(t)
	ctx := context.Background()
	_, err := store.ImportDocument(ctx, acmeDoc())
	require.NoError(t, err)

	before := store.RoundTrips()
	c, err := store.Concentration(ctx, graph.ConcentrationQuery{Supplier: "Acme Cloud", TopN: 2})
	require.NoError(t, err)
	assert.Equal(t, int64(1), store.RoundTrips()-before, "one round trip")
	require.NotNil(t, c.Product, "every claim names Acme Compute")
	assert.Equal(t, "Acme Compute", c.Product.Name)
	require.NotNil(t, c.AnnualRevenue)
	assert.InDelta(t, 1.2e9, c.AnnualRevenue.Value, 1)

	require.Len(t, c.Customers, 4)
	names, shares := []string{}, []float64{}
	for _, cs := range c.Customers {
		require.NotNil(t, cs.Share, cs.Customer.Name)
		names = append(names, cs.Customer.Name)
		shares = append(shares, cs.Share.Value)
	}
	assert.Equal(t, []string{"Alpha Retail", "Beta Bank", "Gamma Games", "Delta Labs"}, names)
	assert.InDeltaSlice(t, []float64{40, 30, 10, 1}, shares, 1e-9)
	assert.InDelta(t, 40, c.Top1Share, 1e-9)
	assert.InDelta(t, 70, c.TopNShare, 1e-9)
	assert.InDelta(t, 1600+900+100+1, c.HHI, 1e-6)
	assert.InDelta(t, 81, c.CoveredShare, 1e-9)
	delta := c.Customers[3]
	assert.InDelta(t, 1, delta.Share.Low, 1e-9)
	assert.Nil(t, delta.Share.High, "an at-least spend has no upper bound")

	withProduct, err := store.Concentration(ctx, graph.ConcentrationQuery{Supplier: "Acme Cloud", Product: "Acme Compute"})
	require.NoError(t, err)
	assert.Equal(t, 5, withProduct.TopN)
	assert.InDelta(t, c.HHI, withProduct.HHI, 1e-6)

	_, err = store.Concentration(ctx, graph.ConcentrationQuery{Supplier: "Nobody Inc"})
	assert.ErrorIs(t, err, graph.ErrNotFound)
}

func TestExposureRangeAtLeastAndGroup(t *testing.T) {
	store := graphtest.Open(t)
	ctx := context.Background()
	_, err := store.ImportDocument(ctx, acmeDoc())
	require.NoError(t, err)

	ex, err := store.Exposure(ctx, graph.ExposureQuery{Supplier: "Acme Cloud", To: "Omega Holdings"})
	require.NoError(t, err)
	require.Len(t, ex.Members, 1)
	assert.Equal(t, "Delta Labs", ex.Members[0].Entity.Name, "the subsidiary carries the spend")
	require.NotNil(t, ex.AnnualSpend)
	assert.InDelta(t, 12e6, ex.AnnualSpend.Value, 1)
	assert.Nil(t, ex.AnnualSpend.High)
	require.NotNil(t, ex.ComputedShare)
	assert.InDelta(t, 1, ex.ComputedShare.Value, 1e-9)
	assert.InDelta(t, 1, ex.ComputedShare.Low, 1e-9)
	assert.Nil(t, ex.ComputedShare.High, "at least $1M a month: no upper bound")
	assert.Nil(t, ex.StatedShare)

	_, err = store.Exposure(ctx, graph.ExposureQuery{Supplier: "Acme Cloud", To: "Nobody Inc"})
	assert.ErrorIs(t, err, graph.ErrNotFound)
	_, err = store.Exposure(ctx, graph.ExposureQuery{Supplier: "Acme Cloud", To: "Omega Holdings", Product: "No Such Thing"})
	assert.ErrorIs(t, err, graph.ErrNotFound)
	_, err = store.Exposure(ctx, graph.ExposureQuery{Supplier: "", To: "Omega Holdings"})
	assert.ErrorIs(t, err, graph.ErrInvalid)
}

// acmeFollowUpDoc is a later made-up article: a fifth customer with a
// stated 20% share, and Acme Compute's revenue revised to US$2.4B.
func acmeFollowUpDoc() graph.Document {
	doc := graph.Document{Published: "2024-07-01", Extractor: "fixture"}
	doc.URL, doc.Title = "https://example.com/acme-follow-up", "Acme follow-up"
	doc.Text = "A later made-up article for the concentration tests."
	for _, e := range []graph.Entity{{Name: "Acme Cloud", Type: graph.Org}, {Name: "Acme Compute", Type: graph.Product},
		{Name: "Epsilon Media", Type: graph.Org}} {
		doc.Entities = append(doc.Entities, graph.Entity{Name: e.Name, Type: e.Type, Aliases: []string{}})
	}
	doc.Relations = []graph.Relation{{Type: graph.CustomerOf, Subject: "Epsilon Media", Object: "Acme Cloud",
		Product: "Acme Compute", Status: graph.StatusCurrent, Time: "2024-06", SharePercent: pct(20),
		Evidence: "Fixture sentence about Epsilon Media."}}
	doc.Metrics = []graph.Metric{{Subject: "Acme Compute", Metric: "revenue", Value: 2.4e9, Unit: "USD",
		Period: "year", Qualifier: "exact", Time: "2024", Evidence: "Fixture sentence about the revised revenue."}}
	return doc
}

// importLearnedLater imports acmeDoc, then acmeFollowUpDoc, and returns an
// instant between the two ingestions.
func importLearnedLater(t *testing.T, store *graph.Store) time.Time {
	t.Helper()
	ctx := context.Background()
	_, err := store.ImportDocument(ctx, acmeDoc())
	require.NoError(t, err)
	between := time.Now().UTC()
	time.Sleep(5 * time.Millisecond)
	_, err = store.ImportDocument(ctx, acmeFollowUpDoc())
	require.NoError(t, err)
	return between
}

func customerNames(c *graph.Concentration) []string {
	out := []string{}
	for _, cs := range c.Customers {
		out = append(out, cs.Customer.Name)
	}
	return out
}

func TestConcentrationKnownAt(t *testing.T) {
	store := graphtest.Open(t)
	ctx := context.Background()
	between := importLearnedLater(t, store)

	now, err := store.Concentration(ctx, graph.ConcentrationQuery{Supplier: "Acme Cloud"})
	require.NoError(t, err)
	assert.Equal(t, []string{"Alpha Retail", "Beta Bank", "Epsilon Media", "Gamma Games", "Delta Labs"}, customerNames(now))
	require.NotNil(t, now.AnnualRevenue)
	assert.InDelta(t, 2.4e9, now.AnnualRevenue.Value, 1, "the revised revenue is the latest known")
	assert.InDelta(t, 1600+900+400+25+0.25, now.HHI, 1e-6)

	then, err := store.Concentration(ctx, graph.ConcentrationQuery{Supplier: "Acme Cloud", KnownAt: &between})
	require.NoError(t, err)
	assert.Equal(t, []string{"Alpha Retail", "Beta Bank", "Gamma Games", "Delta Labs"}, customerNames(then),
		"Epsilon Media was learned after knownAt")
	require.NotNil(t, then.AnnualRevenue)
	assert.InDelta(t, 1.2e9, then.AnnualRevenue.Value, 1, "only the first revenue figure was known")
	require.Len(t, then.RevenueClaims, 1)
	assert.False(t, then.RevenueClaims[0].KnownAt.After(between))
	assert.InDelta(t, 1600+900+100+1, then.HHI, 1e-6)
	assert.InDelta(t, 81, then.CoveredShare, 1e-9)

	before := between.Add(-time.Hour)
	none, err := store.Concentration(ctx, graph.ConcentrationQuery{Supplier: "Acme Cloud", KnownAt: &before})
	require.NoError(t, err)
	assert.Empty(t, none.Customers, "nothing was known an hour before the first ingestion")
	assert.Nil(t, none.AnnualRevenue)
	assert.Zero(t, none.HHI)
}
