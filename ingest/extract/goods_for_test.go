package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
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
