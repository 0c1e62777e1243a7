package graph_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph"
	"github.com/cigraph/cigraph/graph/graphtest"
)

func pairNames(ps []graph.CoopetitionPair) []string {
	out := []string{}
	for _, p := range ps {
		out = append(out, p.A.Name+"–"+p.B.Name)
	}
	return out
}

func TestCoopetitionSeeds(t *testing.T) {
	store := seeded(t)
	ctx := context.Background()
	all, err := store.Coopetition(ctx, "")
	require.NoError(t, err)
	names := pairNames(all)
	assert.Contains(t, names, "ByteDance–OpenAI")
	assert.Contains(t, names, "Microsoft–OpenAI")
	assert.NotContains(t, names, "Microsoft–Oracle", "competitors that do not trade")
	for _, p := range all {
		assert.NotEmpty(t, p.Competition)
		assert.NotEmpty(t, p.Cooperation)
		for _, c := range append(p.Competition, p.Cooperation...) {
			assert.NotEmpty(t, c.Evidence)
		}
	}

	of, err := store.Coopetition(ctx, "OpenAI")
	require.NoError(t, err)
	names = pairNames(of)
	assert.ElementsMatch(t, []string{"OpenAI–ByteDance", "OpenAI–Microsoft"}, names)
	for _, p := range of {
		if p.B.Name == "ByteDance" {
			assert.Contains(t, claimTypes(p.Cooperation), graph.Uses, "ByteDance uses OpenAI's GPT-4")
		}
	}

	_, err = store.Coopetition(ctx, "Nobody Inc")
	assert.ErrorIs(t, err, graph.ErrNotFound)
}

func TestSwitchesSeeds(t *testing.T) {
	store := seeded(t)
	ctx := context.Background()
	sw, err := store.Switches(ctx, "Intuit")
	require.NoError(t, err)
	require.Len(t, sw, 1)
	assert.Equal(t, "Intuit", sw[0].Customer.Name)
	assert.Equal(t, "Amazon", sw[0].From.Name)
	assert.Equal(t, "Microsoft", sw[0].To.Name)
	require.NotEmpty(t, sw[0].FromClaims)
	require.NotEmpty(t, sw[0].ToClaims)
	assert.Equal(t, graph.StatusFormer, sw[0].FromClaims[0].Status)
	assert.Contains(t, sw[0].FromClaims[0].Evidence, "Amazon servers")

	all, err := store.Switches(ctx, "")
	require.NoError(t, err)
	require.Len(t, all, 1)
	assert.Equal(t, "Intuit", all[0].Customer.Name)

	byOld, err := store.Switches(ctx, "Amazon")
	require.NoError(t, err)
	assert.Len(t, byOld, 1, "the old supplier finds the switch too")

	none, err := store.Switches(ctx, "TikTok")
	require.NoError(t, err)
	assert.Empty(t, none)
}

func TestCoopetitionThroughSubsidiary(t *testing.T) {
	store := graphtest.Open(t)
	ctx := context.Background()
	doc := graph.Document{Published: "2024-02-01", Extractor: "fixture"}
	doc.URL, doc.Text = "https://example.com/rivals", "A made-up article for the coopetition tests."
	doc.Entities = []graph.Entity{{Name: "Parentware", Type: graph.Org, Aliases: []string{}},
		{Name: "Kidapp", Type: graph.Org, Aliases: []string{}}, {Name: "Rivalworks", Type: graph.Org, Aliases: []string{}}}
	doc.Relations = []graph.Relation{
		{Type: graph.CompetesWith, Subject: "Parentware", Object: "Rivalworks", Evidence: "Fixture: the two fight over the same market."},
		{Type: graph.SubsidiaryOf, Subject: "Kidapp", Object: "Parentware", Evidence: "Fixture: the app belongs to the parent."},
		{Type: graph.CustomerOf, Subject: "Kidapp", Object: "Rivalworks", Evidence: "Fixture: the app rents servers from the rival."},
	}
	_, err := store.ImportDocument(ctx, doc)
	require.NoError(t, err)
	pairs, err := store.Coopetition(ctx, "Parentware")
	require.NoError(t, err)
	require.Len(t, pairs, 1)
	assert.Equal(t, "Rivalworks", pairs[0].B.Name)
	require.NotNil(t, pairs[0].Via)
	assert.Equal(t, "Kidapp", pairs[0].Via.Name, "the subsidiary's buying counts for the parent")
	assert.Equal(t, []string{graph.CustomerOf}, claimTypes(pairs[0].Cooperation))
}
