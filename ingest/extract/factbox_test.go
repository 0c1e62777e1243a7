package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph"
)

// Factboxes, explainers and bulleted lists (text_list.go,
// rel_list_lead.go, rel_list_items.go, rel_list_labels.go).

func TestListMarker(t *testing.T) {
	for line, want := range map[string]int{
		"- Amazon: $8 billion": 2, "* Valuation: $1 billion": 2, "• Google": 4, "•Google": 3,
		"1. Microsoft": 3, "12) Meta": 4, "2024. The year": 0, "1.5 billion": 0, "-- Amazon": 0,
		"*Share this*": 0, "Amazon said": 0, "– Getty Images": 0,
	} {
		assert.Equal(t, want, listMarker(line), line)
	}
}

func TestFactboxRoleLists(t *testing.T) {
	assertRels(t, []relCase{
		{"Anthropic has raised billions from big technology companies.\n\nAnthropic's main backers:\n- Amazon: $8 billion, in two tranches\n- Google: about $3 billion\n",
			graph.InvestsIn, "Google", "Anthropic"},
		{"Mistral AI makes open-weight language models. The Paris startup has raised money from several firms.\n\nIts biggest backers:\n* Lightspeed Venture Partners\n* Andreessen Horowitz\n",
			graph.InvestsIn, "Lightspeed Venture Partners", "Mistral AI"},
		{"Who has invested in Databricks:\n- Nvidia\n- Andreessen Horowitz ($1 billion)\n",
			graph.InvestsIn, "Nvidia", "Databricks"},
		{"Nvidia's largest customers last quarter:\n1. Microsoft (about 19% of revenue)\n2. Meta Platforms\n",
			graph.CustomerOf, "Meta Platforms", "Nvidia"},
		{"Apple's key suppliers:\n• TSMC – processors\n• Foxconn – assembly\n",
			graph.CustomerOf, "Apple", "Foxconn"},
		{"OpenAI's main rivals:\n- Anthropic\n- Google DeepMind\n",
			graph.CompetesWith, "OpenAI", "Anthropic"},
		{"Alphabet's units:\n- Waymo: self-driving cars\n- Verily: life sciences\n",
			graph.SubsidiaryOf, "Waymo", "Alphabet"},
	})
}

func TestFactboxItemFigures(t *testing.T) {
	out := run(t, "Anthropic's main backers:\n- Amazon: $8 billion, in two tranches\n- Google: about $3 billion, plus a 14% stake\n", "2025-03-10")
	r := assertShare(t, out, graph.InvestsIn, "Google", "Anthropic", 14)
	require.NotNil(t, r.Amount)
	assert.Equal(t, 3e9, r.Amount.Value)
	assert.Equal(t, "approx", r.Amount.Qualifier)
	a := hasRel(out, graph.InvestsIn, "Amazon", "Anthropic")
	require.NotNil(t, a)
	require.NotNil(t, a.Amount)
	assert.Equal(t, 8e9, a.Amount.Value)
	assert.Equal(t, "Amazon: $8 billion, in two tranches", a.Evidence) // the marker is left out
	out = run(t, "Nvidia's largest customers:\n1. Microsoft (about 19% of revenue)\n", "2025-03-10")
	assertShare(t, out, graph.CustomerOf, "Microsoft", "Nvidia", 19)
	out = run(t, "Former backers of Figma:\n- Index Ventures\n", "2025-03-10")
	r = hasRel(out, graph.InvestsIn, "Index Ventures", "Figma")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.Equal(t, graph.StatusFormer, r.Status)
}

