package resolvers

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The scheduler's end-of-run log record feeds /metrics, and the record
// still reaches the real log handler (at its own level).
func TestIngestLogTapCountsRuns(t *testing.T) {
	m := NewMetrics(nil, nil)
	var out bytes.Buffer
	log := slog.New(m.IngestLogTap(slog.NewTextHandler(&out, &slog.HandlerOptions{Level: slog.LevelWarn})))
	log = log.With("component", "ingest")
	for range 2 {
		log.InfoContext(context.Background(), IngestRunMessage, "run", "r1", "status", "partial", "fetched", 5,
			"new", 3, "duplicate", 1, "syndicated", 0, "failed", 1, "facts", 7)
	}
	log.Info("something else", "new", 100)
	log.Warn("kept")

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
	assert.NotContains(t, out.String(), IngestRunMessage, "info records stay below the handler's level")
	assert.Contains(t, out.String(), "msg=kept component=ingest")
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
