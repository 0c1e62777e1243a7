package queries_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph"
	"github.com/cigraph/cigraph/graph/graphtest"
	"github.com/cigraph/cigraph/queries"
	"github.com/cigraph/cigraph/resolvers"
)

// The timeline query returns an entity's claims sorted by valid time
// (undated last), whatever their ids.
func TestTimelineSortedByTime(t *testing.T) {
	store := graphtest.Open(t)
	ctx := context.Background()
	doc := graph.Document{Published: "2024-06-01", Extractor: "fixture"}
	doc.URL, doc.Title, doc.Text = "https://example.com/kilo", "Kilo suppliers", "A made-up article for the timeline query test."
	for _, n := range []string{"Kilo Motors", "Lima Steel", "Mike Glass", "November Tyres", "Oscar Paint"} {
		doc.Entities = append(doc.Entities, graph.Entity{Name: n, Type: graph.Org, Aliases: []string{}})
	}
	for _, r := range [][2]string{{"Lima Steel", "2024-02"}, {"Mike Glass", "2021"}, {"November Tyres", ""}, {"Oscar Paint", "2023-Q3"}} {
		doc.Relations = append(doc.Relations, graph.Relation{Type: graph.CustomerOf, Subject: "Kilo Motors", Object: r[0],
			Time: r[1], Evidence: "Kilo Motors sources from " + r[0] + " " + r[1] + "."})
	}
	_, err := store.ImportDocument(ctx, doc)
	require.NoError(t, err)

	api := resolvers.NewHandler(resolvers.Config{Store: store})
	q, err := queries.Get("timeline")
	require.NoError(t, err)
	typed, err := queries.Vars(q, "", nil, map[string]string{"entity": "Kilo Motors"})
	require.NoError(t, err)
	resp, err := queries.Run(ctx, api, q, typed)
	require.NoError(t, err)
	require.NoError(t, resp.Err())
	var got []string
	for _, row := range queries.Flatten(resp.Data).Rows {
		if v, ok := row.Get("asSubject.edges.node.object.name"); ok {
			got = append(got, v.(string))
		}
	}
	assert.Equal(t, []string{"Mike Glass", "Oscar Paint", "Lima Steel", "November Tyres"}, got)
}
