package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cigraph/cigraph/graph"
)

// Own-words sentences for the qual6 rules (fictional companies where the
// rule must not lean on the gazetteer).

func entType(x graph.Extraction, name string) graph.EntityType {
	for _, e := range x.Entities {
		if e.Name == name {
			return e.Type
		}
	}
	return ""
}

func TestDemonymCompanyNames(t *testing.T) {
	out := run(t, "Markets were calm. Later, Canadian Ridgeway agreed to buy steel from Halvorsen Metals. British American Tobacco sold its stake in ITC.", "2024-06-05")
	assert.Equal(t, graph.Org, entType(out, "Canadian Ridgeway"), "%+v", out.Entities)
	assert.Equal(t, graph.Org, entType(out, "British American Tobacco"), "%+v", out.Entities)
	out = run(t, "Markets were calm. French President Emmanuel Macron met Nvidia. Chinese Alibaba grew. American Express fell.", "2024-06-05")
	assert.Equal(t, graph.Person, entType(out, "Emmanuel Macron"), "%+v", out.Entities)
	assert.Equal(t, graph.Org, entType(out, "Alibaba"), "%+v", out.Entities)
	assert.Equal(t, graph.Org, entType(out, "American Express"), "%+v", out.Entities)
}

func TestJointVentureName(t *testing.T) {
	out := run(t, "Markets were calm. Sony Honda Mobility will use chips from Qualcomm.", "2024-06-05")
	assert.Equal(t, graph.Org, entType(out, "Sony Honda Mobility"), "%+v", out.Entities)
	out = run(t, "Markets were calm. Ostrava Labs will deploy 500 Nvidia Blackwell GPUs. Kestrel will deploy 2 gigawatts of AMD Instinct GPUs.", "2024-06-05")
	assert.Equal(t, "", string(entType(out, "AMD Instinct")), "%+v", out.Entities)
	assert.NotNil(t, hasRel(out, graph.CustomerOf, "Kestrel", "AMD"), "%+v", out.Relations)
}

func TestMakesOwnersGoods(t *testing.T) {
	assertRels(t, []relCase{
		{"Broadcom designs Google's TPU chips.", graph.CustomerOf, "Google", "Broadcom"},
		{"Foxconn assembles Apple's iPhones in India.", graph.CustomerOf, "Apple", "Foxconn"},
		{"Samsung manufactures Tesla's self-driving chips.", graph.CustomerOf, "Tesla", "Samsung"},
	})
	out := run(t, "Samsung buys modems from Qualcomm, while Apple designs its own processors.", "2024-06-05")
	assert.Nil(t, hasRel(out, graph.CustomerOf, "Samsung", "Apple"), "%+v", out.Relations)
}

// TestMakesForBuyers: the making verbs that are no other frame's trigger
// read "designs custom chips for A and B" as makesFor does "makes".
func TestMakesForBuyers(t *testing.T) {
	assertRels(t, []relCase{
		{"Marvell designs custom chips for Amazon and Microsoft.", graph.CustomerOf, "Amazon", "Marvell"},
		{"Marvell designs custom chips for Amazon and Microsoft.", graph.CustomerOf, "Microsoft", "Marvell"},
		{"TSMC manufactures processors for Nvidia.", graph.CustomerOf, "Nvidia", "TSMC"},
		{"Foxconn assembles phones for Apple.", graph.CustomerOf, "Apple", "Foxconn"},
		{"Magna builds cars for BMW and Mercedes-Benz.", graph.CustomerOf, "Mercedes-Benz", "Magna"},
	})
	refuteRels(t, []relCase{
		{"Samsung buys modems from Qualcomm for phones, while Apple designs its own processors for Macs.", graph.CustomerOf, "Samsung", "Apple"},
		{"Qualcomm designed chips for smartphones made by Samsung.", graph.CustomerOf, "Samsung", "Qualcomm"},
		{"Boeing builds jets for airlines; Airbus sells to Delta.", graph.CustomerOf, "Airbus", "Boeing"},
	})
}

func TestRoleDescription(t *testing.T) {
	out := run(t, "Markets were calm. Microsoft met chipmaker Nvidia and OpenAI on Monday. The chipmaker will sell more GPUs to Microsoft.", "2024-06-05")
	assert.NotNil(t, hasRel(out, graph.CustomerOf, "Microsoft", "Nvidia"), "%+v", out.Relations)
	assert.Nil(t, hasRel(out, graph.CustomerOf, "Microsoft", "OpenAI"), "%+v", out.Relations)
}

func TestComputeContracts(t *testing.T) {
	assertRels(t, []relCase{
		{"Lumo AI signed a $2 billion contract with CoreWeave covering five years.", graph.CustomerOf, "Lumo AI", "CoreWeave"},
		{"CoreWeave signed a five-year contract with Lumo AI valued at $900 million.", graph.CustomerOf, "Lumo AI", "CoreWeave"},
		{"Quillon Software agreed to a three-year, $300 million commitment to Oracle's cloud services.", graph.CustomerOf, "Quillon Software", "Oracle"},
		{"Microsoft said Lumo AI committed to purchase $5 billion of Azure services.", graph.CustomerOf, "Lumo AI", "Microsoft"},
		{"Lumo AI will run its new chat app on CoreWeave servers.", graph.CustomerOf, "Lumo AI", "CoreWeave"},
	})
	out := run(t, "Google signed a $60 million contract with Reddit for data licensing. Google signed a power purchase contract with Kairos worth $500 million.", "2024-06-05")
	assert.Nil(t, hasRel(out, graph.CustomerOf, "Kairos", "Google"), "%+v", out.Relations)
}

func TestPaysShareAndTitles(t *testing.T) {
	out := run(t, "Lumo AI has been paying Microsoft about 20% of its revenue.", "2024-06-05")
	r := hasRel(out, graph.RevenueShare, "Microsoft", "Lumo AI")
	if assert.NotNil(t, r, "%+v", out.Relations) && assert.NotNil(t, r.SharePercent) {
		assert.Equal(t, 20.0, *r.SharePercent)
	}
	out = run(t, "Hannah Moreau is Quillon Software's chief executive.", "2024-06-05")
	assert.NotNil(t, hasRel(out, graph.Leads, "Hannah Moreau", "Quillon Software"), "%+v", out.Relations)
	out = run(t, "Lumo AI said Kestrel accounted for 40% of its revenue in the first half of 2024.", "2024-06-05")
	for _, r := range out.Relations {
		if r.SharePercent != nil {
			assert.NotEqual(t, 50.0, *r.SharePercent, "%+v", r)
		}
	}
}

func TestMarkdownChrome(t *testing.T) {
	text := "# Lumo AI buys chips\n\n![Hannah Moreau, chief executive of Quillon Software. Photo: Getty Images](x.jpg)\n\n**Read more:** [Nvidia to invest $5 billion in Kestrel](/k)\n\nLumo AI buys GPUs from Nvidia.\n\n*Share this article*\n"
	out := run(t, text, "2024-06-05")
	assert.Nil(t, hasRel(out, graph.InvestsIn, "Nvidia", "Kestrel"), "%+v", out.Relations)
	assert.Nil(t, hasRel(out, graph.Leads, "Hannah Moreau", "Quillon Software"), "%+v", out.Relations)
	assert.NotNil(t, hasRel(out, graph.CustomerOf, "Lumo AI", "Nvidia"), "%+v", out.Relations)
}
