package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// "after it agreed to buy it for $N": a pronoun subject of the clause is
// the main clause's own, so the amount tells the same deal (rel_subclause.go).
func TestAfterClausePronounKeepsAmount(t *testing.T) {
	out := run(t, "Castor Labs completed its purchase of Zenta Robotics in November, 18 months after it agreed to buy it for $61 billion.", "2024-06-05")
	r := hasRel(out, graph.Acquires, "Castor Labs", "Zenta Robotics")
	require.NotNil(t, r)
	require.NotNil(t, r.Amount)
	assert.InDelta(t, 61e9, r.Amount.Value, 1)
}

// An AP state abbreviation is a place, and "the companies that ..." is
// generic: neither gives an entity or a fact.
func TestStateAbbreviationAndGenericCompanies(t *testing.T) {
	out := run(t, "Castor Labs sells chips. The chipmaker, based in Palo Alto, Calif., said net income was $1.33 billion in the quarter.", "2024-06-05")
	for _, e := range out.Entities {
		assert.NotEqual(t, "Calif", e.Name)
	}
	refuteRels(t, []relCase{
		{"Apple sells phones, and Castor Labs supplies modems. For the companies that build Apple's products, every change is felt.", graph.CustomerOf, "Apple", "Castor Labs"},
	})
}

// "it" after an opener continues the previous sentence's subject, and a
// later "its" in the sentence is that company too (coref_opener_it.go).
func TestItAfterOpenerChain(t *testing.T) {
	for _, text := range []string{
		"Castor Labs has struggled to keep pace with Zenta Robotics and Halden Systems. Earlier this month it agreed to sell a stake in its Brindle unit to Korvel Capital.",
		"Castor Labs has struggled to keep pace with Zenta Robotics and Halden Systems. On Tuesday, it said its Brindle unit would be sold.",
	} {
		assertRels(t, []relCase{{text, graph.SubsidiaryOf, "Brindle", "Castor Labs"}})
		refuteRels(t, []relCase{{text, graph.SubsidiaryOf, "Brindle", "Halden Systems"}})
	}
}

// "buy Intel common stock" is an investment, an amount in a relative
// clause about another company is no figure of "the deal", and "CPUs" or
// "PC" name no product (stockMods, relativeMoney, cues.tsv).
func TestStockDealAndGenericChips(t *testing.T) {
	const text = "Castor Labs will buy Zenta Robotics common stock at $23.28 per share. The deal makes Castor Labs one of Zenta Robotics' largest shareholders, after Korvel Capital, which invested $2 billion. Zenta Robotics' CPUs power PC products."
	assertRels(t, []relCase{{text, graph.InvestsIn, "Castor Labs", "Zenta Robotics"}})
	refuteRels(t, []relCase{{text, graph.Acquires, "Castor Labs", "Zenta Robotics"}})
	out := run(t, text, "2024-06-05")
	for _, r := range out.Relations {
		if r.Subject == "Castor Labs" && r.Amount != nil {
			assert.NotEqual(t, 2e9, r.Amount.Value, r.Evidence)
		}
	}
	for _, e := range out.Entities {
		assert.NotContains(t, []string{"CPUs", "PC"}, e.Name)
	}
}

// A possessed unit that opens a sentence after a dateline is its owner
// acting: "its" later in the sentence, and a description opening the next
// sentence, are the owner (centre, openerBefore).
func TestDatelineUnitSubject(t *testing.T) {
	const text = "BEIJING, June 27 - Castor Labs' electric vehicle unit is sourcing battery packs from Zenta Robotics and Halden Systems for its new Korvel Z7 car. The Chinese smartphone maker, led by founder Lei Jun, priced the car low."
	assertRels(t, []relCase{
		{text, graph.Offers, "Castor Labs", "Korvel Z7"},
		{text, graph.Leads, "Lei Jun", "Castor Labs"},
	})
	refuteRels(t, []relCase{
		{text, graph.Offers, "Zenta Robotics", "Korvel Z7"},
		{text, graph.Leads, "Lei Jun", "Zenta Robotics"},
	})
}
