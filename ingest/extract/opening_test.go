package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
)

// TestOpeningParticiple: "Backed by A and B, X ..." — the agents back X;
// "Founded"/"Headquartered" are no names; a time in the opening clause
// does not date the main clause's facts.
func TestOpeningParticiple(t *testing.T) {
	assertRels(t, []relCase{
		{"Backed by Nvidia and Cisco, Mistral AI sells its models to BNP Paribas.", graph.InvestsIn, "Cisco", "Mistral AI"},
		{"Backed by Nvidia and Cisco, Mistral AI sells its models to BNP Paribas.", graph.CustomerOf, "BNP Paribas", "Mistral AI"},
		{"Owned by SoftBank, Arm licenses chip designs to Apple.", graph.SubsidiaryOf, "Arm", "SoftBank"},
	})
	refuteRels(t, []relCase{
		{"Backed by Nvidia and Cisco, Mistral AI sells its models to BNP Paribas.", graph.InvestsIn, "Mistral AI", "Mistral AI"},
		{"Founded in 2023 by three researchers, Mistral AI sells its models to BNP Paribas.", graph.Acquires, "BNP Paribas", "Founded"},
	})
	out := run(t, "Founded in 2023 by three researchers, Mistral AI sells its models to BNP Paribas.", "2025-03-25")
	for _, e := range out.Entities {
		assert.NotEqual(t, "Founded", e.Name)
	}
	if r := hasRel(out, graph.CustomerOf, "BNP Paribas", "Mistral AI"); assert.NotNil(t, r, "%+v", out.Relations) {
		assert.NotEqual(t, "2023", r.Time, "the founding year does not date the sale")
	}
}

// TestSellsItsGoods: "X sells its models to Y" is a sale of goods (Y buys
// from X), not of X; "X sold Z to Y" still is a divestiture.
func TestSellsItsGoods(t *testing.T) {
	assertRels(t, []relCase{
		{"Mistral AI sells its models to enterprises such as BNP Paribas, AXA and Stellantis.", graph.CustomerOf, "AXA", "Mistral AI"},
		{"Intel sold Altera to Silver Lake.", graph.Acquires, "Silver Lake", "Altera"},
	})
	refuteRels(t, []relCase{
		{"Mistral AI sells its models to BNP Paribas.", graph.Acquires, "BNP Paribas", "Mistral AI"},
	})
}

// TestValuationIsNoInvestment: "The deal values Y at N" after an investment
// is Y's valuation, not the sum invested; after an acquisition it is the
// price.
func TestValuationIsNoInvestment(t *testing.T) {
	out := run(t, "Nvidia invested in Mistral AI. The deal values Mistral at €11.7 billion post-money.", "2025-03-25")
	if r := hasRel(out, graph.InvestsIn, "Nvidia", "Mistral AI"); assert.NotNil(t, r) {
		assert.Nil(t, r.Amount)
	}
	out = run(t, "Nvidia agreed to buy Mistral AI. The deal values Mistral at €11.7 billion.", "2025-03-25")
	if r := hasRel(out, graph.Acquires, "Nvidia", "Mistral AI"); assert.NotNil(t, r) && assert.NotNil(t, r.Amount) {
		assert.Equal(t, 11.7e9, r.Amount.Value)
	}
}
