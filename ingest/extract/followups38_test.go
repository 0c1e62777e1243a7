package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
)

// A deal noun before the clause that made it: the maker partners with
// each company after "with" (a carriage deal's distributor is a customer).
func TestRelativeDealClause(t *testing.T) {
	assertRels(t, []relCase{
		{"The terms resemble earlier contracts Sony signed with Tencent and NetEase.", graph.PartnersWith, "Sony", "Tencent"},
		{"The terms resemble earlier contracts Sony signed with Tencent and NetEase.", graph.PartnersWith, "Sony", "NetEase"},
		{"The pact that Siemens reached with Nokia covers factory networks.", graph.PartnersWith, "Siemens", "Nokia"},
		{"The carriage deals Paramount reached with Comcast and Charter expire next year.", graph.CustomerOf, "Charter", "Paramount"},
	})
	refuteRels(t, []relCase{
		{"Analysts said the agreement Apple might sign with Google is large.", graph.PartnersWith, "Apple", "Google"},
	})
}

// ", with A and B taking the biggest share": each is a supplier of the
// spender, and neither is given the shared amount.
func TestSharedSpendSuppliers(t *testing.T) {
	text := "Nestle spent $5 billion on cloud services last year, with Amazon, Microsoft and Oracle getting most of it."
	assertRels(t, []relCase{
		{text, graph.CustomerOf, "Nestle", "Amazon"},
		{text, graph.CustomerOf, "Nestle", "Oracle"},
	})
	out := run(t, text, "2025-03-10")
	for _, r := range out.Relations {
		assert.Nil(t, r.Amount, "%+v", r)
	}
}

// "rose to X% from Y% a year earlier": the earlier value is dated a year
// before the first, or dropped when the first has no time.
func TestPriorValueDated(t *testing.T) {
	out := run(t, "Adobe said third-quarter gross margin rose to 42.1% from 39.5% a year earlier.", "2025-03-10")
	times := map[float64]string{}
	for _, m := range out.Metrics {
		times[m.Value] = m.Time
	}
	assert.Equal(t, "2024-Q3", times[42.1], "%+v", out.Metrics)
	assert.Equal(t, "2023-Q3", times[39.5], "%+v", out.Metrics)
	out = run(t, "Adobe's gross margin fell to 16.3% from 18.2% a year earlier.", "2025-03-10")
	for _, m := range out.Metrics {
		assert.NotEqual(t, 18.2, m.Value, "an undated earlier value: %+v", out.Metrics)
	}
}

// "the fintech", "the biotech", "the streamer" alone name the company
// before; "the fintech startup" reads on to its head, "the biotech
// sector" names none.
func TestModifierHeads(t *testing.T) {
	assertRels(t, []relCase{
		{"Monzo reported record profit. The fintech acquired Acme Payments.", graph.Acquires, "Monzo", "Acme Payments"},
		{"Monzo reported record profit. The fintech startup acquired Acme Payments.", graph.Acquires, "Monzo", "Acme Payments"},
		{"Vertex reported results. The biotech partnered with Novartis.", graph.PartnersWith, "Vertex", "Novartis"},
		{"Hulu reported results. The streamer partnered with Roku.", graph.PartnersWith, "Hulu", "Roku"},
	})
	refuteRels(t, []relCase{
		{"Vertex reported results. The biotech sector partnered with Novartis.", graph.PartnersWith, "Vertex", "Novartis"},
	})
}
