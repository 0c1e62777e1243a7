package resolvers

import (
	"context"
	"log/slog"
)

// IngestRunMessage is the log message the ingestion pipeline writes when a
// run ends, with the run's counts as attributes (ingest/run.go).
const IngestRunMessage = "ingest run done"

// IngestLogTap wraps the log handler given to the --sources scheduler of
// `cigraph serve`: every record passes through to next unchanged, and each
// end-of-run record also adds the run's counts to /metrics (via="sources").
// It sees the record even when next's level would drop it.
func (m *Metrics) IngestLogTap(next slog.Handler) slog.Handler {
	return ingestTap{m: m, next: next}
}

type ingestTap struct {
	m    *Metrics
	next slog.Handler
}

func (t ingestTap) Enabled(context.Context, slog.Level) bool { return true }

func (t ingestTap) Handle(ctx context.Context, r slog.Record) error {
	if r.Message == IngestRunMessage {
		t.m.observeRun(r)
	}
	if !t.next.Enabled(ctx, r.Level) {
		return nil
	}
	return t.next.Handle(ctx, r)
}

func (t ingestTap) WithAttrs(as []slog.Attr) slog.Handler {
	return ingestTap{m: t.m, next: t.next.WithAttrs(as)}
}

func (t ingestTap) WithGroup(name string) slog.Handler {
	return ingestTap{m: t.m, next: t.next.WithGroup(name)}
}

// observeRun counts one finished run from its log record.
func (m *Metrics) observeRun(r slog.Record) {
	status := "unknown"
	r.Attrs(func(a slog.Attr) bool {
		switch a.Key {
		case "status":
			status = a.Value.String()
		case "new", "duplicate", "syndicated", "failed":
			m.ingested.WithLabelValues("sources", a.Key).Add(attrCount(a.Value))
		case "facts":
			m.facts.WithLabelValues("sources").Add(attrCount(a.Value))
		}
		return true
	})
	m.runs.WithLabelValues(status).Inc()
}

// attrCount is a non-negative count attribute as a float (0 otherwise).
func attrCount(v slog.Value) float64 {
	switch v.Kind() {
	case slog.KindInt64:
		return float64(max(v.Int64(), 0))
	case slog.KindUint64:
		return float64(v.Uint64())
	}
	return 0
}
