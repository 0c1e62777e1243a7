package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Round-five rules: sentences written for these tests; the companies are
// invented.

func TestRoundFollowers(t *testing.T) {
	assertRels(t, []relCase{
		{"Zenta Labs raised $40 million in a round led by Kellen Capital, with participation from Norvik Ventures, Halden Partners and Ostra Fund.", graph.InvestsIn, "Halden Partners", "Zenta Labs"},
		{"Zenta Labs raised $40 million in a round led by Kellen Capital, with participation from Norvik Ventures, Halden Partners and Ostra Fund.", graph.InvestsIn, "Ostra Fund", "Zenta Labs"},
		{"Zenta Labs raised $40 million in a Series B round led by Kellen Capital, joined by Norvik Ventures and Halden Partners.", graph.InvestsIn, "Halden Partners", "Zenta Labs"},
		{"Zenta Labs raised $40 million in a round led by Kellen Capital, alongside existing investors Norvik Ventures and Halden Partners.", graph.InvestsIn, "Norvik Ventures", "Zenta Labs"},
		{"Zenta Labs raised $40 million from Kellen Capital, Norvik Ventures and Halden Partners.", graph.InvestsIn, "Halden Partners", "Zenta Labs"},
	})
	// "joined by" and "alongside" name no round of their own
	refuteRels(t, []relCase{
		{"Zenta Labs chief Maria Lund, joined by Norvik Ventures partners, spoke on Monday.", graph.InvestsIn, "Norvik Ventures", "Zenta Labs"},
		{"Zenta Labs sells sensors alongside Halden Partners.", graph.InvestsIn, "Halden Partners", "Zenta Labs"},
		{"Zenta Labs may raise money with participation from Norvik Ventures, people said, though talks are early.", graph.InvestsIn, "Norvik Ventures", "Zenta Labs"},
	})
}

func TestFollowerHasNoAmount(t *testing.T) {
	out := run(t, "Zenta Labs raised $40 million in a round led by Kellen Capital, joined by Norvik Ventures.", "2024-06-05")
	lead := hasRel(out, graph.InvestsIn, "Kellen Capital", "Zenta Labs")
	require.NotNil(t, lead, "%+v", out.Relations)
	require.NotNil(t, lead.Amount) // a single lead carries the round
	assert.Equal(t, 40e6, lead.Amount.Value)
	f := hasRel(out, graph.InvestsIn, "Norvik Ventures", "Zenta Labs")
	require.NotNil(t, f, "%+v", out.Relations)
	assert.Nil(t, f.Amount)
	// co-leads share it in unknown parts
	out = run(t, "Zenta Labs raised $40 million in a round led by Kellen Capital and Norvik Ventures.", "2024-06-05")
	lead = hasRel(out, graph.InvestsIn, "Kellen Capital", "Zenta Labs")
	require.NotNil(t, lead, "%+v", out.Relations)
	assert.Nil(t, lead.Amount)
}

func TestRoundLead(t *testing.T) {
	assertRels(t, []relCase{
		{"Zenta Labs raised $40 million led by Kellen Capital.", graph.InvestsIn, "Kellen Capital", "Zenta Labs"},
		{"Zenta Labs said it raised $40 million. The round was led by Kellen Capital, with participation from Norvik Ventures.", graph.InvestsIn, "Kellen Capital", "Zenta Labs"},
		{"Zenta Labs said it raised $40 million. The round was led by Kellen Capital, with participation from Norvik Ventures.", graph.InvestsIn, "Norvik Ventures", "Zenta Labs"},
		{"Zenta Labs closed a $40 million round. Kellen Capital led the round, with participation from Norvik Ventures.", graph.InvestsIn, "Kellen Capital", "Zenta Labs"},
		{"Kellen Capital led Zenta Labs' $40 million funding round.", graph.InvestsIn, "Kellen Capital", "Zenta Labs"},
		{"Norvik Foods raised money last year. Kellen Capital led the $40 million round in Zenta Labs.", graph.InvestsIn, "Kellen Capital", "Zenta Labs"},
	})
	refuteRels(t, []relCase{
		{"A consortium led by Kellen Capital agreed to buy Zenta Labs.", graph.InvestsIn, "Kellen Capital", "Zenta Labs"},
		{"Zenta Labs raised prices last year, led by Kellen Capital's demand.", graph.InvestsIn, "Kellen Capital", "Zenta Labs"},
	})
}

