package graph

import (
	"context"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func init() {
	schemaStatements = append(schemaStatements,
		"CREATE CONSTRAINT ingest_run_id IF NOT EXISTS FOR (n:IngestRun) REQUIRE n.id IS UNIQUE",
		"CREATE INDEX ingest_run_started IF NOT EXISTS FOR (n:IngestRun) ON (n.startedAt)",
		"CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE",
	)
}

// IngestCounts are what one run (or one source within it) did.
type IngestCounts struct {
	Fetched    int `json:"fetched"`    // documents fetched or read
	New        int `json:"new"`        // articles stored for the first time
	Duplicate  int `json:"duplicate"`  // already stored (same URL, or same text and publisher)
	Syndicated int `json:"syndicated"` // same text from another publisher, linked to the original
	Failed     int `json:"failed"`     // documents or sources that failed
	Facts      int `json:"facts"`      // claims written
}

// Add sums counts.
func (c *IngestCounts) Add(o IngestCounts) {
	c.Fetched += o.Fetched
	c.New += o.New
	c.Duplicate += o.Duplicate
	c.Syndicated += o.Syndicated
	c.Failed += o.Failed
	c.Facts += o.Facts
}

// SourceRun is one source's part of a run, with its error messages.
type SourceRun struct {
	SourceID string `json:"sourceId"`
	Name     string `json:"name"`
	IngestCounts
	NotModified bool     `json:"notModified"` // the source answered 304
	Errors      []string `json:"errors"`
}

// IngestRun is one pass of the ingestion pipeline over its sources.
type IngestRun struct {
	ID        string    `json:"id"`
	StartedAt time.Time `json:"startedAt"`
	EndedAt   time.Time `json:"endedAt"`
	Trigger   string    `json:"trigger"` // cli, schedule, serve, test
	Status    string    `json:"status"`  // ok, partial (some failures), cancelled
	IngestCounts
	Sources []SourceRun `json:"sources"`
}

// MaxRunErrors bounds the error messages kept per source and run.
const MaxRunErrors = 50

const recordRunCypher = `
MERGE (r:IngestRun {id: $run.id})
SET r.startedAt = $run.startedAt, r.endedAt = $run.endedAt, r.trigger = $run.trigger,
    r.status = $run.status, r.fetched = $run.fetched, r.new = $run.new,
    r.duplicate = $run.duplicate, r.syndicated = $run.syndicated,
    r.failed = $run.failed, r.facts = $run.facts
WITH r
UNWIND $sources AS src
MERGE (s:Source {id: src.sourceId})
ON CREATE SET s.name = src.name
MERGE (r)-[x:CHECKED]->(s)
SET x.fetched = src.fetched, x.new = src.new, x.duplicate = src.duplicate,
    x.syndicated = src.syndicated, x.failed = src.failed, x.facts = src.facts,
    x.notModified = src.notModified, x.errors = src.errors
RETURN count(*)`

// RecordIngestRun stores a run and its per-source results in one write
// transaction; recording the same run again overwrites it with the same
// values.
func (s *Store) RecordIngestRun(ctx context.Context, run IngestRun) error {
	if run.ID == "" || run.StartedAt.IsZero() {
		return fmt.Errorf("%w: ingest run needs an id and a start time", ErrInvalid)
	}
	params := map[string]any{"run": runProps(run), "sources": sourceRunProps(run.Sources)}
	_, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return collect(ctx, tx, recordRunCypher, params)
	})
	if err != nil {
		return fmt.Errorf("record ingest run %s: %w", run.ID, err)
	}
	return nil
}

func countProps(c IngestCounts, m map[string]any) map[string]any {
	m["fetched"], m["new"], m["duplicate"] = c.Fetched, c.New, c.Duplicate
	m["syndicated"], m["failed"], m["facts"] = c.Syndicated, c.Failed, c.Facts
	return m
}

func runProps(run IngestRun) map[string]any {
	var ended any
	if !run.EndedAt.IsZero() {
		ended = run.EndedAt.UTC()
	}
	return countProps(run.IngestCounts, map[string]any{"id": run.ID, "startedAt": run.StartedAt.UTC(),
		"endedAt": ended, "trigger": run.Trigger, "status": run.Status})
}

func sourceRunProps(srcs []SourceRun) []map[string]any {
	out := make([]map[string]any, 0, len(srcs))
	for _, sr := range srcs {
		errs := sr.Errors
		if len(errs) > MaxRunErrors {
			errs = errs[:MaxRunErrors]
		}
		if errs == nil {
			errs = []string{}
		}
		out = append(out, countProps(sr.IngestCounts, map[string]any{"sourceId": sr.SourceID,
			"name": sr.Name, "notModified": sr.NotModified, "errors": errs}))
	}
	return out
}

const listRunsCypher = `
MATCH (r:IngestRun)
WHERE $before IS NULL OR r.startedAt < $before
WITH r ORDER BY r.startedAt DESC LIMIT $first
OPTIONAL MATCH (r)-[x:CHECKED]->(s:Source)
WITH r, x, s ORDER BY s.id
RETURN r {.*} AS run,
  [y IN collect(x {.*, sourceId: s.id, name: s.name}) WHERE y.sourceId IS NOT NULL] AS sources
ORDER BY run.startedAt DESC`

// ListIngestRuns returns the latest runs, newest first, each with its
// sources; before (optional) pages back from a start time.
func (s *Store) ListIngestRuns(ctx context.Context, first int, before *time.Time) ([]IngestRun, error) {
	if first <= 0 || first > 500 {
		first = 50
	}
	var b any
	if before != nil {
		b = before.UTC()
	}
	res, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return collect(ctx, tx, listRunsCypher, map[string]any{"first": first, "before": b})
	})
	if err != nil {
		return nil, fmt.Errorf("list ingest runs: %w", err)
	}
	recs := res.([]*neo4j.Record)
	out := make([]IngestRun, 0, len(recs))
	for _, r := range recs {
		out = append(out, runFrom(asMap(r.Values[0]), asList(r.Values[1])))
	}
	return out, nil
}

func countsFrom(m map[string]any) IngestCounts {
	n := func(k string) int { v, _ := m[k].(int64); return int(v) }
	return IngestCounts{Fetched: n("fetched"), New: n("new"), Duplicate: n("duplicate"),
		Syndicated: n("syndicated"), Failed: n("failed"), Facts: n("facts")}
}

func runFrom(m map[string]any, srcs []any) IngestRun {
	run := IngestRun{ID: mapString(m, "id"), Trigger: mapString(m, "trigger"), Status: mapString(m, "status"),
		IngestCounts: countsFrom(m)}
	if t := mapTime(m, "startedAt"); t != nil {
		run.StartedAt = *t
	}
	if t := mapTime(m, "endedAt"); t != nil {
		run.EndedAt = *t
	}
	for _, v := range srcs {
		sm := asMap(v)
		run.Sources = append(run.Sources, SourceRun{SourceID: mapString(sm, "sourceId"), Name: mapString(sm, "name"),
			IngestCounts: countsFrom(sm), NotModified: mapBool(sm, "notModified"), Errors: mapStrings(sm, "errors")})
	}
	return run
}
