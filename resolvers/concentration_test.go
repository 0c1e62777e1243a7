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
)

const concentrationKnownAtQuery = `query($knownAt: String) {
  concentration(supplier: "Nimbus Cloud", knownAt: $knownAt) {
    customers { customer { name } share { value } claims { knownAt } }
    top1Share hhi coveredShare
  } }`

// nimbusDoc is a made-up article: customer holds share percent of Nimbus
// Cloud's revenue.
func nimbusDoc(url, customer string, share float64) graph.Document {
	doc := graph.Document{Published: "2024-06-01", Extractor: "fixture"}
	doc.URL, doc.Title, doc.Text = url, "Nimbus customers", "A made-up article about Nimbus Cloud."
	doc.Entities = []graph.Entity{{Name: "Nimbus Cloud", Type: graph.Org, Aliases: []string{}},
		{Name: customer, Type: graph.Org, Aliases: []string{}}}
	doc.Relations = []graph.Relation{{Type: graph.CustomerOf, Subject: customer, Object: "Nimbus Cloud",
		Status: graph.StatusCurrent, Time: "2024-05", SharePercent: &share,
		Evidence: customer + " accounts for part of Nimbus Cloud's sales."}}
	return doc
}

// newNimbusAPI imports one customer, then a second one, over the real
// Neo4j, and returns the API and an instant between the two ingestions.
func newNimbusAPI(t *testing.T) (*seedAPI, string) {
	t.Helper()
	store := graphtest.Open(t)
	ctx := context.Background()
	_, err := store.ImportDocument(ctx, nimbusDoc("https://example.com/nimbus-1", "Kappa Foods", 30))
	require.NoError(t, err)
	between := time.Now().UTC()
	time.Sleep(5 * time.Millisecond)
	_, err = store.ImportDocument(ctx, nimbusDoc("https://example.com/nimbus-2", "Lambda Air", 40))
	require.NoError(t, err)
	srv := httptest.NewServer(NewHandler(Config{Store: store,
		Log: slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelWarn}))}))
	t.Cleanup(srv.Close)
	return &seedAPI{store: store, srv: srv}, between.Format(time.RFC3339Nano)
}

func TestConcentrationKnownAtOverHTTP(t *testing.T) {
	a, between := newNimbusAPI(t)

	now := a.query(t, concentrationKnownAtQuery, nil)["concentration"]
	require.NotNil(t, now)
	require.Len(t, now.(map[string]any)["customers"], 2)
	assert.Equal(t, "Lambda Air", get(now.(map[string]any)["customers"].([]any)[0], "customer", "name"))
	assert.InDelta(t, 40, get(now, "top1Share"), 1e-9)
	assert.InDelta(t, 1600+900, get(now, "hhi"), 1e-6)

	then := a.query(t, concentrationKnownAtQuery, map[string]any{"knownAt": between})["concentration"]
	require.NotNil(t, then)
	customers := then.(map[string]any)["customers"].([]any)
	require.Len(t, customers, 1, "Lambda Air was learned after knownAt")
	assert.Equal(t, "Kappa Foods", get(customers[0], "customer", "name"))
	assert.InDelta(t, 30, get(then, "top1Share"), 1e-9)
	assert.InDelta(t, 900, get(then, "hhi"), 1e-6)
	assert.InDelta(t, 30, get(then, "coveredShare"), 1e-9)
}

func TestConcentrationBadKnownAtBeforeAnyDatabaseCall(t *testing.T) {
	a, _ := newNimbusAPI(t)
	before := a.store.RoundTrips()
	for _, bad := range []string{"yesterday", "2024-13", "2024-03-12 10:00"} {
		res := a.do(t, concentrationKnownAtQuery, map[string]any{"knownAt": bad})
		assert.Equal(t, CodeInvalid, res.code(t), bad)
		assert.Contains(t, res.Errors[0].Message, `knownAt: "`+bad+`" is not a date`)
	}
	assert.Equal(t, before, a.store.RoundTrips(), "no database call")
}
