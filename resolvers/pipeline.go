package resolvers

import (
	"context"
	"time"

	"github.com/cigraph/cigraph/graph"
)

// Pipeline reads what the ingestion pipeline recorded.
type Pipeline interface {
	ListIngestRuns(ctx context.Context, first int, before *time.Time) ([]graph.IngestRun, error)
	ListSources(ctx context.Context) ([]graph.SourceState, error)
}

func (r queryResolver) IngestRuns(ctx context.Context, first *int, before *string) ([]*graph.IngestRun, error) {
	n, err := r.limits.pageSize(first, 20)
	if err != nil {
		return nil, err
	}
	var until *time.Time
	if deref(before) != "" {
		from, _, err := parsePeriod("before", *before)
		if err != nil {
			return nil, err
		}
		until = &from
	}
	runs, err := r.store.ListIngestRuns(ctx, n, until)
	return ptrs(runs), err
}

func (r queryResolver) Sources(ctx context.Context) ([]*graph.SourceState, error) {
	src, err := r.store.ListSources(ctx)
	return ptrs(src), err
}
