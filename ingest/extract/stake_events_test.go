package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStakeEventsFound(t *testing.T) {
	assertRels(t, []relCase{
		{"Halden Capital owns roughly 19% of Norvik.", graph.InvestsIn, "Halden Capital", "Norvik"},
		{"Pellucid Partners holds nearly 8% of Zenta Corp.", graph.InvestsIn, "Pellucid Partners", "Zenta"},
		{"Halden Capital, an activist, owns about $1 billion of Norvik stock.", graph.InvestsIn, "Halden Capital", "Norvik"},
		{"Zenta said it would buy $5 billion of Norvik stock.", graph.InvestsIn, "Zenta", "Norvik"},
		{"Zenta, Norvik's largest shareholder with about 21%, said it would not add money.", graph.InvestsIn, "Zenta", "Norvik"},
		{"Zenta agreed to sell a 50% controlling stake in Norvik to Halden Capital.", graph.InvestsIn, "Halden Capital", "Norvik"},
		{"Norvik Health began trading on Monday after its separation from Zenta Corp.", graph.SubsidiaryOf, "Norvik Health", "Zenta"},
		{"Norvik, the services business spun off from Zenta in 2021, cut jobs.", graph.SubsidiaryOf, "Norvik", "Zenta"},
		{"Norvik, spun out of Zenta, competes with Halden.", graph.SubsidiaryOf, "Norvik", "Zenta"},
	})
}

func TestStakeEventsValues(t *testing.T) {
	out := run(t, "Halden Capital, an activist, owns about $3.5 billion of Norvik stock.", "2024-06-05")
	r := hasRel(out, graph.InvestsIn, "Halden Capital", "Norvik")
	require.NotNil(t, r)
	require.NotNil(t, r.Amount)
	assert.Equal(t, 3.5e9, r.Amount.Value)
	assert.Equal(t, "approx", r.Amount.Qualifier)

	out = run(t, "Zenta said it would buy $5 billion of Norvik stock.", "2024-06-05")
	r = hasRel(out, graph.InvestsIn, "Zenta", "Norvik")
	require.NotNil(t, r)
	assert.Equal(t, graph.StatusPlanned, r.Status)

	out = run(t, "Norvik Health began trading after its separation from Zenta Corp.", "2024-06-05")
	r = hasRel(out, graph.SubsidiaryOf, "Norvik Health", "Zenta")
	require.NotNil(t, r)
	assert.Equal(t, graph.StatusFormer, r.Status)

	// the share sold is the buyer's, not the seller's holding
	out = run(t, "Zenta agreed to sell a 50% controlling stake in Norvik to Halden Capital.", "2024-06-05")
	r = hasRel(out, graph.InvestsIn, "Halden Capital", "Norvik")
	require.NotNil(t, r)
	require.NotNil(t, r.SharePercent)
	assert.Equal(t, 50.0, *r.SharePercent)
	assert.Equal(t, graph.StatusPlanned, r.Status)
	assert.Nil(t, hasRel(out, graph.InvestsIn, "Zenta", "Norvik"))

	out = run(t, "Zenta, Norvik's largest shareholder with about 21%, said it would not add money.", "2024-06-05")
	r = hasRel(out, graph.InvestsIn, "Zenta", "Norvik")
	require.NotNil(t, r)
	require.NotNil(t, r.SharePercent)
	assert.Equal(t, 21.0, *r.SharePercent)
}

func TestStakeEventsRefuted(t *testing.T) {
	refuteRels(t, []relCase{
		{"Zenta owns about $1 billion of bonds issued by Norvik.", graph.InvestsIn, "Zenta", "Norvik"},
		{"Zenta will buy $5 billion of chips from Norvik.", graph.InvestsIn, "Zenta", "Norvik"},
		{"Norvik discussed a separation from Zenta.", graph.SubsidiaryOf, "Norvik", "Zenta"},
	})
}

// Two mentions can overlap ("data center and PC products"); the object
// list scan must not slice between them backwards (it used to panic).
func TestObjectListOverlapNoPanic(t *testing.T) {
	text := "Nvidia said in September that it would buy $5 billion of Intel stock and that the two companies would jointly develop data center and PC products. " +
		"Intel chief executive Lip-Bu Tan, who took over in March, has cut jobs and slowed construction of the company's factory in Ohio."
	out := run(t, text, "2025-09-20")
	assert.NotNil(t, hasRel(out, graph.InvestsIn, "Nvidia", "Intel"))
}

func TestFormerPostAppositions(t *testing.T) {
	cases := []relCase{
		{"Tom Johnstone, a former head of Husqvarna, joined the board.", graph.Leads, "Tom Johnstone", "Husqvarna"},
		{"Jay Rasulo, Disney's former chief financial officer, was nominated.", graph.Leads, "Jay Rasulo", "Disney"},
		{"Isaac Perlmutter, the former chairman of Marvel Entertainment, sold shares.", graph.Leads, "Isaac Perlmutter", "Marvel Entertainment"},
		// "the former" before a title is no pronoun for the first of two companies
		{"Zenta bid for Norvik. Halden Capital had bid less. Ivo Brandt, the former chief executive of Pellucid Corp, advises Zenta.", graph.Leads, "Ivo Brandt", "Pellucid"},
	}
	assertRels(t, cases)
	for _, c := range cases {
		r := hasRel(run(t, c.text, "2024-06-05"), c.typ, c.subj, c.obj)
		require.NotNil(t, r)
		assert.Equal(t, graph.StatusFormer, r.Status, c.text)
	}
	refuteRels(t, []relCase{
		{"Zenta bid for Norvik. Halden Capital had bid less. Ivo Brandt, the former chief executive of Pellucid Corp, advises Zenta.", graph.Leads, "Ivo Brandt", "Halden Capital"},
		{"Zenta bid for Norvik. Halden Capital had bid less. Ivo Brandt, the former chief executive of Pellucid Corp, advises Zenta.", graph.Leads, "Ivo Brandt", "Norvik"},
	})
}
