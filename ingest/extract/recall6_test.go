package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Round-six rules: sentences written for these tests; the smaller
// companies are invented.

func TestFromRival(t *testing.T) {
	assertRels(t, []relCase{
		{"Halden Systems hired Pat Quinn from rival Norvik Rail.", graph.CompetesWith, "Halden Systems", "Norvik Rail"},
		{"On Monday, Halden Systems acquired Zeta Labs from rival Norvik Rail.", graph.CompetesWith, "Halden Systems", "Norvik Rail"},
		{"Zenta Foods switched to Halden Systems from rival Norvik Rail.", graph.CompetesWith, "Halden Systems", "Norvik Rail"},
	})
	out := run(t, "Zenta Foods switched to Halden Systems from rival Norvik Rail.", "2024-06-05")
	assert.False(t, competes(out, "Zenta Foods", "Norvik Rail"), "%+v", out.Relations)
}

func TestPerfectRoles(t *testing.T) {
	assertRels(t, []relCase{
		{"Zenta Foods has been one of Norvik Rail's biggest customers.", graph.CustomerOf, "Zenta Foods", "Norvik Rail"},
	})
	out := run(t, "Zenta Foods had been one of Norvik Rail's biggest customers.", "2024-06-05")
	r := hasRel(out, graph.CustomerOf, "Zenta Foods", "Norvik Rail")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.Equal(t, graph.StatusFormer, r.Status)
	out = run(t, "Zenta Foods is one of Norvik Rail's biggest customers.", "2024-06-05")
	r = hasRel(out, graph.CustomerOf, "Zenta Foods", "Norvik Rail")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.Equal(t, graph.StatusCurrent, r.Status)
}

func TestTitleCopula(t *testing.T) {
	assertRels(t, []relCase{
		{"Zenta Foods makes snacks. Maria Lund has been chief executive since 2019.", graph.Leads, "Maria Lund", "Zenta Foods"},
		{"Halden Systems builds trains. Pat Quinn is its chief financial officer.", graph.Leads, "Pat Quinn", "Halden Systems"},
	})
	// no company as the previous sentence's subject: no guess
	out := run(t, "Shares rose after Zenta Foods sued Halden Systems. Maria Lund has been chief executive since 2019.", "2024-06-05")
	for _, r := range out.Relations {
		assert.NotEqual(t, graph.Leads, r.Type, "%+v", r)
	}
}

func TestBareDealAmount(t *testing.T) {
	out := run(t, "Kellen Capital agreed to buy Zenta Foods. The deal is valued at $2 billion.", "2024-06-05")
	r := hasRel(out, graph.Acquires, "Kellen Capital", "Zenta Foods")
	require.NotNil(t, r, "%+v", out.Relations)
	require.NotNil(t, r.Amount)
	assert.Equal(t, 2e9, r.Amount.Value)
	// a denied figure is none
	out = run(t, "Kellen Capital agreed to buy Zenta Foods. The deal is not worth $2 billion, as rumours said.", "2024-06-05")
	r = hasRel(out, graph.Acquires, "Kellen Capital", "Zenta Foods")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.Nil(t, r.Amount)
}

func TestApostropheNames(t *testing.T) {
	out := run(t, "Ontario Teachers' Pension Plan invested $300 million in Zenta Foods.", "2024-06-05")
	r := hasRel(out, graph.InvestsIn, "Ontario Teachers' Pension Plan", "Zenta Foods")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.Equal(t, graph.StatusCurrent, r.Status) // "Plan" in a name plans nothing
	// a company's plural possessive stays a possessive
	out = run(t, "General Motors' Cruise unit lost money.", "2024-06-05")
	assert.NotNil(t, hasRel(out, graph.SubsidiaryOf, "Cruise", "General Motors"), "%+v", out.Relations)
}

func TestSalesTo(t *testing.T) {
	assertRels(t, []relCase{
		{"Norvik Electronics makes sensors. It reported sales in Japan, mainly to Toyota and Denso.", graph.CustomerOf, "Denso", "Norvik Electronics"},
		{"Norvik Electronics makes sensors. Its sales to Toyota rose last year.", graph.CustomerOf, "Toyota", "Norvik Electronics"},
	})
	out := run(t, "Norvik Electronics said sales to China fell.", "2024-06-05")
	assert.Empty(t, out.Relations)
}

func TestBuyerGroups(t *testing.T) {
	assertRels(t, []relCase{
		{"Kellen Capital and Ostrava Partners agreed to buy Zenta Foods.", graph.Acquires, "Kellen Capital", "Zenta Foods"},
		{"Kellen Capital and Ostrava Partners agreed to buy Zenta Foods from Norvik Group.", graph.Acquires, "Ostrava Partners", "Zenta Foods"},
		{"Norvik Group agreed to sell its sensor unit, Lumo Labs, to Zenta Foods. The unit's chief executive, Pat Quinn, will stay.", graph.Leads, "Pat Quinn", "Lumo Labs"},
	})
	refuteRels(t, []relCase{
		// buying a company from its owner buys none of the owner's goods
		{"Kellen Capital agreed to buy Zenta Foods from Norvik Group.", graph.CustomerOf, "Kellen Capital", "Norvik Group"},
		// buyers that buy goods buy no company
		{"Cloud operators want Lumo's chips: Microsoft, Oracle and CoreWeave are all buying.", graph.Acquires, "Microsoft", "CoreWeave"},
		// "the buyers" are the group, not the seller or the target
		{"Kellen Capital and Ostrava Partners agreed to buy Zenta Foods from Norvik Group. The buyers said Pat Quinn, chief executive of Norvik, would advise them.", graph.Leads, "Pat Quinn", "Zenta Foods"},
	})
}

