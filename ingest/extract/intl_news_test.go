package extract

import (
	"github.com/stretchr/testify/assert"
	"testing"

	"github.com/cigraph/cigraph/graph"
)

// International names and the topic of a unit's headline. Sentences
// written for these tests.

func TestAmpersandParticleNames(t *testing.T) {
	assertEnts(t, []entCase{
		{"Seven & i Holdings rejected the bid. Seven & i said the offer was too low.", "Seven & i", graph.Org, "Seven & i Holdings"},
		{"Shares in Seven & i rose 3 per cent after the retailer agreed to sell its stores to Acme Corp.", "Seven & i", graph.Org, ""},
		{"The fund bought a 10 per cent stake in de Beers from Anglo American.", "de Beers", graph.Org, ""},
		{"Regulators cleared the purchase of van Lanschot Kempen by Rabobank.", "van Lanschot Kempen", graph.Org, ""},
	})
}

func TestUnitHeadlineTopic(t *testing.T) {
	assertRels(t, []relCase{
		{"Xiaomi's EV arm signs battery deal with CATL\n\nXiaomi will buy cells from CATL for its SU7 saloon. Rivals including Nio and Xpeng also buy from the supplier.",
			graph.CompetesWith, "Xiaomi", "Nio"},
		{"Xiaomi's EV arm signs battery deal with CATL\n\nXiaomi will buy cells from CATL for its SU7 saloon. Rivals including Nio and Xpeng also buy from the supplier.",
			graph.CompetesWith, "Xiaomi", "Xpeng"},
	})
	refuteRels(t, []relCase{
		{"Xiaomi's EV arm signs battery deal with CATL\n\nXiaomi will buy cells from CATL for its SU7 saloon. Rivals including Nio and Xpeng also buy from the supplier.",
			graph.CompetesWith, "CATL", "Nio"},
	})
}

func TestAsianMoneyForms(t *testing.T) {
	cases := []struct {
		text, unit string
		value      float64
	}{
		{"Halden Systems reported revenue of W66.2tn in 2024.", "KRW", 66.2e12},
		{"Halden Systems reported revenue of Rs 5,000 crore in 2024.", "INR", 5e10},
		{"Halden Systems reported revenue of Rs43,574cr in 2024.", "INR", 43574e7},
		{"Halden Systems reported revenue of Rs 20 lakh in 2024.", "INR", 2e6},
		{"Halden Systems reported revenue of NT$2.16tn in 2024.", "TWD", 2.16e12},
	}
	for _, c := range cases {
		out := run(t, c.text, "2025-03-01")
		m := metricOf(out, "Halden Systems", "revenue")
		if assert.NotNil(t, m, "%s: %+v", c.text, out.Metrics) {
			assert.Equal(t, c.unit, m.Unit, c.text)
			assert.InDelta(t, c.value, m.Value, 1, c.text)
		}
		assert.Empty(t, entityOf(out, "W66.2tn", graph.Product), c.text)
	}
}

func TestInternationalNames(t *testing.T) {
	assertEnts(t, []entCase{
		{"United States Steel Corporation makes steel. Nippon Steel bought US Steel in June.", "United States Steel", graph.Org, "US Steel"},
		{"Apple accounted for 25 per cent of Taiwan Semiconductor Manufacturing Co., Ltd.'s revenue in 2023.", "Taiwan Semiconductor Manufacturing", graph.Org, "Taiwan Semiconductor Manufacturing Co., Ltd."},
		{"Sir Terry Leahy, the former boss of Tesco, joined the board of Halden Systems.", "Terry Leahy", graph.Person, ""},
		{"The combined company, Norvik Lumo, is based in London.", "Norvik Lumo", graph.Org, ""},
	})
	out := run(t, "United States Steel Corporation makes steel. Nippon Steel bought US Steel in June.", "2024-06-05")
	assert.Nil(t, entityOf(out, "Steel", graph.Org))
}

func TestInternationalRelations(t *testing.T) {
	assertRels(t, []relCase{
		// an industry head resolves to the company named before
		{"Nippon Steel completed its acquisition of United States Steel on 18 June 2025.\n\nThe Japanese steelmaker first agreed to buy US Steel on 18 December 2023 for $14.9bn.", graph.Acquires, "Nippon Steel", "United States Steel"},
		// owners and their stakes after the participle
		{"The venture, Norvik Lumo, is owned 51 per cent by Halden Systems and 49 per cent by Zenta Foods.", graph.InvestsIn, "Zenta Foods", "Norvik Lumo"},
		{"The venture, Norvik Lumo, is owned 51 per cent by Halden Systems and 49 per cent by Zenta Foods.", graph.SubsidiaryOf, "Norvik Lumo", "Halden Systems"},
		// titles: "group chief executive", appointments before "of Y"
		{"Anna Berg, Halden Systems' group chief executive, said the deal was done.", graph.Leads, "Anna Berg", "Halden Systems"},
		{"Anna Berg, previously head of sales at Zenta Foods, was named chief executive of Halden Systems.", graph.Leads, "Anna Berg", "Halden Systems"},
		{"Anna Berg, who took over as chief executive of Halden Systems in 2021, said sales rose.", graph.Leads, "Anna Berg", "Halden Systems"},
		{"Max Lund, formerly of Zenta Foods, is chief executive of Halden Systems.", graph.Leads, "Max Lund", "Halden Systems"},
		// a passive sale names the buyer after "by"
		{"Zenta Foods was bought from Halden Systems in February 2021 by Kellen Capital for £6.8bn.", graph.Acquires, "Kellen Capital", "Zenta Foods"},
	})
	refuteRels(t, []relCase{
		{"Zenta Foods was bought from Halden Systems in February 2021 by Kellen Capital for £6.8bn.", graph.CustomerOf, "Zenta Foods", "Halden Systems"},
		{"Anna Berg, previously head of sales at Zenta Foods, was named chief executive of Halden Systems.", graph.Leads, "Anna Berg", "Zenta Foods"},
	})
}

func TestTitleCaseDateline(t *testing.T) {
	text := "Chip results\n\nHsinchu, 18 April 2024 — Norvik Rail accounted for 25 per cent of Halden Systems Co., Ltd.'s revenue in 2023, the chipmaker said in its annual report.\n\nHalden Systems said on Wednesday it would buy Zenta Foods."
	out := run(t, text, "2024-06-05")
	r := hasRel(out, graph.CustomerOf, "Norvik Rail", "Halden Systems")
	if assert.NotNil(t, r, "%+v", out.Relations) {
		assert.Equal(t, "2023", r.Time)
	}
	if a := hasRel(out, graph.Acquires, "Halden Systems", "Zenta Foods"); assert.NotNil(t, a, "%+v", out.Relations) {
		assert.Equal(t, "2024-04-17", a.Time) // the Wednesday before the dateline, not before publication
	}
}
