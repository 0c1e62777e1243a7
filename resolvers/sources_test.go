package resolvers

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph"
	"github.com/cigraph/cigraph/graph/graphtest"
)

// Source exposes the stored conditional-GET validators and the items to
// retry, read from the real Neo4j.
func TestSourceValidatorsAndRetry(t *testing.T) {
	store := graphtest.Open(t)
	ctx := context.Background()
	require.NoError(t, store.SaveSourceState(ctx, graph.SourceState{ID: "feed:https://wire.example/rss", Name: "wire",
		Kind: "feed", Location: "https://wire.example/rss", Trust: 0.9, ETag: `"v7"`,
		LastMod: "Mon, 01 Apr 2024 10:00:00 GMT", Retry: []string{"https://wire.example/a/1"}}))
	require.NoError(t, store.SaveSourceState(ctx, graph.SourceState{ID: "folder:/news", Name: "news", Kind: "folder", Location: "/news", Trust: 0.5}))
	res := post(t, NewHandler(Config{Store: store}), `{ sources { id trust etag lastModified retry } }`, nil)
	require.Empty(t, res.Errors)
	srcs := res.Data["sources"].([]any)
	require.Len(t, srcs, 2)
	wire, news := srcs[0].(map[string]any), srcs[1].(map[string]any)
	assert.Equal(t, `"v7"`, wire["etag"])
	assert.Equal(t, "Mon, 01 Apr 2024 10:00:00 GMT", wire["lastModified"])
	assert.Equal(t, []any{"https://wire.example/a/1"}, wire["retry"])
	assert.Equal(t, 0.9, wire["trust"])
	assert.Empty(t, news["etag"])
	assert.Empty(t, news["lastModified"])
	assert.Equal(t, []any{}, news["retry"])
}
