package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cigraph/cigraph/graph"
)

// Sentences written for these tests; the company names are invented.
func TestOwnershipPhrasings(t *testing.T) {
	cases := []struct{ text, child, parent string }{
		{"Juniper Foods, a division of Kestrel Holdings, opened a plant.", "Juniper Foods", "Kestrel Holdings"},
		{"Harrow Mills, a subsidiary of Iris Holdings, opened a plant.", "Harrow Mills", "Iris Holdings"},
		{"Lumen Holdings unit Marrow Logistics opened a depot.", "Marrow Logistics", "Lumen Holdings"},
		{"Castor Group's Dawnrise unit opened a depot.", "Dawnrise", "Castor Group"},
		{"Pine Stores' South African parent company, Maple Holdings, denied the report.", "Pine Stores", "Maple Holdings"},
		{"Tarvo Group is a controlling shareholder of its affiliates including Kelpie Networks Co.", "Kelpie Networks", "Tarvo Group"},
	}
	for _, c := range cases {
		out := run(t, c.text, "2024-05-01")
		assert.NotNil(t, hasRel(out, graph.SubsidiaryOf, c.child, c.parent), "%s: %+v", c.text, out.Relations)
	}
}

func TestOwnershipNegatives(t *testing.T) {
	for _, text := range []string{
		"Kestrel Holdings sold each unit for $40 to Marrow Logistics.",
		"Castor Group said the unit of measure changed at Dawnrise Partners.",
	} {
		out := run(t, text, "2024-05-01")
		for _, r := range out.Relations {
			assert.NotEqual(t, graph.SubsidiaryOf, r.Type, "%s: %+v", text, r)
		}
	}
}

func TestOffersNotFromListedClients(t *testing.T) {
	out := run(t, "Zentek Systems sells sensors to buyers like Orbix Corp., Lumo Inc. and Kessel Ltd. through platforms such as Gridlink and Netpath.", "2024-05-01")
	for _, r := range out.Relations {
		if r.Type == graph.Offers {
			assert.Equal(t, "Zentek Systems", r.Subject, "%+v", r)
		}
	}
}

func TestTermsAreNoProducts(t *testing.T) {
	for _, text := range []string{
		"Orbix Corp.'s Average Selling Price (ASP) stayed near $900 per unit.",
		"Zentek Systems also runs the region's ATM network.",
		"Zentek Systems' North American parent, Lumo Inc., reported results.",
	} {
		out := run(t, text, "2024-05-01")
		for _, e := range out.Entities {
			assert.NotEqual(t, graph.Product, e.Type, "%s: %+v", text, e)
		}
		for _, r := range out.Relations {
			assert.NotEqual(t, graph.Offers, r.Type, "%s: %+v", text, r)
		}
	}
}

func TestBuyerAndTargetAreNoPartners(t *testing.T) {
	out := run(t, "Orbix Corp. agreed to acquire Lumo Inc. for $2 billion, a deal that deepens the partnership between the two companies.", "2024-05-01")
	assert.NotNil(t, hasRel(out, graph.Acquires, "Orbix Corp.", "Lumo Inc."), "%+v", out.Relations)
	assert.Nil(t, hasRel(out, graph.PartnersWith, "Orbix Corp.", "Lumo Inc."), "%+v", out.Relations)
	assert.Nil(t, hasRel(out, graph.PartnersWith, "Lumo Inc.", "Orbix Corp."), "%+v", out.Relations)
}
