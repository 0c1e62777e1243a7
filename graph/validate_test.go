package graph_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph"
)

func ptr[T any](v T) *T { return &v }

// validDoc is a small document in our own words.
func validDoc() graph.Document {
	return graph.Document{
		Article:   graph.Article{URL: "https://example.test/news/1", Text: "Acme buys widgets from Globex."},
		Published: "2024-05-02",
		Extraction: graph.Extraction{
			Entities: []graph.Entity{
				{Name: "Acme Corp.", Type: graph.Org, Aliases: []string{"Acme"}},
				{Name: "Globex", Type: graph.Org},
				{Name: "Widget Cloud", Type: graph.Product},
			},
			Relations: []graph.Relation{{Type: graph.CustomerOf, Subject: "Acme", Object: "Globex", Product: "Widget Cloud",
				Amount:       &graph.Amount{Value: 5e6, Unit: "USD", Period: "month", Qualifier: "approx"},
				SharePercent: ptr(10.0), Status: "current", Time: "2024-Q1", Evidence: "Acme pays Globex for widgets."}},
			Metrics: []graph.Metric{{Subject: "Globex", Metric: "revenue", Value: 5e7, Unit: "USD", Period: "year",
				Time: "2023", Evidence: "Globex made fifty million."}},
		},
	}
}

func TestValidateDocumentAcceptsValid(t *testing.T) {
	require.NoError(t, graph.ValidateDocument(validDoc()))
}

func TestValidateDocumentNamesTheField(t *testing.T) {
	cases := []struct {
		name   string
		mutate func(d *graph.Document)
		want   string
	}{
		{"unknown relation type", func(d *graph.Document) { d.Relations[0].Type = "FOO" }, `relations[0].type: unknown relation type "FOO"`},
		{"undeclared object", func(d *graph.Document) { d.Relations[0].Object = "Initech" }, `relations[0].object: "Initech" is not a declared entity`},
		{"undeclared product", func(d *graph.Document) { d.Relations[0].Product = "Gizmo" }, `relations[0].product: "Gizmo" is not a declared entity`},
		{"negative amount", func(d *graph.Document) { d.Relations[0].Amount.Value = -3 }, `relations[0].amount.value: negative amount`},
		{"share over 100", func(d *graph.Document) { d.Relations[0].SharePercent = ptr(140.0) }, `relations[0].share_percent: 140 is over 100`},
		{"bad status", func(d *graph.Document) { d.Relations[0].Status = "rumoured" }, `relations[0].status: unknown status "rumoured"`},
		{"bad period", func(d *graph.Document) { d.Relations[0].Amount.Period = "week" }, `relations[0].amount.period: unknown period "week"`},
		{"bad qualifier", func(d *graph.Document) { d.Relations[0].Amount.Qualifier = "maybe" }, `relations[0].amount.qualifier: unknown qualifier "maybe"`},
		{"bad currency", func(d *graph.Document) { d.Relations[0].Amount.Unit = "dollars" }, `relations[0].amount.unit: "dollars" is not an ISO 4217 code`},
		{"bad time", func(d *graph.Document) { d.Relations[0].Time = "spring 2024" }, `relations[0].time: time "SPRING 2024"`},
		{"self relation", func(d *graph.Document) { d.Relations[0].Object = "Acme Corp" }, `relations[0].object: "Acme Corp" is the subject itself`},
		{"missing evidence", func(d *graph.Document) { d.Relations[0].Evidence = " " }, `relations[0].evidence: missing evidence sentence`},
		{"bad metric name", func(d *graph.Document) { d.Metrics[0].Metric = "profit" }, `metrics[0].metric: unknown metric "profit"`},
		{"negative revenue", func(d *graph.Document) { d.Metrics[0].Value = -1 }, `metrics[0].value: negative amount`},
		{"market share over 100", func(d *graph.Document) {
			d.Metrics[0].Metric, d.Metrics[0].Value, d.Metrics[0].Unit, d.Metrics[0].Period = "market_share", 120, "percent", ""
		}, `metrics[0].value: 120% is over 100`},
		{"metric subject", func(d *graph.Document) { d.Metrics[0].Subject = "Nobody" }, `metrics[0].subject: "Nobody" is not a declared entity`},
		{"entity type", func(d *graph.Document) { d.Entities[1].Type = "COMPANY" }, `entities[1].type: unknown entity type "COMPANY"`},
		{"published", func(d *graph.Document) { d.Published = "May 2nd" }, `published: date "May 2nd"`},
		{"url", func(d *graph.Document) { d.URL = "ftp:/x" }, `url: "ftp:/x" is not an http(s) URL`},
		{"confidence", func(d *graph.Document) { d.Relations[0].Confidence = 2 }, `relations[0].confidence: 2 is not between 0 and 1`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := validDoc()
			c.mutate(&d)
			err := graph.ValidateDocument(d)
			require.Error(t, err)
			assert.ErrorIs(t, err, graph.ErrInvalid)
			assert.Contains(t, err.Error(), c.want)
		})
	}
}

func TestValidateDocumentAliasesAndOptional(t *testing.T) {
	d := validDoc()
	d.Relations[0].Subject = "ACME's" // an alias, normalised
	d.Relations = append(d.Relations, graph.Relation{Type: "FOO", Subject: "x", Object: "y", Optional: true})
	d.Metrics[0].Subject = "the Globex Inc."
	require.NoError(t, graph.ValidateDocument(d))
}

func TestValidateDocumentGrowthMayBeNegative(t *testing.T) {
	d := validDoc()
	d.Metrics[0].Metric, d.Metrics[0].Value, d.Metrics[0].Unit, d.Metrics[0].Period = "growth", -4, "percent", ""
	require.NoError(t, graph.ValidateDocument(d))
}
