package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Round members and amounts: sentences written for these tests.

func TestRoundBackers(t *testing.T) {
	assertRels(t, []relCase{
		{"Halden Systems has raised $200 million in a Series C round. The round was led by existing investor Fjord Capital.", graph.InvestsIn, "Fjord Capital", "Halden Systems"},
		{"Halden Systems has raised $2 billion in a Series B round from investors including Fjord Capital and Norvik Ventures.", graph.InvestsIn, "Norvik Ventures", "Halden Systems"},
		{"Halden Systems raised $80 million. Other backers include Fjord Capital and Norvik Ventures.", graph.InvestsIn, "Norvik Ventures", "Halden Systems"},
		{"Halden Systems raised $80 million. New investors Fjord Capital and Norvik Ventures also joined.", graph.InvestsIn, "Fjord Capital", "Halden Systems"},
		{"Mistral AI builds models. Its investors include Lightspeed Venture Partners and General Catalyst.", graph.InvestsIn, "General Catalyst", "Mistral AI"},
		{"Pellucid Devices, the startup that builds inference chips, has raised $50 million in a Series A round. The round was led by Fjord Capital.", graph.InvestsIn, "Fjord Capital", "Pellucid Devices"},
	})
	refuteRels(t, []relCase{
		{"Halden Systems raised $80 million. Pat Quinn joined the board of Fjord Capital.", graph.InvestsIn, "Fjord Capital", "Halden Systems"},
	})
}

func TestRoundAmountIsNotValuation(t *testing.T) {
	out := run(t, "Halden Systems raised $106 million in March at a $1.25 billion valuation in a round led by Fjord Capital.", "2024-06-05")
	r := hasRel(out, graph.InvestsIn, "Fjord Capital", "Halden Systems")
	require.NotNil(t, r, "%+v", out.Relations)
	require.NotNil(t, r.Amount)
	assert.Equal(t, 106e6, r.Amount.Value)
}

func TestAsideTimes(t *testing.T) {
	out := run(t, "Halden Systems, founded by Pat Quinn in 2016, sells labeling services to OpenAI and Meta.", "2024-06-05")
	r := hasRel(out, graph.CustomerOf, "OpenAI", "Halden Systems")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.NotEqual(t, "2016", r.Time, "the founding year dates no sale")
	out = run(t, "Halden Systems has raised $1 billion in a round that values it at $13.8 billion, nearly double its valuation in 2021.", "2024-06-05")
	m := metricOf(out, "Halden Systems", "valuation")
	require.NotNil(t, m, "%+v", out.Metrics)
	assert.NotEqual(t, "2021", m.Time, "2021 dates the compared valuation")
}
