package resolvers

import (
	"io"
	"net/http/httptest"
	"testing"

	"github.com/cigraph/cigraph/graph"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Each finished run of the unattended scheduler is counted in /metrics.
func TestObserveRunCountsRuns(t *testing.T) {
	m := NewMetrics(nil, nil)
	run := graph.IngestRun{ID: "r1", Status: "partial", IngestCounts: graph.IngestCounts{
		Fetched: 5, New: 3, Duplicate: 1, Syndicated: 0, Failed: 1, Facts: 7}}
	for range 2 {
		m.ObserveRun(run)
	}

	body := scrape(t, m)
	for _, line := range []string{
		`cigraph_ingest_documents_total{outcome="new",via="sources"} 6`,
		`cigraph_ingest_documents_total{outcome="duplicate",via="sources"} 2`,
		`cigraph_ingest_documents_total{outcome="failed",via="sources"} 2`,
		`cigraph_ingest_facts_total{via="sources"} 14`,
		`cigraph_ingest_runs_total{status="partial"} 2`,
	} {
		assert.Contains(t, body, line)
	}
}

// ingestText is counted under via="api" with the claims it stored.
func TestIngestMetricsAPI(t *testing.T) {
	m := NewMetrics(nil, nil)
	m.ingest("created", 4)
	m.ingest("failed", 0)
	body := scrape(t, m)
	assert.Contains(t, body, `cigraph_ingest_documents_total{outcome="created",via="api"} 1`)
	assert.Contains(t, body, `cigraph_ingest_documents_total{outcome="failed",via="api"} 1`)
	assert.Contains(t, body, `cigraph_ingest_facts_total{via="api"} 4`)
}

func scrape(t *testing.T, m *Metrics) string {
	t.Helper()
	rec := httptest.NewRecorder()
	m.handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	require.Equal(t, 200, rec.Code)
	b, err := io.ReadAll(rec.Body)
	require.NoError(t, err)
	return string(b)
}
