package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph"
)

// The second verb after "with|from|to ORG and" keeps the first subject
// (rel_prep_object.go).
func TestPrepObjectNotSubject(t *testing.T) {
	assertRels(t, []relCase{
		{"Brightwave Systems signed a cloud contract with Oracle and now also rents servers from CoreWeave.", graph.CustomerOf, "Brightwave Systems", "CoreWeave"},
		{"Zenta Robotics signed with Oracle and later rented servers from Korvel Cloud.", graph.CustomerOf, "Zenta Robotics", "Korvel Cloud"},
	})
	refuteRels(t, []relCase{
		{"Brightwave Systems signed a cloud contract with Oracle and now also rents servers from CoreWeave.", graph.CustomerOf, "Oracle", "CoreWeave"},
		{"Zenta Robotics signed with Oracle and later rented servers from Korvel Cloud.", graph.CustomerOf, "Oracle", "Korvel Cloud"},
	})
}

// "whose investors are A and B", "whose early backers include A"
// (rel_whose_backers.go).
func TestWhoseBackers(t *testing.T) {
	assertRels(t, []relCase{
		{"Lumenfold, whose investors are Sequoia Capital and Accel, raised new money on Monday.", graph.InvestsIn, "Sequoia Capital", "Lumenfold"},
		{"Lumenfold, whose investors are Sequoia Capital and Accel, raised new money on Monday.", graph.InvestsIn, "Accel", "Lumenfold"},
		{"Zenta Robotics, whose early backers include Nvidia, Samsung and Index Ventures, cut jobs.", graph.InvestsIn, "Samsung", "Zenta Robotics"},
	})
	refuteRels(t, []relCase{
		{"Lumenfold, whose investors are Sequoia Capital and Accel, raised new money on Monday.", graph.InvestsIn, "Lumenfold", "Accel"},
	})
}

// A short all-capitals name held by a company and doing what companies do
// is its unit (ner_possessed_unit.go); an owner after "owned by" is an
// organisation.
func TestPossessedUnit(t *testing.T) {
	assertRels(t, []relCase{
		{"Telcoria's QX signed a network deal with Nokia on Tuesday.", graph.SubsidiaryOf, "QX", "Telcoria"},
		{"The deal gives Zenta Labs, owned by Telcoria, a larger network.", graph.SubsidiaryOf, "Zenta Labs", "Telcoria"},
	})
	refuteRels(t, []relCase{
		{"Telcoria's QX signed a network deal with Nokia on Tuesday.", graph.Offers, "Telcoria", "QX"},
	})
	out := run(t, "Telcoria's QX signed a network deal with Nokia on Tuesday.", "2024-06-05")
	assert.Equal(t, graph.Org, entType(out, "QX"), "%+v", out.Entities)
	out = run(t, "Nvidia's DGX sold well.", "2024-06-05")
	assert.Equal(t, graph.Product, entType(out, "DGX"), "%+v", out.Entities)
}

// Telecom operators and private-equity firms of the lexicon, with the
// comma of "Clayton, Dubilier & Rice".
func TestTelecomAndBuyoutNames(t *testing.T) {
	assertRels(t, []relCase{
		{"Clayton, Dubilier & Rice agreed to buy Morrisons for $9 billion.", graph.Acquires, "Clayton Dubilier & Rice", "Morrisons"},
		{"EE, owned by BT, cut prices on Tuesday.", graph.SubsidiaryOf, "EE", "BT"},
	})
	out := run(t, "Virgin Media O2 cut prices on Tuesday. Zenta Labs sold its towers to General Atlantic.", "2024-06-05")
	assert.Equal(t, graph.Org, entType(out, "Virgin Media O2"), "%+v", out.Entities)
	assert.Equal(t, graph.Org, entType(out, "General Atlantic"), "%+v", out.Entities)
}

// Gapped stakes: each holder with its own percentage (rel_stake_gapped.go).
func TestGappedStakes(t *testing.T) {
	for _, text := range []string{
		"Denso holds 5.5 per cent and Toyota 2 per cent of Aisin.",
		"Denso owns 5.5% and Toyota about 2% of Aisin.",
	} {
		out := run(t, text, "2024-06-05")
		d, y := hasRel(out, graph.InvestsIn, "Denso", "Aisin"), hasRel(out, graph.InvestsIn, "Toyota", "Aisin")
		require.NotNil(t, d, "%s: %+v", text, out.Relations)
		require.NotNil(t, y, "%s: %+v", text, out.Relations)
		require.NotNil(t, d.SharePercent)
		require.NotNil(t, y.SharePercent)
		assert.Equal(t, 5.5, *d.SharePercent)
		assert.Equal(t, 2.0, *y.SharePercent)
		assert.Nil(t, hasRel(out, graph.InvestsIn, "Denso", "Toyota"), text)
	}
	out := run(t, "Denso holds 5.5 per cent and Toyota 2 per cent of the parts supplier.", "2024-06-05")
	assert.Nil(t, hasRel(out, graph.InvestsIn, "Denso", "Toyota"), "%+v", out.Relations)
}

