package ingest

import (
	"log/slog"

	"github.com/cigraph/cigraph/graph"
)

func countAttrs(trigger string, total int, c graph.IngestCounts) []slog.Attr {
	return []slog.Attr{slog.String("trigger", trigger), slog.Int("queued", total),
		slog.Int("fetched", c.Fetched), slog.Int("new", c.New), slog.Int("duplicate", c.Duplicate),
		slog.Int("syndicated", c.Syndicated), slog.Int("failed", c.Failed), slog.Int("facts", c.Facts)}
}