func TestArticleRoundFrames(t *testing.T) {
	assertRels(t, []relCase{
		{"Halden Cloud rents capacity from CoreWeave.", graph.CustomerOf, "Halden Cloud", "CoreWeave"},
		{"Halden Cloud signed a five-year, $6.5 billion deal for compute with Lambda Labs.", graph.CustomerOf, "Halden Cloud", "Lambda Labs"},
		{"Zenta Media paid about $410 million in platform fees to Apple and Google last year.", graph.CustomerOf, "Zenta Media", "Google"},
		{"Microsoft and Oracle have both placed large orders with Feldspar Micro this year.", graph.CustomerOf, "Oracle", "Feldspar Micro"},
		{"Feldspar Micro named Baidu, Alibaba and Tencent among the customers affected.", graph.CustomerOf, "Alibaba", "Feldspar Micro"},
		{"Norvik Systems uses Unity for its games and runs its servers on Amazon Web Services.", graph.CustomerOf, "Norvik Systems", "Amazon Web Services"},
		{"Skyline Airways has ordered 60 Airbus A321neo jets.", graph.CustomerOf, "Skyline Airways", "Airbus"},
		{"Verdane Bio signed a co-development and licensing agreement with Halvorsen Pharma.", graph.PartnersWith, "Verdane Bio", "Halvorsen Pharma"},
		{"Quarry Labs raised $85 million in a Series C round led by Index Ventures.", graph.InvestsIn, "Index Ventures", "Quarry Labs"},
	})
	// several payees share one payment: no amount is each one's
	out := run(t, "Zenta Media paid about $410 million in platform fees to Apple and Google last year.", "2024-06-05")
	r := hasRel(out, graph.CustomerOf, "Zenta Media", "Apple")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.Nil(t, r.Amount)
	refuteRels(t, []relCase{
		// the subject's own things: a program that runs on chips buys none
		{"Norvik Systems said its software runs on Nvidia chips.", graph.CustomerOf, "Norvik Systems", "Nvidia"},
		// talks about a collaboration are no partnership
		{"Verdane Bio is in talks about a co-development agreement with Halvorsen Pharma.", graph.PartnersWith, "Verdane Bio", "Halvorsen Pharma"},
	})
}

func TestContractValueBeforeSupply(t *testing.T) {
	out := run(t, "Ferrow Robotics has won a $120 million contract to supply picking robots to Kasbah Retail.", "2024-06-05")
	r := hasRel(out, graph.CustomerOf, "Kasbah Retail", "Ferrow Robotics")
	require.NotNil(t, r, "%+v", out.Relations)
	require.NotNil(t, r.Amount)
	assert.Equal(t, 120e6, r.Amount.Value)
	assert.Equal(t, "once", r.Amount.Period)
}

func TestCorrectionNotice(t *testing.T) {
	text := "Ferrow Robotics makes robot arms. Clarification: A previous version of this story said Ferrow Robotics was owned by SoftBank. An earlier version misstated that Kasbah Retail bought Ferrow Robotics."
	out := run(t, text, "2024-06-05")
	assert.Nil(t, hasRel(out, graph.SubsidiaryOf, "Ferrow Robotics", "SoftBank"), "%+v", out.Relations)
	assert.Nil(t, hasRel(out, graph.Acquires, "Kasbah Retail", "Ferrow Robotics"), "%+v", out.Relations)
}

func TestNamesAndNumbers(t *testing.T) {
	out := run(t, "Quarry Labs raised $85 million in a Series C round led by Index Ventures.", "2024-06-05")
	for _, e := range out.Entities {
		assert.NotEqual(t, "Series C", e.Name)
	}
	out = run(t, "Skyline Air ordered 60 A321neo jets from Airbus for $8.2 billion.", "2024-06-05")
	r := hasRel(out, graph.CustomerOf, "Skyline Air", "Airbus")
	require.NotNil(t, r, "%+v", out.Relations)
	require.NotNil(t, r.Amount)
	assert.Equal(t, 8.2e9, r.Amount.Value) // not 8199999999.999999
}

func TestDescriptionPrefersSubject(t *testing.T) {
	text := "Pixel Studios sells puzzle games. Pixel Studios uses Unity and runs its servers on Amazon Web Services. \"We want a fair split,\" said Hanna Virtanen, who founded the company in 2014."
	out := run(t, text, "2024-06-05")
	assert.NotNil(t, hasRel(out, graph.Leads, "Hanna Virtanen", "Pixel Studios"), "%+v", out.Relations)
	assert.Nil(t, hasRel(out, graph.Leads, "Hanna Virtanen", "Amazon Web Services"), "%+v", out.Relations)
}

func TestPaymentsThatBuyNothing(t *testing.T) {
	for _, text := range []string{
		"Zenta Foods paid about $2 billion in cash and shares to acquire Lumo Labs.",
		"Zenta Foods paid about $2 billion in cash and shares to Lumo Labs shareholders.",
	} {
		out := run(t, text, "2024-06-05")
		assert.Nil(t, hasRel(out, graph.CustomerOf, "Zenta Foods", "Lumo Labs"), "%s: %+v", text, out.Relations)
	}
}

func TestHaltedSales(t *testing.T) {
	out := run(t, "Norvik Electronics makes sensors. It halted sales to Huawei in May.", "2024-06-05")
	r := hasRel(out, graph.CustomerOf, "Huawei", "Norvik Electronics")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.Equal(t, graph.StatusFormer, r.Status)
}
