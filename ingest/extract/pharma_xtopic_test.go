package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// "will pay Y $N and invest $M in Y": the base verb after "and" shares the
// subject of the modal verb (rel_conjoined_verb.go afterModal).
func TestXtopicSecondBaseVerb(t *testing.T) {
	assertRels(t, []relCase{
		{"Halvard Pharma will pay Corvane Bio $300 million upfront and invest $75 million in Corvane Bio shares.", graph.InvestsIn, "Halvard Pharma", "Corvane Bio"},
		{"Ostara agreed to pay Kelvane $40 million and buy $20 million of Kelvane stock.", graph.InvestsIn, "Ostara", "Kelvane"},
	})
}

// A payment "to co-develop" buys a partnership, not goods
// (rel_pay_cowork.go); the "up to" total stays on it.
func TestXtopicPayToCoDevelop(t *testing.T) {
	x := run(t, "Halvard Pharma has agreed to pay Corvane Bio up to $2.5 billion to co-develop and co-commercialize a lung cancer drug.", "2025-03-10")
	r := hasRel(x, graph.PartnersWith, "Halvard Pharma", "Corvane Bio")
	require.NotNil(t, r, "%+v", x.Relations)
	require.NotNil(t, r.Amount)
	assert.Equal(t, "up_to", r.Amount.Qualifier)
	assert.Nil(t, hasRel(x, graph.CustomerOf, "Halvard Pharma", "Corvane Bio"))
}

// "in-licensed X from Y" and "out-licensed X to Y" (rel_license.go); "a
// deal with Y to commercialize ..." is a partnership (rel_deal_purpose.go).
func TestXtopicLicensingVerbs(t *testing.T) {
	assertRels(t, []relCase{
		{"Ostara Bio in-licensed the antibody from Kelvane Biosciences last year.", graph.CustomerOf, "Ostara Bio", "Kelvane Biosciences"},
		{"Kelvane Biosciences out-licensed the antibody to Ostara Bio for $60 million.", graph.CustomerOf, "Ostara Bio", "Kelvane Biosciences"},
		{"Halvard Pharma has signed a deal with Corvane Bio to commercialize its biosimilars in Europe.", graph.PartnersWith, "Halvard Pharma", "Corvane Bio"},
	})
}

// Listed holders paired with listed stakes, and "each hold" (rel_stake_list.go).
func TestXtopicPairedStakes(t *testing.T) {
	x := run(t, "Norvik Capital and Astell Partners hold 9% and 6% of Corvane Bio, respectively.", "2025-03-10")
	assertShare(t, x, graph.InvestsIn, "Norvik Capital", "Corvane Bio", 9)
	assertShare(t, x, graph.InvestsIn, "Astell Partners", "Corvane Bio", 6)
	x = run(t, "Norvik Capital, Astell Partners and Brightwater own 8%, 5% and 3% of Kelvane.", "2025-03-10")
	assertShare(t, x, graph.InvestsIn, "Brightwater", "Kelvane", 3)
	x = run(t, "Norvik Capital and Astell Partners each hold about 5% of Corvane Bio.", "2025-03-10")
	assertShare(t, x, graph.InvestsIn, "Norvik Capital", "Corvane Bio", 5)
	assertShare(t, x, graph.InvestsIn, "Astell Partners", "Corvane Bio", 5)
}

// "A and B accounted for 22% and 14% of its revenue, respectively": the
// owner is the story's company, never one of the listed customers
// (rel_shares_more.go listShareOwner).
func TestXtopicListedSharesOwner(t *testing.T) {
	x := run(t, "Trellis Footwear said sales rose. Walmart and Target accounted for 22% and 14% of its revenue, respectively.", "2025-03-10")
	assertShare(t, x, graph.CustomerOf, "Walmart", "Trellis Footwear", 22)
	assertShare(t, x, graph.CustomerOf, "Target", "Trellis Footwear", 14)
	refuteRels(t, []relCase{
		{"Trellis Footwear said sales rose. Walmart and Target accounted for 22% and 14% of net sales, respectively.", graph.CustomerOf, "Walmart", "Target"},
		{"Walmart and Target accounted for 22% and 14% of revenue, respectively.", graph.CustomerOf, "Target", "Walmart"},
	})
}

// A year before a comma counts no customers (metrics.go countNoun).
func TestXtopicYearNoCustomerCount(t *testing.T) {
	x := run(t, "Lumen Fiber, which bought Brightline Telecom in 2023, said subscribers rose.", "2025-03-10")
	for _, m := range x.Metrics {
		assert.NotEqual(t, "customers", m.Metric, "%+v", m)
	}
	x = run(t, "Lumen Fiber has 2.4 million broadband customers.", "2025-03-10")
	assert.NotNil(t, pharmaMetric(x, "Lumen Fiber", "customers"), "%+v", x.Metrics)
}

// A unit's sales are not the parent's revenue (metrics_unit_figure.go).
func TestXtopicUnitSalesNotParent(t *testing.T) {
	x := run(t, "Corvane Systems reported results on Monday. Sales at its cloud unit climbed to $1.4 billion.", "2025-03-10")
	assert.Nil(t, pharmaMetric(x, "Corvane Systems", "revenue"), "%+v", x.Metrics)
	x = run(t, "Revenue at Corvane Systems' hardware division fell 4% to $900 million.", "2025-03-10")
	assert.Empty(t, x.Metrics)
	x = run(t, "Sales at Corvane Systems climbed to $1.4 billion.", "2025-03-10")
	assert.NotNil(t, pharmaMetric(x, "Corvane Systems", "revenue"), "%+v", x.Metrics)
}

// "X, the maker of Y" offers Y, a product the lexicon does not know
// (rel_maker_of.go).
func TestXtopicMakerOfUnknownProduct(t *testing.T) {
	assertRels(t, []relCase{
		{"Zealand Pharma, the maker of the obesity drug Petrelin, reported higher sales.", graph.Offers, "Zealand Pharma", "Petrelin"},
		{"Kelvane Biosciences is the maker of Dapiglu and Sorvex.", graph.Offers, "Kelvane Biosciences", "Sorvex"},
	})
	refuteRels(t, []relCase{
		{"Foxconn, the maker of Apple's iPhone, said sales rose.", graph.Offers, "Foxconn", "iPhone"},
	})
}
