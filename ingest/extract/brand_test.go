package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
)

// TestBrandDeals: a brand the gazetteer lists as a product is a company
// when it is bought whole or does the buying; goods bought stay products.
func TestBrandDeals(t *testing.T) {
	assertRels(t, []relCase{
		{"Facebook bought Instagram for $1 billion in 2012.", graph.Acquires, "Facebook", "Instagram"},
		{"Microsoft bought Skype in 2011 for $8.5 billion.", graph.Acquires, "Microsoft", "Skype"},
	})
	refuteRels(t, []relCase{
		{"Microsoft bought Azure credits from a reseller.", graph.Acquires, "Microsoft", "Azure"},
		{"Apple bought iPhones from Foxconn.", graph.Acquires, "Apple", "iPhone"},
	})
	for _, e := range run(t, "Microsoft bought Azure credits from a reseller.", "2024-06-05").Entities {
		if e.Name == "Azure" {
			assert.Equal(t, graph.Product, e.Type)
		}
	}
}
