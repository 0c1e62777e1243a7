package export

import (
	"bytes"
	"encoding/xml"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// gml is the part of GraphML the tests read back.
type gml struct {
	Keys []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Nodes []gmlElem `xml:"graph>node"`
	Edges []gmlElem `xml:"graph>edge"`
}

type gmlElem struct {
	ID     string `xml:"id,attr"`
	Source string `xml:"source,attr"`
	Target string `xml:"target,attr"`
	Data   []struct {
		Key   string `xml:"key,attr"`
		Value string `xml:",chardata"`
	} `xml:"data"`
}

// attrs maps a node's or edge's data to attribute names through the keys.
func (g gml) attrs(el gmlElem) map[string]string {
	names := map[string]string{}
	for _, k := range g.Keys {
		names[k.ID] = k.Name
	}
	out := map[string]string{}
	for _, d := range el.Data {
		out[names[d.Key]] = d.Value
	}
	return out
}

func parseGraphML(t *testing.T, opts Options) gml {
	t.Helper()
	var buf bytes.Buffer
	w, err := NewGraphML(&buf, opts)
	require.NoError(t, err)
	feed(t, w)
	var g gml
	require.NoError(t, xml.Unmarshal(buf.Bytes(), &g), buf.String())
	return g
}

func TestGraphMLMetricNode(t *testing.T) {
	for _, rollup := range []bool{false, true} {
		g := parseGraphML(t, Options{Rollup: rollup})
		var metric map[string]string
		for _, n := range g.Nodes {
			if n.ID == "c:4" {
				metric = g.attrs(n)
			}
		}
		require.NotNil(t, metric, "the revenue claim is a node")
		assert.Equal(t, MetricType, metric["type"])
		assert.Equal(t, "revenue", metric["label"])
		assert.Equal(t, "revenue", metric["metric"])
		assert.Equal(t, "100000000", metric["value"])
		assert.Equal(t, "USD", metric["unit"])
		assert.Equal(t, "year", metric["period"])
		assert.Equal(t, "2024", metric["validTime"])
		assert.Equal(t, "Globex books $100 million a year.", metric["evidence"])
		assert.Equal(t, "https://example.test/acme", metric["articleUrl"])
		assert.Equal(t, "org:globex", metric["entity"])

		var links []gmlElem
		for _, e := range g.Edges {
			if e.Target == "c:4" {
				links = append(links, e)
			}
		}
		require.Len(t, links, 1)
		assert.Equal(t, "org:globex", links[0].Source)
		assert.Equal(t, HasMetric, g.attrs(links[0])["type"])
		assert.Equal(t, "c:4", g.attrs(links[0])["claimId"])
	}
}

// Every data key is declared once for its scope, and every edge joins
// declared nodes with a unique id.
func TestGraphMLWellFormed(t *testing.T) {
	g := parseGraphML(t, Options{})
	scope := map[string]string{}
	for _, k := range g.Keys {
		require.NotContains(t, scope, k.ID, "key %s declared twice", k.ID)
		scope[k.ID] = k.For
	}
	nodes := map[string]bool{}
	for _, n := range g.Nodes {
		require.False(t, nodes[n.ID], "node %s twice", n.ID)
		nodes[n.ID] = true
		for _, d := range n.Data {
			assert.Equal(t, "node", scope[d.Key], "node %s data %s", n.ID, d.Key)
		}
	}
	edges := map[string]bool{}
	for _, e := range g.Edges {
		require.False(t, edges[e.ID], "edge %s twice", e.ID)
		edges[e.ID] = true
		assert.True(t, nodes[e.Source] && nodes[e.Target], "edge %s joins declared nodes", e.ID)
		for _, d := range e.Data {
			assert.Equal(t, "edge", scope[d.Key], "edge %s data %s", e.ID, d.Key)
		}
	}
}
