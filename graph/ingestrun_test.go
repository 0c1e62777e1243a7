package graph_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph"
	"github.com/cigraph/cigraph/graph/graphtest"
)

func TestIngestRunRoundTrip(t *testing.T) {
	store := graphtest.Open(t)
	ctx := context.Background()
	start := time.Date(2024, 4, 1, 10, 0, 0, 0, time.UTC)
	run := graph.IngestRun{ID: "run:1", StartedAt: start, EndedAt: start.Add(time.Minute), Trigger: "test", Status: "partial",
		IngestCounts: graph.IngestCounts{Fetched: 5, New: 3, Duplicate: 1, Failed: 1, Facts: 12},
		Sources: []graph.SourceRun{
			{SourceID: "feed:https://a.example/f", Name: "a", IngestCounts: graph.IngestCounts{Fetched: 3, New: 3, Facts: 12}},
			{SourceID: "page:https://b.example/p", Name: "b", IngestCounts: graph.IngestCounts{Failed: 1}, Errors: []string{"HTTP 500"}},
		}}
	require.NoError(t, store.RecordIngestRun(ctx, run))
	require.NoError(t, store.RecordIngestRun(ctx, run)) // idempotent
	older := graph.IngestRun{ID: "run:0", StartedAt: start.Add(-time.Hour), Trigger: "test", Status: "ok"}
	require.NoError(t, store.RecordIngestRun(ctx, older))

	runs, err := store.ListIngestRuns(ctx, 10, nil)
	require.NoError(t, err)
	require.Len(t, runs, 2)
	got := runs[0]
	assert.Equal(t, "run:1", got.ID)
	assert.Equal(t, run.IngestCounts, got.IngestCounts)
	assert.True(t, got.StartedAt.Equal(start))
	require.Len(t, got.Sources, 2)
	assert.Equal(t, []string{"HTTP 500"}, got.Sources[1].Errors)
	assert.Equal(t, 1, got.Sources[1].Failed)
	assert.Empty(t, runs[1].Sources)

	page, err := store.ListIngestRuns(ctx, 10, &start)
	require.NoError(t, err)
	require.Len(t, page, 1)
	assert.Equal(t, "run:0", page[0].ID)
	assert.ErrorIs(t, store.RecordIngestRun(ctx, graph.IngestRun{}), graph.ErrInvalid)
}

func TestSourceStateRoundTrip(t *testing.T) {
	store := graphtest.Open(t)
	ctx := context.Background()
	now := time.Date(2024, 4, 1, 10, 0, 0, 0, time.UTC)
	next := now.Add(2 * time.Minute)
	st := graph.SourceState{ID: "feed:https://a.example/f", Name: "a", Kind: "feed", Location: "https://a.example/f",
		Publisher: "A Wire", Trust: 0.8, ETag: `"x"`, LastMod: "Mon, 01 Apr 2024 10:00:00 GMT",
		LastCheck: &now, NextCheck: &next, ErrorCount: 2, LastError: "HTTP 503"}
	require.NoError(t, store.SaveSourceState(ctx, st))
	require.NoError(t, store.SaveSourceState(ctx, st))
	list, err := store.ListSources(ctx)
	require.NoError(t, err)
	require.Len(t, list, 1)
	got := list[0]
	assert.Equal(t, st.ETag, got.ETag)
	assert.Equal(t, st.LastMod, got.LastMod)
	assert.Equal(t, 2, got.ErrorCount)
	assert.Equal(t, 0.8, got.Trust)
	require.NotNil(t, got.NextCheck)
	assert.True(t, got.NextCheck.Equal(next))
	assert.Nil(t, got.LastSuccess)

	st.ErrorCount, st.LastError, st.LastSuccess = 0, "", &now
	require.NoError(t, store.SaveSourceState(ctx, st))
	m, err := store.SourceStates(ctx)
	require.NoError(t, err)
	assert.Equal(t, 0, m[st.ID].ErrorCount)
	assert.Empty(t, m[st.ID].LastError)
	assert.NotNil(t, m[st.ID].LastSuccess)
}

func syndicationDoc() graph.Document {
	return graph.Document{
		Article: graph.Article{URL: "https://wire.example/contoso-fabrikam", Title: "Contoso and Fabrikam",
			Publisher: "Example Wire", PublishedAt: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC),
			ContentHash: "hash-1", Text: "Fabrikam buys cloud capacity from Contoso."},
		Extraction: graph.Extraction{
			Entities: []graph.Entity{{Name: "Fabrikam", Type: graph.Org}, {Name: "Contoso", Type: graph.Org}},
			Relations: []graph.Relation{{Type: graph.CustomerOf, Subject: "Fabrikam", Object: "Contoso",
				Evidence: "Fabrikam buys cloud capacity from Contoso."}},
		},
		Extractor: "test",
	}
}

func TestSyndicationRaisesSources(t *testing.T) {
	store := graphtest.Open(t)
	ctx := context.Background()
	res, err := store.ImportDocument(ctx, syndicationDoc())
	require.NoError(t, err)

	orig, err := store.ArticleByHash(ctx, "hash-1")
	require.NoError(t, err)
	require.NotNil(t, orig)
	assert.Equal(t, res.ArticleID, orig.ID)

	claims, err := store.Claims(ctx, graph.ClaimFilter{Subject: "Fabrikam", First: 10})
	require.NoError(t, err)
	require.Len(t, claims, 1)
	assert.Equal(t, 1, claims[0].Sources)

	cp := graph.Article{URL: "https://daily.example/story/123?utm_source=x", Title: "Copy", Publisher: "Daily Example",
		ContentHash: "hash-1", FetchedAt: time.Now()}
	for range 2 { // idempotent
		_, err = store.RecordSyndication(ctx, cp, res.ArticleID)
		require.NoError(t, err)
	}
	claims, err = store.Claims(ctx, graph.ClaimFilter{Subject: "Fabrikam", First: 10})
	require.NoError(t, err)
	require.Len(t, claims, 1, "the copy adds no claims of its own")
	assert.Equal(t, 2, claims[0].Sources)

	// The copy is stored once, is not an original, and its URL counts as known.
	again, err := store.ArticleByHash(ctx, "hash-1")
	require.NoError(t, err)
	assert.Equal(t, res.ArticleID, again.ID)
	ok, err := store.ArticleExists(ctx, "https://daily.example/story/123")
	require.NoError(t, err)
	assert.True(t, ok)
	counts, err := store.Counts(ctx)
	require.NoError(t, err)
	assert.Equal(t, 2, counts.Articles)

	_, err = store.RecordSyndication(ctx, cp, "a:missing")
	assert.ErrorIs(t, err, graph.ErrNotFound)
	none, err := store.ArticleByHash(ctx, "nope")
	require.NoError(t, err)
	assert.Nil(t, none)
}
