package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Big deals outside tech: divestitures of business lines and assets,
// profit figures, blocked and denied deals, awards, sales and stakes. The
// sentences are written for these tests; the smaller companies are invented.

func TestBusinessLineSale(t *testing.T) {
	for _, s := range []string{
		"Corvel Health agreed to sell its Medicare business to Brightpath Insurance for $3.3 billion.",
		"Corvel Health said its Medicare business shrank. Analysts expect Corvel Health to sell its Medicare business.",
	} {
		out := run(t, s, "2024-06-05")
		_, ok := entityNames(out)["Medicare"]
		assert.False(t, ok, "%s: %+v", s, out.Entities)
		for _, r := range out.Relations {
			assert.NotEqual(t, "Medicare", r.Object, "%+v", r)
		}
	}
	// a name of two words, a unit or a gazetteer name stays a company
	assertRels(t, []relCase{
		{"Walgreens agreed to sell its Boots Opticians arm to Specsavers.", graph.Acquires, "Specsavers", "Boots Opticians"},
		{"Halden Group sold its Norvik Rail unit to Zenta Capital.", graph.Acquires, "Zenta Capital", "Norvik Rail"},
	})
}

func TestAssetSale(t *testing.T) {
	refuteRels(t, []relCase{
		{"Kroger will sell 579 stores and several distribution centers to C&S Wholesale Grocers.", graph.CustomerOf, "C&S Wholesale Grocers", "Kroger"},
		{"Halden Energy agreed to sell two refineries to Zenta Petroleum for $1.2 billion.", graph.CustomerOf, "Zenta Petroleum", "Halden Energy"},
	})
	assertRels(t, []relCase{
		{"Halden Energy sells its fuel to Zenta Petroleum.", graph.CustomerOf, "Zenta Petroleum", "Halden Energy"},
		{"Telvora agreed to sell its tower unit, Telvora Towers, to Brookfield for $6 billion.", graph.Acquires, "Brookfield", "Telvora Towers"},
	})
}

func TestProfitMetrics(t *testing.T) {
	cases := []struct {
		text, subj string
		value      float64
		time       string
	}{
		{"Halden Energy reported pre-tax profit of $2.1 billion for 2023.", "Halden Energy", 2.1e9, "2023"},
		{"Halden Energy said profit before tax was $2.3 billion in 2023.", "Halden Energy", 2.3e9, "2023"},
		{"Halden Energy said operating profit rose to $7.5 billion in the first quarter.", "Halden Energy", 7.5e9, "2024-Q1"},
		{"Halden Energy posted net income of $2.6 billion in 2023.", "Halden Energy", 2.6e9, "2023"},
		{"Halden Energy generated free cash flow of $6.3 billion in 2023.", "Halden Energy", 6.3e9, "2023"},
		{"Halden Energy said its EBITDA reached $12 billion in 2023.", "Halden Energy", 12e9, "2023"},
		{"Halden Energy brought in $55.7 billion in annual profits in 2022.", "Halden Energy", 55.7e9, "2022"},
		{"Halden Energy said revenue for the first quarter reached $9 billion, and operating profit came to $1.1 billion.", "Halden Energy", 1.1e9, "2024-Q1"},
	}
	for _, c := range cases {
		out := run(t, c.text, "2024-06-05")
		var m *graph.Metric
		for i := range out.Metrics {
			if out.Metrics[i].Metric == "other" && out.Metrics[i].Value == c.value {
				m = &out.Metrics[i]
			}
		}
		require.NotNil(t, m, "%s: %+v", c.text, out.Metrics)
		assert.Equal(t, c.subj, m.Subject, c.text)
		assert.Equal(t, c.time, m.Time, c.text)
		_, acronym := entityNames(out)["EBITDA"]
		assert.False(t, acronym, c.text)
	}
	// no profit figure: per-share earnings, interest income, a deal price
	for _, s := range []string{
		"Halden Energy reported earnings per share of $2.10 in 2023.",
		"Halden Energy earned interest income of $40 million in 2023.",
		"Halden Energy agreed to buy Zenta Petroleum for $4 billion to lift its profit.",
	} {
		out := run(t, s, "2024-06-05")
		for _, m := range out.Metrics {
			assert.NotEqual(t, "other", m.Metric, "%s: %+v", s, m)
		}
	}
}

func TestCommaGlossedProduct(t *testing.T) {
	assertRels(t, []relCase{
		{"Zenta Bio's lead experimental medicine, Zentavir, is under review by regulators.", graph.Offers, "Zenta Bio", "Zentavir"},
		{"Zenta Bio's drug, Zentavir, is under review.", graph.Offers, "Zenta Bio", "Zentavir"},
	})
	out := run(t, "Its main supplier, Norvik Rail, said demand was strong.", "2024-06-05")
	assert.NotEqual(t, graph.Product, entityNames(out)["Norvik Rail"])
}