func TestTwoCompaniesFarFromDeal(t *testing.T) {
	text := "Kellen Group agreed to buy Zenta Foods for $2 billion. The deal needs approval. " +
		"Regulators in Europe will review it over the summer. The two companies compete with Norvik Foods."
	assertRels(t, []relCase{
		{text, graph.CompetesWith, "Kellen Group", "Norvik Foods"},
		{text, graph.CompetesWith, "Zenta Foods", "Norvik Foods"},
		{"Kellen Group and Zenta Foods agreed to merge. The deal needs approval. Lawyers expect a review. Both companies compete with Norvik Foods.", graph.CompetesWith, "Zenta Foods", "Norvik Foods"},
	})
	// a failed bid names no pair; nor does a story without a deal
	refuteRels(t, []relCase{
		{"Kellen Group made a bid for Zenta Foods. It was rejected. Lawyers expect a review. The two companies compete with Norvik Foods.", graph.CompetesWith, "Kellen Group", "Norvik Foods"},
		{"Kellen Group sued Zenta Foods. It was rejected. Lawyers expect a review. The two companies compete with Norvik Foods.", graph.CompetesWith, "Kellen Group", "Norvik Foods"},
	})
}

func TestInvestorNotAntecedent(t *testing.T) {
	text := "Zenta Labs raised $40 million in a round led by Kellen Capital. Existing backer Norvik Ventures also took part. " +
		"The Oslo company said the money would fund hiring. Chief executive Maria Lund said demand was strong."
	assertRels(t, []relCase{{text, graph.Leads, "Maria Lund", "Zenta Labs"}})
	refuteRels(t, []relCase{{text, graph.Leads, "Maria Lund", "Norvik Ventures"}})
}

func TestValuedAtLongDescription(t *testing.T) {
	out := run(t, "Zenta Labs raised $40 million in a round that values the Oslo-based software company at $900 million.", "2024-06-05")
	require.NotEmpty(t, out.Metrics)
	assert.Equal(t, "valuation", out.Metrics[0].Metric)
	assert.Equal(t, 900e6, out.Metrics[0].Value)
}

func TestForecastMonthAhead(t *testing.T) {
	out := run(t, "Zenta Labs expects to reach annualized revenue of $3 billion by the end of January.", "2024-12-17")
	require.NotEmpty(t, out.Metrics)
	assert.Equal(t, "2025-01", out.Metrics[0].Time)
	// a written year stays
	out = run(t, "Zenta Labs expects to reach annualized revenue of $3 billion by January 2024.", "2024-12-17")
	require.NotEmpty(t, out.Metrics)
	assert.Equal(t, "2024-01", out.Metrics[0].Time)
}

func TestRunsItsAppsOnCloud(t *testing.T) {
	assertRels(t, []relCase{
		{"Microsoft said Zenta Labs will run its AI applications and services on Azure.", graph.CustomerOf, "Zenta Labs", "Microsoft"},
		{"Zenta Labs will run its apps, data and services on Microsoft's cloud.", graph.CustomerOf, "Zenta Labs", "Microsoft"},
	})
}

func TestInvestAfterConvertedAmount(t *testing.T) {
	out := run(t, "Kellen Motors will invest about 1.5 billion euros ($1.6 billion) in Chinese carmaker Zenta Motor Group.", "2024-06-05")
	r := hasRel(out, graph.InvestsIn, "Kellen Motors", "Zenta Motor Group")
	require.NotNil(t, r, "%+v", out.Relations)
	require.NotNil(t, r.Amount)
	assert.Equal(t, "USD", r.Amount.Unit)
}

func TestJointVentureShares(t *testing.T) {
	text := "Kellen Motors and Zenta Motor Group will set up a joint venture. Zenta Mobility will be 51% owned by Kellen Motors and 49% by Zenta Motor Group."
	assertRels(t, []relCase{
		{text, graph.PartnersWith, "Kellen Motors", "Zenta Motor Group"},
		{text, graph.SubsidiaryOf, "Zenta Mobility", "Kellen Motors"},
		{text, graph.InvestsIn, "Zenta Motor Group", "Zenta Mobility"},
	})
}

func TestTakesAimAt(t *testing.T) {
	assertRels(t, []relCase{
		{"Kellen Media launched Zentagram, a photo app that takes aim at Norvik Social.", graph.CompetesWith, "Zentagram", "Norvik Social"},
		{"Kellen Media is taking aim at Norvik Social with a new app.", graph.CompetesWith, "Kellen Media", "Norvik Social"},
	})
	refuteRels(t, []relCase{
		{"Kellen Media may take aim at Norvik Social next year.", graph.CompetesWith, "Kellen Media", "Norvik Social"},
	})
}

