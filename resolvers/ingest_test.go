package resolvers

import (
	"context"
	"log/slog"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph"
	"github.com/cigraph/cigraph/graph/graphtest"
	"github.com/cigraph/cigraph/ingest/extract"
)

// rulesExtractor adapts the rule extractor the way cmd/cigraph does.
type rulesExtractor struct{ x *extract.Rules }

func (r rulesExtractor) Extract(ctx context.Context, text string, published time.Time, url string) (graph.Extraction, error) {
	return r.x.Extract(ctx, extract.Input{Text: text, Published: published, URL: url})
}

// The seed texts ingested through the ingestText mutation answer the
// product's questions, and knownAt before the ingestion finds nothing.
func TestSeedTextsThroughIngestText(t *testing.T) {
	store := graphtest.Open(t)
	rules, err := extract.NewRules(nil)
	require.NoError(t, err)
	srv := httptest.NewServer(NewHandler(Config{Store: store, Extractor: rulesExtractor{rules}, Auth: Auth{Token: testToken},
		Log: slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelWarn}))}))
	t.Cleanup(srv.Close)
	a := &seedAPI{store: store, srv: srv}

	before := time.Now().UTC().Add(-time.Second).Format(time.RFC3339Nano)
	for _, f := range graphtest.GoldFiles(t) {
		doc := graphtest.ReadDocument(t, f)
		vars := map[string]any{"text": doc.Text, "url": doc.URL, "published": doc.Published}
		q := `mutation($text: String!, $url: String, $published: String) {
			ingestText(text: $text, url: $url, publishedAt: $published) { articleId claims created } }`
		d := a.query(t, q, vars)
		assert.Equal(t, true, get(d, "ingestText", "created"))
		assert.Positive(t, get(d, "ingestText", "claims"))
		d = a.query(t, q, vars)
		assert.Equal(t, false, get(d, "ingestText", "created"), "ingesting the same article twice changes nothing")
	}

	e := a.exposure(t, nil, nil)
	require.NotNil(t, e, "exposure(Microsoft, ByteDance) after ingestText")
	assert.InDelta(t, 25, get(e, "statedShare", "value"), 0.01)
	assert.InDelta(t, 24, get(e, "computedShare", "value"), 0.01)
	a.checkDependencies(t)
	a.checkCoopetition(t)
	a.checkSwitches(t)

	if old := a.exposure(t, nil, before); old != nil {
		assert.Empty(t, old["spendClaims"], "knownAt before the ingestion gives nothing")
		assert.Empty(t, old["members"])
	}
}