func TestCoordinatedSubject(t *testing.T) {
	for _, s := range []string{
		"Halden Pharma makes drugs. In October it agreed to acquire Zenta Bio for $4.8 billion, and on Tuesday it agreed to buy Norvik Labs for $4.1 billion.",
		"Halden Pharma makes drugs. In October it agreed to acquire Zenta Bio for $4.8 billion, and on Tuesday agreed to buy Norvik Labs for $4.1 billion.",
		"Halden Pharma agreed to acquire Zenta Bio for $4.8 billion and later agreed to buy Norvik Labs for $4.1 billion.",
	} {
		out := run(t, s, "2024-06-05")
		r := hasRel(out, graph.Acquires, "Halden Pharma", "Norvik Labs")
		require.NotNil(t, r, "%s: %+v", s, out.Relations)
		assert.Equal(t, 4.1e9, r.Amount.Value)
		assert.Nil(t, hasRel(out, graph.Acquires, "Zenta Bio", "Norvik Labs"), s)
	}
	// the object's own clause keeps its subject
	assertRels(t, []relCase{
		{"Halden Pharma acquired Zenta Bio, and Zenta Bio agreed to buy Norvik Labs.", graph.Acquires, "Zenta Bio", "Norvik Labs"},
	})
}

func TestDealAmountClauses(t *testing.T) {
	s := "Halden Energy said on Monday it would buy Zenta Oil in an all-stock deal valued at $53 billion, two weeks after its rival Norvik Petroleum agreed to buy Brask Resources. Including debt, the transaction is worth about $60 billion."
	out := run(t, s, "2024-06-05")
	r := hasRel(out, graph.Acquires, "Norvik Petroleum", "Brask Resources")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.Nil(t, r.Amount, "the main clause's amount")
	assert.Equal(t, "", r.Time, "the main clause's time")
	var values []float64
	for _, r := range out.Relations {
		if r.Type == graph.Acquires && r.Subject == "Halden Energy" && r.Amount != nil {
			values = append(values, r.Amount.Value)
		}
	}
	assert.ElementsMatch(t, []float64{53e9, 60e9}, values, "%+v", out.Relations)
	// a subordinate clause's time is not the main verb's
	out = run(t, "Halden Energy would buy Zenta Oil for $5 billion, weeks after Norvik Petroleum agreed on Monday to buy Brask Resources.", "2024-06-05")
	r = hasRel(out, graph.Acquires, "Halden Energy", "Zenta Oil")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.Equal(t, "", r.Time)
}

func TestBlockedDeal(t *testing.T) {
	refuteRels(t, []relCase{
		{"A federal judge on Tuesday blocked Halden Foods' proposed $24.6 billion takeover of Zenta Markets.", graph.Acquires, "Halden Foods", "Zenta Markets"},
		{"Regulators rejected Halden Foods' $2 billion bid for Zenta Markets.", graph.Acquires, "Halden Foods", "Zenta Markets"},
	})
	assertRels(t, []relCase{
		{"Halden Foods, which bought Zenta Markets in 2019, blocked a rival's entry.", graph.Acquires, "Halden Foods", "Zenta Markets"},
	})
}

func TestMoreDescriptionHeads(t *testing.T) {
	assertRels(t, []relCase{
		{"Halden Foods said it was disappointed. The Cincinnati-based chain competes with Walmart and Costco.", graph.CompetesWith, "Halden Foods", "Walmart"},
		{"Norvik Air flies to Oslo. The airline competes with Brask Air.", graph.CompetesWith, "Norvik Air", "Brask Air"},
	})
	out := run(t, "Halden Foods said it was disappointed. The supply chain is strained, Walmart said.", "2024-06-05")
	assert.Empty(t, out.Relations)
}

func TestSitesAndPlaces(t *testing.T) {
	out := run(t, "The prize is Zenta Oil's 30% stake in the Stabroek block off Guyana.", "2024-06-05")
	names := entityNames(out)
	assert.NotContains(t, names, "Stabroek")
	assert.NotContains(t, names, "Guyana")
	assert.Nil(t, hasRel(out, graph.InvestsIn, "Zenta Oil", "Stabroek"), "%+v", out.Relations)
}

func TestAwardToUnit(t *testing.T) {
	out := run(t, "The U.S. Navy on Monday awarded a $22.2 billion contract to Halden Dynamics' Zenta Boat unit to build nine submarines.", "2024-06-05")
	r := hasRel(out, graph.CustomerOf, "U.S. Navy", "Zenta Boat")
	require.NotNil(t, r, "%+v", out.Relations)
	require.NotNil(t, r.Amount)
	assert.Equal(t, "once", r.Amount.Period)
	assert.Nil(t, hasRel(out, graph.CustomerOf, "U.S. Navy", "Halden Dynamics"), "%+v", out.Relations)
}

func TestJointWorkWith(t *testing.T) {
	assertRels(t, []relCase{
		{"Zenta Boat, based in Groton, Connecticut, builds the submarines together with Halden Shipyards.", graph.PartnersWith, "Zenta Boat", "Halden Shipyards"},
	})
	out := run(t, "Zenta Boat, based in Groton, Connecticut, builds the submarines together with Halden Shipyards.", "2024-06-05")
	assert.NotContains(t, entityNames(out), "Groton")
	out = run(t, "Norvik Labs, a rival based in Abu Dhabi, competes with Zenta Bio.", "2024-06-05")
	assert.NotContains(t, entityNames(out), "Dhabi")
}