func TestSuccessionLeads(t *testing.T) {
	assertRels(t, []relCase{
		{"Kellen Foods named Zenta Grill Inc. chief executive Priya Raman as its new chairman and CEO.", graph.Leads, "Priya Raman", "Kellen Foods"},
		{"Kellen Foods named Zenta Grill Inc. chief executive Priya Raman as its new chairman and CEO.", graph.Leads, "Priya Raman", "Zenta Grill"},
		{"Marta Quist, who has been Kellen Foods' independent chair, will become lead director.", graph.Leads, "Marta Quist", "Kellen Foods"},
		{"Before that, Priya Raman was chief executive of Zenta Grill.", graph.Leads, "Priya Raman", "Zenta Grill"},
		{"Tomasz Wren heads Kellen Power.", graph.Leads, "Tomasz Wren", "Kellen Power"},
		{"Kellen Foods will become part of Zenta Group, the unit run by Marta Quist.", graph.Leads, "Marta Quist", "Zenta Group"},
		{"Kellen Foods, the maker of Crunchy Bits, will become part of Zenta Group.", graph.SubsidiaryOf, "Kellen Foods", "Zenta Group"},
		{"Bobby Kane, Zenta Grill's longtime chief executive, will leave.", graph.Leads, "Bobby Kane", "Zenta Grill"},
	})
	// "replacing" a two-word unknown name: a person, not a company
	out := run(t, "Kellen Foods hired a new boss, replacing Laxmi Varadan after a weak year.", "2024-06-05")
	for _, e := range out.Entities {
		if e.Name == "Laxmi Varadan" {
			assert.Equal(t, graph.Person, e.Type)
		}
	}
}

func TestPaysShareOfRevenue(t *testing.T) {
	out := run(t, "Google pays Apple 36% of the search advertising revenue it earns through the Safari browser.", "2024-06-05")
	r := hasRel(out, graph.RevenueShare, "Apple", "Google")
	require.NotNil(t, r, "%+v", out.Relations)
	require.NotNil(t, r.SharePercent)
	assert.Equal(t, 36.0, *r.SharePercent)
}

func TestBreakFeeIsNoPurchase(t *testing.T) {
	refuteRels(t, []relCase{
		{"Kellen Soft will pay Zenta Design a termination fee of $1 billion.", graph.CustomerOf, "Kellen Soft", "Zenta Design"},
		{"Kellen Soft gives the maker of Zenta Pens two board seats.", graph.CustomerOf, "Zenta Pens", "Kellen Soft"},
	})
}

func TestWorkWithAndLosingShare(t *testing.T) {
	assertRels(t, []relCase{
		{"Kellen Motors said it would work with Zenta Motor Group to develop electric cars for China.", graph.PartnersWith, "Kellen Motors", "Zenta Motor Group"},
		{"Kellen Motors has been losing market share in China to local brands such as Zenta Motor Group.", graph.CompetesWith, "Kellen Motors", "Zenta Motor Group"},
	})
	refuteRels(t, []relCase{
		{"Kellen Motors said it would work with Zenta Motor Group.", graph.PartnersWith, "Kellen Motors", "Zenta Motor Group"},
	})
}

func TestOtherMakersProduct(t *testing.T) {
	out := run(t, "The app is sold through Apple's App Store and Google Play.", "2024-06-05")
	assert.NotNil(t, hasRel(out, graph.Offers, "Apple", "App Store"), "%+v", out.Relations)
	assert.Nil(t, hasRel(out, graph.Offers, "Apple", "Google Play"), "%+v", out.Relations)
}

func TestSharesBoughtIsInvestment(t *testing.T) {
	for _, text := range []string{"Kellen Capital bought shares in Zenta Foods Inc.", "Kellen Capital acquired shares of Zenta Foods Inc. last week."} {
		out := run(t, text, "2024-06-05")
		assert.NotNil(t, hasRel(out, graph.InvestsIn, "Kellen Capital", "Zenta Foods"), "%s: %+v", text, out.Relations)
		assert.Nil(t, hasRel(out, graph.Acquires, "Kellen Capital", "Zenta Foods"), "%s: %+v", text, out.Relations)
	}
	out := run(t, "Kellen Capital bought $300 million of Zenta Foods Inc. shares.", "2024-06-05")
	assert.Nil(t, hasRel(out, graph.Acquires, "Kellen Capital", "Zenta Foods"), "%+v", out.Relations)
}
