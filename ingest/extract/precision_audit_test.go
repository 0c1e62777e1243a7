package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
)

// TestAuditNotCompanies: places, sites, segments and buildings named
// like companies are no entities; the companies beside them stay.
func TestAuditNotCompanies(t *testing.T) {
	cases := []struct{ text, gone, kept string }{
		{"Halvorsen Power will supply a new data center in Tensas Parish, the utility said.", "Tensas Parish", "Halvorsen Power"},
		{"Kestrel Grid agreed to buy Halden Solar, which runs a farm in Loudoun County.", "Loudoun County", "Kestrel Grid"},
		{"Revenue in the Personal Computing segment of Corvane Systems rose 12%.", "Personal Computing", "Corvane Systems"},
		{"Vantage Data Centers raised $2 billion to build its Frontier campus near Abilene.", "Frontier", "Vantage Data Centers"},
		{"Salesforce agreed to buy Informatica.\n\nImage: Salesforce Tower in San Francisco.", "Tower", "Salesforce"},
	}
	for _, c := range cases {
		out := run(t, c.text, "2024-06-05")
		assert.Empty(t, entType(out, c.gone), "%s: %+v", c.text, out.Entities)
		assert.NotEmpty(t, entType(out, c.kept), "%s: %+v", c.text, out.Entities)
	}
}

// TestAuditKeepsNamesBesideRules: a company whose name ends in a bank
// word, a venture named before "project", and an ambiguous company alias
// after a comma are read as before.
func TestAuditKeepsNamesBesideRules(t *testing.T) {
	for text, name := range map[string]string{
		"Kings County Bank agreed to buy Halvorsen Lending for $40 million.":      "Kings County Bank",
		"OpenAI and Oracle will build data centers under the Stargate project.":   "Stargate",
		"Spirit Airlines agreed to merge with Frontier, the budget carrier said.": "Frontier",
		"After Frontier agreed to merge with Spirit Airlines, shares rose.":       "Frontier",
	} {
		out := run(t, text, "2024-06-05")
		assert.NotEmpty(t, entType(out, name), "%s: %+v", text, out.Entities)
	}
}

// TestAuditLineNotVersion: a product line named bare beside one version
// keeps the line's name, so a fact about the line names no version; a
// version named alone keeps its own name.
func TestAuditLineNotVersion(t *testing.T) {
	out := run(t, "Samsung Display makes the screens of Apple's iPhone 15.\n\nSamsung's Galaxy phones compete with Apple's iPhones.", "2024-06-05")
	assert.NotNil(t, hasRel(out, "COMPETES_WITH", "Galaxy", "iPhone"), "%+v", out.Relations)
	assert.Nil(t, hasRel(out, "COMPETES_WITH", "Galaxy", "iPhone 15"), "%+v", out.Relations)
	out = run(t, "Apple said its iPhone 16 Pro would run a new assistant.", "2024-06-05")
	assert.NotNil(t, hasRel(out, "OFFERS", "Apple", "iPhone 16 Pro"), "%+v", out.Relations)
}

// TestAuditPlannedAcrossTime: a date between "agreed" and "to buy" leaves
// the deal planned; a deal bought on a date stays done.
func TestAuditPlannedAcrossTime(t *testing.T) {
	assertStatuses(t, []statusCase{
		{"Halden Systems agreed in February 2024 to buy Zenta Labs for $3 billion.", graph.Acquires, "Halden Systems", "Zenta Labs", graph.StatusPlanned},
		{"Korvel Bank agreed on Tuesday to acquire Brindle Pay for $90 million.", graph.Acquires, "Korvel Bank", "Brindle Pay", graph.StatusPlanned},
		{"Halden Systems bought Zenta Labs in February 2024 for $3 billion.", graph.Acquires, "Halden Systems", "Zenta Labs", graph.StatusCurrent},
	})
}