func TestPayeeList(t *testing.T) {
	assertRels(t, []relCase{
		{"Halden Bank wants to cut the fees it now pays Visa and Mastercard.", graph.CustomerOf, "Halden Bank", "Mastercard"},
		{"Halden Bank wants to cut the fees it now pays Visa and Mastercard.", graph.CustomerOf, "Halden Bank", "Visa"},
	})
}

func TestServesAsTitle(t *testing.T) {
	assertRels(t, []relCase{
		{"Zenta Bank makes cards. Maria Lund is serving as its interim chief executive.", graph.Leads, "Maria Lund", "Zenta Bank"},
		{"Maria Lund serves as Zenta Bank's chief financial officer.", graph.Leads, "Maria Lund", "Zenta Bank"},
		{"Maria Lund was named Zenta Bank's chief executive in March.", graph.Leads, "Maria Lund", "Zenta Bank"},
	})
}

func TestEarnedProfit(t *testing.T) {
	out := run(t, "Zenta Bank reported net income of $2.9 billion for 2023, while Halden Bank earned $4.9 billion.", "2024-06-05")
	m := metricOf(out, "Halden Bank", "other")
	require.NotNil(t, m, "%+v", out.Metrics)
	assert.Equal(t, 4.9e9, m.Value)
	assert.Equal(t, "2023", m.Time)
	out = run(t, "Halden Bank earned $40 million in fees from the deal.", "2024-06-05")
	assert.Nil(t, metricOf(out, "Halden Bank", "other"), "%+v", out.Metrics)
}

func TestSaleNounAndPayments(t *testing.T) {
	assertRels(t, []relCase{
		{"Shareholders approved the budget carrier Zenta Air's sale to Norvik Airways for $3.8 billion.", graph.Acquires, "Norvik Airways", "Zenta Air"},
		{"Regulators approved the sale of Zenta Air to Norvik Airways.", graph.Acquires, "Norvik Airways", "Zenta Air"},
		{"Norvik Airways agreed in July to pay $33.50 a share in cash for Zenta Air.", graph.Acquires, "Norvik Airways", "Zenta Air"},
		{"The Justice Department has challenged Norvik Airways' alliance with Brask Air.", graph.PartnersWith, "Norvik Airways", "Brask Air"},
	})
	refuteRels(t, []relCase{
		{"Halden Telecom was exploring a sale of Zenta Air to Norvik Airways.", graph.Acquires, "Norvik Airways", "Zenta Air"},
		{"Zenta Air paid Brask Air $25 million to cover its costs.", graph.CustomerOf, "Zenta Air", "Brask Air"},
		{"The Justice Department has challenged Norvik Airways' alliance with Brask Air.", graph.PartnersWith, "Justice Department", "Brask Air"},
	})
	out := run(t, "Norvik Airways agreed in July to pay $33.50 a share in cash for Zenta Air.", "2024-06-05")
	r := hasRel(out, graph.Acquires, "Norvik Airways", "Zenta Air")
	require.NotNil(t, r)
	assert.Nil(t, r.Amount, "a per-share price is no deal value")
}

func TestBrandsAndHoldings(t *testing.T) {
	assertRels(t, []relCase{
		{"Zenta Health sells brands like Brightsmile toothpaste, Calmex painkillers and Vitaro vitamins.", graph.Offers, "Zenta Health", "Vitaro"},
		{"Zenta Health owns brands including Brightsmile, Calmex and Vitaro.", graph.Offers, "Zenta Health", "Calmex"},
		{"Halden Pharma holds 32% of Zenta Health.", graph.InvestsIn, "Halden Pharma", "Zenta Health"},
	})
	refuteRels(t, []relCase{
		{"Halden Pharma holds 25% of Zenta Health's market.", graph.InvestsIn, "Halden Pharma", "Zenta Health"},
	})
	out := run(t, "In January, Halden Pharma rejected three takeover offers for the unit from Norvik Foods, the largest of which valued it at £50 billion.", "2024-06-05")
	for _, m := range out.Metrics {
		assert.NotEqual(t, "valuation", m.Metric, "%+v", m)
	}
}

func TestDenialAndBarredBid(t *testing.T) {
	refuteRels(t, []relCase{
		{"Under British takeover rules, Halden Oil's statement bars it from making a bid for Norvik Energy for six months.", graph.Acquires, "Halden Oil", "Norvik Energy"},
	})
	out := run(t, "Activist investor Zenta Capital has built a stake of about 5% in Norvik Energy.", "2024-06-05")
	r := hasRel(out, graph.InvestsIn, "Zenta Capital", "Norvik Energy")
	require.NotNil(t, r, "%+v", out.Relations)
	require.NotNil(t, r.SharePercent)
	assert.Equal(t, 5.0, *r.SharePercent)
}
