package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph"
)

// Sentences written for these tests; the company names are invented.
func TestNewsPhrasingFrames(t *testing.T) {
	cases := []struct{ text, typ, subj, obj string }{
		{"Kestrel Batteries is spending about $3 million a month with Orbital Systems Inc. to run its models.", graph.CustomerOf, "Kestrel Batteries", "Orbital Systems"},
		{"Zephyr Motors and Halcyon Trucks each paid Orbital Systems Inc. millions of dollars a month for compute.", graph.CustomerOf, "Halcyon Trucks", "Orbital Systems"},
		{"Zephyr Motors and Halcyon Trucks each paid Orbital Systems Inc. millions of dollars a month for compute.", graph.CustomerOf, "Zephyr Motors", "Orbital Systems"},
		{"Pebble Analytics has decided to partner directly with Orbital Systems Inc. instead of a reseller.", graph.CustomerOf, "Pebble Analytics", "Orbital Systems"},
		{"Granite Capital, the Denver company that owns Lumen Grid, reported earnings on Monday.", graph.SubsidiaryOf, "Lumen Grid", "Granite Capital"},
		{"Jordan Miles, Orbital Systems Inc.'s chief executive, said demand was strong.", graph.Leads, "Jordan Miles", "Orbital Systems"},
	}
	for _, c := range cases {
		out := run(t, c.text, "2024-05-01")
		assert.NotNil(t, hasRel(out, c.typ, c.subj, c.obj), "%s: %+v", c.text, out.Relations)
	}
}

func TestDirectlyIsNotAlliance(t *testing.T) {
	out := run(t, "Pebble Analytics has decided to partner directly with Orbital Systems Inc. instead of a reseller.", "2024-05-01")
	assert.Nil(t, hasRel(out, graph.PartnersWith, "Pebble Analytics", "Orbital Systems"))
}

func TestRelativeClauseSubject(t *testing.T) {
	// the buyers are anonymous "companies", not the vendor named earlier
	out := run(t, "Orbital Systems Inc. wants more companies that buy Lumen Grid's servers.", "2024-05-01")
	assert.Nil(t, hasRel(out, graph.CustomerOf, "Orbital Systems", "Lumen Grid"), "%+v", out.Relations)
}

func TestShareOfPaymentsJoinsSpendingFact(t *testing.T) {
	text := "Kestrel Batteries is spending nearly $3 million a month with Orbital Systems Inc. to run its models.\n" +
		"The payments, counted as of April 2024, made up about 15% of what Orbital Systems was earning from the product."
	out := run(t, text, "2024-06-05")
	r := hasRel(out, graph.CustomerOf, "Kestrel Batteries", "Orbital Systems")
	require.NotNil(t, r, "%+v", out.Relations)
	require.NotNil(t, r.Amount)
	assert.Equal(t, 3e6, r.Amount.Value)
	assert.Equal(t, "month", r.Amount.Period)
	require.NotNil(t, r.SharePercent)
	assert.Equal(t, 15.0, *r.SharePercent)
	assert.Equal(t, "2024-04", r.Time)
}

func TestProductCustomerApposition(t *testing.T) {
	text := "Microsoft reported strong cloud demand. Halcyon Trucks, a long-time Azure customer, renewed its contract."
	out := run(t, text, "2024-05-01")
	assert.NotNil(t, hasRel(out, graph.CustomerOf, "Halcyon Trucks", "Microsoft"), "%+v", out.Relations)
}

func TestDealValueSentence(t *testing.T) {
	text := "Zephyr Motors is buying Halcyon Trucks in a deal valued at $8 billion.\n" +
		"The transaction's value, including debt, is about $9.1 billion, making it Zephyr's largest deal since acquiring Kestrel Batteries a decade ago."
	out := run(t, text, "2024-05-01")
	var vals []float64
	for _, r := range out.Relations {
		if r.Type == graph.Acquires && r.Amount != nil {
			vals = append(vals, r.Amount.Value)
			assert.Equal(t, "Halcyon Trucks", r.Object, "%+v", r)
		}
	}
	assert.ElementsMatch(t, []float64{8e9, 9.1e9}, vals)
}

func TestLeadAmount(t *testing.T) {
	text := "Zephyr Motors is spending $6 billion to widen its truck range.\n" +
		"The company said on Monday it is acquiring Halcyon Trucks for $31 per share."
	out := run(t, text, "2024-05-01")
	r := hasRel(out, graph.Acquires, "Zephyr Motors", "Halcyon Trucks")
	require.NotNil(t, r, "%+v", out.Relations)
	require.NotNil(t, r.Amount)
	assert.Equal(t, 6e9, r.Amount.Value)
}
