package resolvers

import "github.com/cigraph/cigraph/graph"

// ObserveRun counts one finished run of the unattended ingestion (`cigraph
// serve --sources`) in /metrics, under via="sources". The pipeline calls it
// through ingest.Config.OnRun.
func (m *Metrics) ObserveRun(run graph.IngestRun) {
	for outcome, n := range map[string]int{"new": run.New, "duplicate": run.Duplicate,
		"syndicated": run.Syndicated, "failed": run.Failed} {
		m.ingested.WithLabelValues("sources", outcome).Add(float64(max(n, 0)))
	}
	m.facts.WithLabelValues("sources").Add(float64(max(run.Facts, 0)))
	status := run.Status
	if status == "" {
		status = "unknown"
	}
	m.runs.WithLabelValues(status).Inc()
}
