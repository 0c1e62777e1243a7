package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
)

// Text that states few facts: counterfactuals, failed deals, negated
// plans, comparisons and listicles. Sentences written for these tests.

func TestCounterfactualsStateNoDeal(t *testing.T) {
	refuteRels(t, []relCase{
		{"Had Halden Systems bought Norvik in 2019, would regulators have let it?", graph.Acquires, "Halden Systems", "Norvik"},
		{"Were Halden Systems to buy Norvik, prices would rise.", graph.Acquires, "Halden Systems", "Norvik"},
		{"In 2015 Halden Systems agreed to buy Norvik for $54 billion, but the deal was blocked by a judge in 2017.", graph.Acquires, "Halden Systems", "Norvik"},
		{"Zenta Motors agreed to sell Norvik to Halden Systems for $40 billion, but the deal collapsed in 2022.", graph.Acquires, "Halden Systems", "Norvik"},
		{"Zenta Motors owned Norvik and Pellucid Devices. It sold both to Halden Systems in 2021 for $5 billion.", graph.CustomerOf, "Halden Systems", "Zenta Motors"},
	})
	assertRels(t, []relCase{
		{"Halden Systems bought Norvik in 2019.", graph.Acquires, "Halden Systems", "Norvik"},
		{"Halden Systems agreed to buy Norvik for $54 billion. The deal is expected to close in 2025.", graph.Acquires, "Halden Systems", "Norvik"},
	})
	out := run(t, "Had Halden Systems bought Norvik in 2019, would regulators have let it?", "2024-06-05")
	_, bad := entityNames(out)["Had Halden Systems"]
	assert.False(t, bad, "%+v", out.Entities)
	out = run(t, "In 2015 Halden Systems agreed to buy Norvik for $54 billion, but the deal was blocked by a judge in 2017.", "2024-06-05")
	_, kept := entityNames(out)["Halden Systems"]
	assert.True(t, kept, "%+v", out.Entities)
}

func TestNegatedPlanIsNoRivalry(t *testing.T) {
	refuteRels(t, []relCase{
		{"Halden Systems has no plans to build a general-purpose GPU to compete with Norvik.", graph.CompetesWith, "Halden Systems", "Norvik"},
		{"Halden Systems does not intend to compete with Norvik in storage.", graph.CompetesWith, "Halden Systems", "Norvik"},
	})
	assertRels(t, []relCase{
		{"Halden Systems is building a general-purpose GPU to compete with Norvik.", graph.CompetesWith, "Halden Systems", "Norvik"},
	})
}

func TestListicleAndClauseSubjects(t *testing.T) {
	text := "2. Lumen Search. Its answer engine competes with Norvik search. Chief executive Priya Raman says users ask it many questions."
	refuteRels(t, []relCase{{text, graph.Leads, "Priya Raman", "Norvik"}})
	assertRels(t, []relCase{{text, graph.Leads, "Priya Raman", "Lumen Search"}})
	text = "Zenta Robotics builds robots. The startup raised $675 million from investors including Halden Systems, Norvik and Jeff Bezos, and it is working with Pellucid Devices on models."
	refuteRels(t, []relCase{{text, graph.PartnersWith, "Halden Systems", "Pellucid Devices"}})
	assertRels(t, []relCase{{text, graph.PartnersWith, "Zenta Robotics", "Pellucid Devices"}})
}

func TestFiguresAndStatusInOtherClauses(t *testing.T) {
	out := run(t, "Halden Systems is now bigger than Norvik by trading volume, and its market value has topped $2.8 trillion.", "2024-06-05")
	assert.NotNil(t, metricOf(out, "Halden Systems", "valuation"), "%+v", out.Metrics)
	assert.Nil(t, metricOf(out, "Norvik", "valuation"), "%+v", out.Metrics)
	out = run(t, "Halden Systems, which put $2 billion into Norvik, did buy a lab once: it acquired Zenta Labs in 2014.", "2024-06-05")
	r := hasRel(out, graph.Acquires, "Halden Systems", "Zenta Labs")
	if assert.NotNil(t, r, "%+v", out.Relations) {
		assert.Nil(t, r.Amount)
		assert.Equal(t, graph.StatusCurrent, r.Status)
	}
	out = run(t, "Zenta Motors bought Norvik in 2015 and Pellucid Devices in 2017, then sold both to Halden Systems in 2021 for $5 billion.", "2024-06-05")
	if r := hasRel(out, graph.Acquires, "Zenta Motors", "Norvik"); assert.NotNil(t, r, "%+v", out.Relations) {
		assert.Nil(t, r.Amount)
	}
	assert.Nil(t, hasRel(out, graph.CustomerOf, "Halden Systems", "Norvik"), "%+v", out.Relations)
}

func TestSteppedDownLeader(t *testing.T) {
	out := run(t, "At Norvik Cloud, Priya Raman stepped down as chief executive in June 2024.", "2024-06-05")
	if r := hasRel(out, graph.Leads, "Priya Raman", "Norvik Cloud"); assert.NotNil(t, r, "%+v", out.Relations) {
		assert.Equal(t, graph.StatusFormer, r.Status)
	}
	out = run(t, "Priya Raman, Norvik's founder, stepped down as chief executive in 2021.", "2024-06-05")
	if r := hasRel(out, graph.Leads, "Priya Raman", "Norvik"); assert.NotNil(t, r, "%+v", out.Relations) {
		assert.Equal(t, graph.StatusCurrent, r.Status)
	}
}

func TestOpenersAndHeadlineWords(t *testing.T) {
	for _, tc := range []struct{ text, not string }{
		{"Is this a bubble? Some analysts think Norvik is overvalued.", "Is"},
		{"Who are the customers? Mostly AI labs, such as Norvik.", "Mostly AI"},
		{"Regulators Circle Big Tech on Several Fronts\n\nThe agency questioned Norvik on Monday.", "Circle"},
	} {
		out := run(t, tc.text, "2024-06-05")
		_, bad := entityNames(out)[tc.not]
		assert.False(t, bad, "%q: %+v", tc.text, out.Entities)
	}
}

func TestProductApposition(t *testing.T) {
	out := run(t, "Halden Systems showed Lunar Ridge, a laptop chip, on Tuesday. PC makers will use Lunar Ridge in September.", "2024-06-05")
	assert.Equal(t, graph.Product, entityNames(out)["Lunar Ridge"], "%+v", out.Entities)
	out = run(t, "Zenta, a chip designer, raised money. Zenta is growing.", "2024-06-05")
	assert.Equal(t, graph.Org, entityNames(out)["Zenta"], "%+v", out.Entities)
}