// "a former unit of" is a former ownership (rel_unit_former.go).
func TestFormerUnit(t *testing.T) {
	for text, want := range map[string]string{
		"Kestrel Labs, a former unit of Acme Corp, signed a deal with Nokia.":       graph.StatusFormer,
		"Kestrel Labs, formerly a division of Acme Corp, signed a deal with Nokia.": graph.StatusFormer,
		"Kestrel Labs, a unit of Acme Corp, signed a deal with Nokia.":              graph.StatusCurrent,
	} {
		out := run(t, text, "2024-06-05")
		r := hasRel(out, graph.SubsidiaryOf, "Kestrel Labs", "Acme")
		require.NotNil(t, r, "%s: %+v", text, out.Relations)
		assert.Equal(t, want, r.Status, text)
	}
}

// "that year" is the year of the sentence before (times_that_year.go).
func TestThatYear(t *testing.T) {
	out := run(t, "Ardent Robotics said demand rose sharply in 2023. Revenue was $1.79 billion that year.", "2025-03-01")
	m := metricOf(out, "Ardent Robotics", "revenue")
	require.NotNil(t, m, "%+v", out.Metrics)
	assert.Equal(t, "2023", m.Time)
	out = run(t, "Ardent Robotics was founded in 2019. It bought Zenta Labs for $200 million the same year.", "2025-03-01")
	r := hasRel(out, graph.Acquires, "Ardent Robotics", "Zenta Labs")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.Equal(t, "2019", r.Time)
	// two years before: no one year is meant
	out = run(t, "Ardent Robotics grew in 2022 and 2023. Revenue was $1.79 billion that year.", "2025-03-01")
	if m := metricOf(out, "Ardent Robotics", "revenue"); m != nil {
		assert.NotEqual(t, "2022", m.Time)
	}
}

// A function word before a title is part of it; "the TITLE of ORG" after
// a two-word name makes the name a person's (rel_leads_domain.go).
func TestFinanceChiefs(t *testing.T) {
	assertRels(t, []relCase{
		{"Amy Hood, Microsoft's finance chief, said capital spending would rise.", graph.Leads, "Amy Hood", "Microsoft"},
		{"Dana Pryce, the chief financial officer of Zenta Labs, said margins fell.", graph.Leads, "Dana Pryce", "Zenta Labs"},
		{"Margins fell, said Dana Pryce, the finance chief of Zenta Labs.", graph.Leads, "Dana Pryce", "Zenta Labs"},
	})
	out := run(t, "Amy Hood, Microsoft's finance chief, said capital spending would rise.", "2024-06-05")
	if r := hasRel(out, graph.Leads, "Amy Hood", "Microsoft"); assert.NotNil(t, r) {
		assert.Equal(t, "finance chief", r.Role)
	}
	refuteRels(t, []relCase{
		{"Halden Robotics, the chief supplier of Zenta Labs, cut prices.", graph.Leads, "Halden Robotics", "Zenta Labs"},
	})
}

// A described product bought for a company's price is the company
// (rel_bought_described.go); a drug bought is an asset.
func TestBoughtDescribedProduct(t *testing.T) {
	assertRels(t, []relCase{
		{"Zenta Labs agreed to buy the fitness app Strydo for $400 million.", graph.Acquires, "Zenta Labs", "Strydo"},
		{"OpenAI agreed to buy the coding assistant Windsurf for about $3 billion.", graph.Acquires, "OpenAI", "Windsurf"},
	})
	refuteRels(t, []relCase{
		{"Zenta Labs bought the note-taking app Quillo for $40 million in 2023.", graph.Acquires, "Zenta Labs", "Quillo"},
		{"Halden Pharma agreed to buy the drug Xylora for $500 million.", graph.Acquires, "Halden Pharma", "Xylora"},
	})
	out := run(t, "Zenta Labs agreed to buy the fitness app Strydo for $400 million.", "2024-06-05")
	assert.Equal(t, graph.Org, entType(out, "Strydo"), "%+v", out.Entities)
}

// A lower-case brand glossed as a startup after a deal verb is the
// company bought (ner_lower_target.go).
func TestLowerCaseTarget(t *testing.T) {
	assertRels(t, []relCase{
		{"OpenAI will buy io, the hardware startup founded by Jony Ive, for $6.5 billion.", graph.Acquires, "OpenAI", "io"},
		{"OpenAI will buy io, the hardware startup founded by Jony Ive, for $6.5 billion.", graph.Leads, "Jony Ive", "io"},
		{"Zenta Labs acquired fenwick, the data analytics firm, last year.", graph.Acquires, "Zenta Labs", "fenwick"},
	})
	refuteRels(t, []relCase{
		{"OpenAI will buy io, the hardware startup founded by Jony Ive, for $6.5 billion.", graph.Leads, "Jony Ive", "OpenAI"},
		{"Zenta Labs bought servers, the company said.", graph.Acquires, "Zenta Labs", "servers"},
		{"Zenta Labs bought servers, the company told investors.", graph.Acquires, "Zenta Labs", "servers"},
	})
}
