package export

import (
	"bytes"
	"encoding/csv"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func fptr(f float64) *float64 { return &f }

// fixture is a tiny graph in our own words: Acme buys Widget Cloud from
// Globex (two claims, two months), Globex competes with Initech, and one
// revenue metric.
func fixture() ([]graph.EntityNode, []graph.Claim) {
	acme := graph.EntityNode{ID: "org:acme", Name: "Acme", Type: graph.Org, Aliases: []string{"Acme", "Acme Corp."}}
	globex := graph.EntityNode{ID: "org:globex", Name: "Globex", Type: graph.Org, Aliases: []string{"Globex"}}
	initech := graph.EntityNode{ID: "org:initech", Name: "Initech", Type: graph.Org}
	cloud := graph.EntityNode{ID: "product:widget-cloud", Name: "Widget Cloud", Type: graph.Product}
	art := &graph.ArticleNode{ID: "a:1", URL: "https://example.test/acme", Title: "Acme & Globex <deal>",
		PublishedAt: time.Date(2024, 4, 2, 0, 0, 0, 0, time.UTC)}
	mar := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	feb := time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC)
	claims := []graph.Claim{
		{ID: "c:1", Kind: graph.KindRelation, Type: graph.CustomerOf, Subject: &acme, Object: &globex, Product: &cloud,
			Amount: &graph.Amount{Value: 2e6, Unit: "USD", Period: "month", Qualifier: "approx"}, Annualized: fptr(24e6),
			SharePercent: fptr(12.5), Status: "current", ValidTime: "2024-03", ValidFrom: &mar, Confidence: 0.9,
			Evidence: `Acme pays Globex about $2 million a month for "Widget Cloud".`, Extractor: "test", Article: art},
		{ID: "c:2", Kind: graph.KindRelation, Type: graph.CustomerOf, Subject: &acme, Object: &globex,
			Amount: &graph.Amount{Value: 1.5e6, Unit: "USD", Period: "month"}, Annualized: fptr(18e6),
			Status: "current", ValidTime: "2024-02", ValidFrom: &feb, Evidence: "In February the bill was $1.5 million.", Article: art},
		{ID: "c:3", Kind: graph.KindRelation, Type: graph.CompetesWith, Subject: &globex, Object: &initech,
			Status: "current", Evidence: "Globex and Initech fight over the same buyers.", Article: art},
		{ID: "c:4", Kind: graph.KindMetric, Type: "revenue", Subject: &globex,
			Amount: &graph.Amount{Value: 1e8, Unit: "USD", Period: "year"}, Annualized: fptr(1e8), ValidTime: "2024",
			Evidence: "Globex books $100 million a year.", Article: art},
	}
	return []graph.EntityNode{acme, globex, cloud}, claims
}

func feed(t *testing.T, w Writer) {
	t.Helper()
	nodes, claims := fixture()
	for _, n := range nodes {
		require.NoError(t, w.Node(n))
	}
	for _, c := range claims {
		require.NoError(t, w.Claim(c))
	}
	require.NoError(t, w.Close())
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./export -update to create %s", path)
	assert.Equal(t, string(want), string(got))
}

func TestGraphMLGolden(t *testing.T) {
	for _, rollup := range []bool{false, true} {
		var buf bytes.Buffer
		w, err := NewGraphML(&buf, Options{Rollup: rollup})
		require.NoError(t, err)
		feed(t, w)
		name := map[bool]string{false: "graph.graphml", true: "rollup.graphml"}[rollup]
		golden(t, name, buf.Bytes())
	}
}

func TestGraphMLContent(t *testing.T) {
	var buf bytes.Buffer
	w, err := NewGraphML(&buf, Options{})
	require.NoError(t, err)
	feed(t, w)
	out := buf.String()
	assert.Equal(t, 5, strings.Count(out, "<node "), "three nodes given, Initech reached through a claim, the metric")
	assert.Equal(t, 4, strings.Count(out, "<edge "), "one edge per relation claim and one to the metric")
	assert.Contains(t, out, `<edge id="c:1" source="org:acme" target="org:globex">`)
	assert.Contains(t, out, "Acme &amp; Globex &lt;deal&gt;")
	assert.Contains(t, out, `<data key="e_annualized">24000000</data>`)
}

func TestRollupKeepsLatestAndAllEvidence(t *testing.T) {
	var buf bytes.Buffer
	w, err := NewJSONL(&buf, Options{Rollup: true})
	require.NoError(t, err)
	feed(t, w)
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	var edge string
	for _, l := range lines {
		if strings.Contains(l, `"record":"edge"`) && strings.Contains(l, `"type":"CUSTOMER_OF"`) {
			edge = l
		}
	}
	require.NotEmpty(t, edge)
	assert.Contains(t, edge, `"claims":2`)
	assert.Contains(t, edge, `"latest":{"id":"c:1"`, "March beats February")
	assert.Contains(t, edge, "In February the bill was $1.5 million.")
}

func TestJSONLGolden(t *testing.T) {
	var buf bytes.Buffer
	w, err := NewJSONL(&buf, Options{})
	require.NoError(t, err)
	feed(t, w)
	golden(t, "graph.jsonl", buf.Bytes())
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	assert.Len(t, lines, 4+4, "4 nodes and 4 claims")
}

func TestCSVGolden(t *testing.T) {
	var nodes, edges, metrics bytes.Buffer
	w, err := NewCSV(CSVFiles{Nodes: &nodes, Edges: &edges, Metrics: &metrics}, Options{})
	require.NoError(t, err)
	feed(t, w)
	golden(t, "nodes.csv", nodes.Bytes())
	golden(t, "edges.csv", edges.Bytes())
	golden(t, "metrics.csv", metrics.Bytes())
	rows, err := csv.NewReader(&edges).ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, 1+3)
	assert.Equal(t, []string{"org:acme", "org:globex", "CUSTOMER_OF", "1", "c:1", "Widget Cloud", "2000000", "USD", "month", "approx", "24000000", "12.5"}, rows[1][:12])
}

func TestCSVNeedsAllFiles(t *testing.T) {
	_, err := NewCSV(CSVFiles{Nodes: &bytes.Buffer{}}, Options{})
	require.ErrorIs(t, err, graph.ErrInvalid)
}

func TestParseFormat(t *testing.T) {
	f, err := ParseFormat("graphml")
	require.NoError(t, err)
	assert.Equal(t, GraphML, f)
	_, err = ParseFormat("xlsx")
	require.ErrorIs(t, err, graph.ErrInvalid)
}
