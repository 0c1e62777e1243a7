package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLenderIsNoBuyer(t *testing.T) {
	refuteRels(t, []relCase{
		{"Crestline Capital provides loans for the purchase of Halden Systems.", graph.Acquires, "Crestline Capital", "Halden Systems"},
		{"Crestline Capital agreed to provide $5 billion of financing for the acquisition of Halden Systems.", graph.Acquires, "Crestline Capital", "Halden Systems"},
		{"Crestline Capital provides loans for the purchase of Norvik chips.", graph.CustomerOf, "Crestline Capital", "Norvik"},
		{"Zenta completed the purchase of Norvik chips.", graph.Acquires, "Zenta", "Norvik"},
	})
	assertRels(t, []relCase{
		{"Fjord Bank arranged financing for the acquisition of Halden Systems by Zenta.", graph.Acquires, "Zenta", "Halden Systems"},
	})
}

func TestReceivedStock(t *testing.T) {
	out := run(t, "Zenta received $350 million of Halden Systems stock as part of the deal.", "2024-06-05")
	r := hasRel(out, graph.InvestsIn, "Zenta", "Halden Systems")
	require.NotNil(t, r, "%+v", out.Relations)
	require.NotNil(t, r.Amount)
	assert.Equal(t, 350e6, r.Amount.Value)
	refuteRels(t, []relCase{
		{"Zenta received $350 million from Halden Systems for the unit.", graph.InvestsIn, "Zenta", "Halden Systems"},
	})
}

func TestOustedLeader(t *testing.T) {
	for _, text := range []string{
		"Zenta's board ousted Mark Dole in December.",
		"Zenta Corp shares fell after the board pushed out Mark Dole.",
		"Lena Park replaced ousted chief executive Mark Dole at Zenta.",
		"Mark Dole, Zenta's ousted chief executive, joined a venture firm.",
		"Zenta fired chief executive Mark Dole in 2019.",
	} {
		out := run(t, text, "2024-06-05")
		r := hasRel(out, graph.Leads, "Mark Dole", "Zenta")
		require.NotNil(t, r, "%s: %+v", text, out.Relations)
		assert.Equal(t, graph.StatusFormer, r.Status, text)
	}
}

func TestFounderListAfterDescription(t *testing.T) {
	out := run(t, "Halden Labs was founded by former Zenta and Fjord Media researchers Arthur Meyer and Guy Lamont.", "2024-06-05")
	for _, p := range []string{"Arthur Meyer", "Guy Lamont"} {
		assert.NotNil(t, hasRel(out, graph.Leads, p, "Halden Labs"), "%s: %+v", p, out.Relations)
		assert.Nil(t, hasRel(out, graph.Leads, p, "Zenta"), "%s: %+v", p, out.Relations)
	}
}

func TestVentureReducedRelative(t *testing.T) {
	text := "Orbis, the joint venture Zenta formed with Fjord Media and Halden Systems, plans to spend $5 billion."
	assertRels(t, []relCase{
		{text, graph.PartnersWith, "Zenta", "Fjord Media"},
		{text, graph.PartnersWith, "Zenta", "Halden Systems"},
		{text, graph.PartnersWith, "Fjord Media", "Halden Systems"},
	})
	refuteRels(t, []relCase{
		{text, graph.PartnersWith, "Orbis", "Fjord Media"},
		{text, graph.Acquires, "Zenta", "Orbis"},
	})
}

func TestRivalApposition(t *testing.T) {
	text := "Zenta uses models from Halden Systems, a Norvik rival backed by Crestline Capital and Fjord Media."
	assertRels(t, []relCase{
		{text, graph.CompetesWith, "Halden Systems", "Norvik"},
		{text, graph.InvestsIn, "Crestline Capital", "Halden Systems"},
		{text, graph.InvestsIn, "Fjord Media", "Halden Systems"},
	})
	refuteRels(t, []relCase{
		{text, graph.InvestsIn, "Crestline Capital", "Norvik"},
		{text, graph.CompetesWith, "Norvik", "Crestline Capital"},
	})
	out := run(t, text, "2024-06-05")
	assert.False(t, competes(out, "Norvik", "Crestline Capital"), "%+v", out.Relations)
}

func TestPaidToLicense(t *testing.T) {
	text := "In March Zenta paid Halden Systems about $650 million to license its models."
	assertRels(t, []relCase{{text, graph.CustomerOf, "Zenta", "Halden Systems"}})
	refuteRels(t, []relCase{{text, graph.CustomerOf, "Halden Systems", "Zenta"}})
}

func TestRivalsSuchAsList(t *testing.T) {
	out := run(t, "Zenta Cloud cut the price of its models in May. Rivals such as Norvik Semiconductor and Halden Systems followed within hours. Zenta Cloud said demand rose.", "2024-06-05")
	assert.True(t, competes(out, "Zenta Cloud", "Norvik Semiconductor"), "%+v", out.Relations)
	assert.True(t, competes(out, "Zenta Cloud", "Halden Systems"), "%+v", out.Relations)
}

func TestInvestedInWhich(t *testing.T) {
	out := run(t, "Halden Systems, in which Zenta has invested $8 billion, trains its models on Norvik chips.", "2024-06-05")
	r := hasRel(out, graph.InvestsIn, "Zenta", "Halden Systems")
	require.NotNil(t, r, "%+v", out.Relations)
	require.NotNil(t, r.Amount)
	assert.Equal(t, 8e9, r.Amount.Value)
}

func TestBuiltForDescription(t *testing.T) {
	assertRels(t, []relCase{
		{"Fjord Motors collapsed last year. Magna, which built cars for the brand, said output would fall.", graph.CustomerOf, "Fjord Motors", "Magna"},
		{"Polestar, which is owned by Geely, said BAIC, which built cars for the brand, would cut output.", graph.CustomerOf, "Polestar", "BAIC"},
	})
	refuteRels(t, []relCase{
		{"Polestar, which is owned by Geely, said BAIC, which built cars for the brand, would cut output.", graph.CustomerOf, "Geely", "BAIC"},
	})
}

func TestCloudUnitAgreement(t *testing.T) {
	assertRels(t, []relCase{
		{"Halden Media signed a multiyear agreement with Google Cloud in 2020.", graph.CustomerOf, "Halden Media", "Google Cloud"},
	})
	refuteRels(t, []relCase{
		{"Halden Media signed a multiyear agreement with Microsoft in 2020.", graph.CustomerOf, "Halden Media", "Microsoft"},
	})
}
