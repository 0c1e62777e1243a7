package graph_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph"
	"github.com/cigraph/cigraph/graph/graphtest"
)

// timelineDoc has four claims about Tango Foods whose ids do not follow
// their valid times.
func timelineDoc(url string, rels ...graph.Relation) graph.Document {
	doc := graph.Document{Published: "2024-06-01", Extractor: "fixture"}
	doc.URL, doc.Title, doc.Text = url, "Tango timeline", "A made-up article for the timeline tests."
	for _, n := range []string{"Tango Foods", "Uniform Cloud", "Victor Chips", "Whiskey Data", "Xray Labs"} {
		doc.Entities = append(doc.Entities, graph.Entity{Name: n, Type: graph.Org, Aliases: []string{}})
	}
	doc.Relations = rels
	return doc
}

func TestClaimsByTime(t *testing.T) {
	store := graphtest.Open(t)
	ctx := context.Background()
	rel := func(obj, when string) graph.Relation {
		return graph.Relation{Type: graph.CustomerOf, Subject: "Tango Foods", Object: obj, Time: when,
			Evidence: "Tango Foods buys from " + obj + " (" + when + ")."}
	}
	_, err := store.ImportDocument(ctx, timelineDoc("https://example.com/tango-1",
		rel("Uniform Cloud", "2024-03"), rel("Victor Chips", "2022-Q1"), rel("Whiskey Data", "")))
	require.NoError(t, err)
	_, err = store.ImportDocument(ctx, timelineDoc("https://example.com/tango-2", rel("Xray Labs", "2023")))
	require.NoError(t, err)

	all, err := store.Claims(ctx, graph.ClaimFilter{Subject: "Tango Foods", First: 10, ByTime: true})
	require.NoError(t, err)
	var objs []string
	for _, c := range all {
		objs = append(objs, c.Object.Name)
	}
	assert.Equal(t, []string{"Victor Chips", "Xray Labs", "Uniform Cloud", "Whiskey Data"}, objs, "by valid time, undated last")

	var paged []string
	after := ""
	for range 5 {
		page, err := store.Claims(ctx, graph.ClaimFilter{Subject: "Tango Foods", First: 1, After: after, ByTime: true})
		require.NoError(t, err)
		if len(page) == 0 {
			break
		}
		paged = append(paged, page[0].Object.Name)
		after = graph.ClaimTimeKey(page[0])
	}
	assert.Equal(t, objs, paged, "the Go cursor matches the Cypher order")

	byID, err := store.Claims(ctx, graph.ClaimFilter{Subject: "Tango Foods", First: 10})
	require.NoError(t, err)
	require.Len(t, byID, 4)
	for i := 1; i < len(byID); i++ {
		assert.Less(t, byID[i-1].ID, byID[i].ID, "default order stays by id")
	}
}
