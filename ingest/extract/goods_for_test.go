package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Goods supplied or made "for" a buyer or for a product whose vendor the
// text names (rel_goods_for.go).
func TestGoodsForBuyer(t *testing.T) {
	assertRels(t, []relCase{
		{"Castor Labs supplies modems for Halden Systems.", graph.CustomerOf, "Halden Systems", "Castor Labs"},
		{"Castor Labs provides the displays for Halden Systems and Zenta.", graph.CustomerOf, "Zenta", "Castor Labs"},
		{"Apple sells phones. Castor Labs supplies modems for the iPhone.", graph.CustomerOf, "Apple", "Castor Labs"},
		{"Apple sells phones. Castor Labs makes the chips for iPhones.", graph.CustomerOf, "Apple", "Castor Labs"},
		{"Apple sells phones. Castor Labs supplied every modem in the iPhone 15 lineup.", graph.CustomerOf, "Apple", "Castor Labs"},
	})
	refuteRels(t, []relCase{
		{"Castor Labs provides loans for Halden Systems.", graph.CustomerOf, "Halden Systems", "Castor Labs"},
		{"Castor Labs supplies chips in Europe for Halden Systems.", graph.CustomerOf, "Halden Systems", "Castor Labs"},
		{"Castor Labs supplies modems for the iPhone.", graph.CustomerOf, "iPhone", "Castor Labs"},
		{"Apple sells phones. Apple supplies modems for the iPhone.", graph.CustomerOf, "Apple", "Apple"},
	})
}

// Every form of a making verb reads "for" its buyer, past modifiers of the
// goods, with a contract's value when one buyer is named (makesForList).
func TestMakeFormsForBuyer(t *testing.T) {
	assertRels(t, []relCase{
		{"Castor Labs will make chips for Halden Systems.", graph.CustomerOf, "Halden Systems", "Castor Labs"},
		{"Castor Labs made chips for Halden Systems.", graph.CustomerOf, "Halden Systems", "Castor Labs"},
		{"Castor Labs agreed to assemble phones for Halden Systems.", graph.CustomerOf, "Halden Systems", "Castor Labs"},
		{"Castor Labs will build cars for Halden Systems.", graph.CustomerOf, "Halden Systems", "Castor Labs"},
	})
	out := run(t, "Castor Labs has signed a $16.5 billion contract to make artificial intelligence chips for Halden Systems.", "2024-06-05")
	r := hasRel(out, graph.CustomerOf, "Halden Systems", "Castor Labs")
	require.NotNil(t, r)
	require.NotNil(t, r.Amount)
	assert.InDelta(t, 16.5e9, r.Amount.Value, 1)
	refuteRels(t, []relCase{
		{"Castor Labs plans to design its own chips, Halden Systems said.", graph.CustomerOf, "Halden Systems", "Castor Labs"},
	})
}

// "the carmaker" after "X buys cells from A, B and C" is X, the subject,
// not the last supplier listed (coref_object_list.go); "to make" after a
// noun states a purpose and names no buyer (purposeMake).
func TestDescriptionAfterObjectList(t *testing.T) {
	text := "Zenta Motors buys battery cells from Castor Labs, Halden Systems and Brindle Energy. Castor Labs has made cells for the carmaker since 2017."
	assertRels(t, []relCase{{text, graph.CustomerOf, "Zenta Motors", "Castor Labs"}})
	out := run(t, text, "2024-06-05")
	var times []string
	for _, r := range out.Relations {
		if r.Type == graph.CustomerOf && r.Subject == "Zenta Motors" && r.Object == "Castor Labs" {
			times = append(times, r.Time)
		}
	}
	assert.Contains(t, times, "2017")
	refuteRels(t, []relCase{
		{text, graph.CustomerOf, "Brindle Energy", "Castor Labs"},
		{"Castor Labs licenses Brindle Energy's designs to make chips for Halden Systems.", graph.CustomerOf, "Halden Systems", "Castor Labs"},
	})
}

// "uses chips from Y": goods bought from the named companies
// (usesGoodsFrom).
func TestUsesGoodsFrom(t *testing.T) {
	assertRels(t, []relCase{
		{"Zenta Motors uses chips from Castor Labs.", graph.CustomerOf, "Zenta Motors", "Castor Labs"},
		{"Zenta Motors' first car, the KZ7, uses chips from Castor Labs and Halden Systems.", graph.CustomerOf, "Zenta Motors", "Halden Systems"},
		{"Zenta Motors uses custom chips from Castor Labs.", graph.CustomerOf, "Zenta Motors", "Castor Labs"},
	})
	refuteRels(t, []relCase{
		{"Zenta Motors may use chips from Castor Labs.", graph.CustomerOf, "Zenta Motors", "Castor Labs"},
	})
}

// A product used and paid for, or relied on, makes the user a customer of
// the product's vendor (rel_paying.go).
func TestPayingForProduct(t *testing.T) {
	const text = "Castor Labs has reached an agreement to use a custom version of Halden Systems' Korvel-9 model to run its assistant, paying about $1 billion a year."
	out := run(t, text, "2024-06-05")
	r := hasRel(out, graph.CustomerOf, "Castor Labs", "Halden Systems")
	require.NotNil(t, r, "%+v", out.Relations)
	require.NotNil(t, r.Amount)
	assert.InDelta(t, 1e9, r.Amount.Value, 1)
	assertRels(t, []relCase{
		{"Halden Systems makes the Korvel-9 model. Castor Labs relies on Korvel-9 for some queries.", graph.CustomerOf, "Castor Labs", "Halden Systems"},
	})
}