func TestFactboxLabels(t *testing.T) {
	text := "Anthropic, the maker of the Claude chatbot, is one of the most valuable startups. Anthropic sells its models to businesses.\n\n" +
		"Key facts:\n* Valuation: $183 billion after its Series F\n* Annualized revenue: about $5 billion\n* Chief executive: Dario Amodei\n* Backers: Amazon, Google\n"
	out := run(t, text, "2025-09-10")
	m := metricOf(out, "Anthropic", "valuation")
	require.NotNil(t, m, "%+v", out.Metrics)
	assert.Equal(t, 183e9, m.Value)
	m = metricOf(out, "Anthropic", "annualized_revenue")
	require.NotNil(t, m, "%+v", out.Metrics)
	assert.Equal(t, 5e9, m.Value)
	assert.Equal(t, "annualized", m.Period)
	assert.NotNil(t, hasRel(out, graph.Leads, "Dario Amodei", "Anthropic"))
	assert.NotNil(t, hasRel(out, graph.InvestsIn, "Amazon", "Anthropic"))
	assert.NotNil(t, hasRel(out, graph.InvestsIn, "Google", "Anthropic"))
	assert.Empty(t, entType(out, "Valuation"))

	// the lead-in names the company: "Here's how the company did:"
	out = run(t, "Nvidia reported quarterly results on Wednesday.\n\nHere's how the company did, compared with estimates:\n- Revenue: $26 billion vs. $24.6 billion expected\n- Gross margin: 78.4%\n", "2024-05-23")
	m = metricOf(out, "Nvidia", "revenue")
	require.NotNil(t, m, "%+v", out.Metrics)
	assert.Equal(t, 26e9, m.Value)
	assert.False(t, m.Forecast)
	m = metricOf(out, "Nvidia", "gross_margin")
	require.NotNil(t, m, "%+v", out.Metrics)
	assert.Equal(t, 78.4, m.Value)
}

// Lists that state no tie, items after the list's end and items that are
// whole sentences make no list facts.
func TestFactboxPrecision(t *testing.T) {
	refuteRels(t, []relCase{
		{"Anthropic is raising money again.\n\nWhat to watch:\n- Amazon: $8 billion\n- Google\n", graph.InvestsIn, "Amazon", "Anthropic"},
		{"Warner Bros Discovery is weighing offers.\n\nOther bidders:\n- Comcast\n- Paramount Skydance\n", graph.Acquires, "Comcast", "Warner Bros Discovery"},
		{"Warner Bros Discovery is weighing offers.\n\nWarner Bros Discovery's possible suitors:\n- Comcast\n", graph.InvestsIn, "Comcast", "Warner Bros Discovery"},
		// a prose line ends the list: the next items have no lead-in
		{"Anthropic's main backers:\n- Amazon\n\nThe company declined to comment.\n- Google: $2 billion\n", graph.InvestsIn, "Google", "Anthropic"},
		// a hedged item
		{"Anthropic's backers:\n- Apple: may invest later\n", graph.InvestsIn, "Apple", "Anthropic"},
		// a list without a lead-in
		{"Anthropic builds chatbots.\n- Amazon: $8 billion\n", graph.InvestsIn, "Amazon", "Anthropic"},
	})
	out := run(t, "Anthropic's backers:\n- Amazon said it had sold part of its holding in Zoox.\n", "2025-03-10")
	assert.Nil(t, hasRel(out, graph.InvestsIn, "Amazon", "Anthropic"), "%+v", out.Relations)
}

// A wire slug is no name ("FACTBOX-Who ..."), nor is an ordinal opening a
// lead-in ("Fourth quarter highlights:").
func TestFactboxHeadingWords(t *testing.T) {
	out := run(t, "FACTBOX-Who is funding Mistral AI?\n\nMistral AI is raising money. Mistral AI makes language models.\n", "2024-06-05")
	assert.Empty(t, out.Relations)
	assert.Equal(t, 0, wireSlug("FACTBOX"))
	assert.Equal(t, 8, wireSlug("FACTBOX-Who is funding Mistral AI?"))
	out = run(t, "Coreline Systems reported results. Coreline Systems sells storage software.\n\nFourth quarter highlights:\n• Revenue: $412 million, up 11%\n", "2024-06-05")
	m := metricOf(out, "Coreline Systems", "revenue")
	require.NotNil(t, m, "%+v", out.Metrics)
	assert.Equal(t, 412e6, m.Value)
	assert.Empty(t, entType(out, "Fourth"))
}

func TestFactboxItemListsAndOnceAmounts(t *testing.T) {
	text := "Who has backed Zenta AI\n\nZenta AI has raised $2 billion. Its main backers:\n\n- Halden Capital: $800 million\n- Norvik Ventures, Pellucid Partners and Tarsel Capital: earlier rounds\n"
	out := run(t, text, "2025-09-10")
	for _, b := range []string{"Norvik Ventures", "Pellucid Partners", "Tarsel Capital"} {
		r := hasRel(out, graph.InvestsIn, b, "Zenta AI")
		require.NotNil(t, r, "%s: %+v", b, out.Relations)
		assert.Nil(t, r.Amount, b)
	}
	r := hasRel(out, graph.InvestsIn, "Halden Capital", "Zenta AI")
	require.NotNil(t, r, "%+v", out.Relations)
	require.NotNil(t, r.Amount)
	assert.Equal(t, "once", r.Amount.Period)
}
