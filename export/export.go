// Package export writes a piece of the knowledge graph — entities and the
// claims between them, with amounts, dates and evidence sentences — as
// GraphML (Gephi, NetworkX), CSV (spreadsheets, pandas) or JSON Lines.
// The writers are pure: they take nodes and claims as they are read from
// the store and stream them out, so a whole graph never has to fit in memory
// (except in roll-up mode, which keeps one aggregate per entity pair).
package export

import (
	"fmt"
	"io"

	"github.com/cigraph/cigraph/graph"
)

// Format names an output format.
type Format string

// Output formats.
const (
	GraphML Format = "graphml"
	CSV     Format = "csv"
	JSONL   Format = "jsonl"
)

// ParseFormat checks a format name.
func ParseFormat(s string) (Format, error) {
	switch f := Format(s); f {
	case GraphML, CSV, JSONL:
		return f, nil
	}
	return "", fmt.Errorf("export format %q (want graphml, csv or jsonl): %w", s, graph.ErrInvalid)
}

// Sink receives the graph as the store reads it.
type Sink interface {
	Node(n graph.EntityNode) error
	Claim(c graph.Claim) error
}

// Writer is a Sink that must be closed to flush what it buffered.
type Writer interface {
	Sink
	Close() error
}

// Options shape the output.
type Options struct {
	// Rollup writes one edge per (subject, type, object) with the number of
	// claims, the latest amount and the evidence sentences, instead of one
	// edge per claim.
	Rollup bool
}

// CSVFiles are the three tables the CSV format writes.
type CSVFiles struct {
	Nodes   io.Writer // nodes.csv
	Edges   io.Writer // edges.csv
	Metrics io.Writer // metrics.csv
}

// encoder is what a format implements: nodes, relation edges and metrics.
type encoder interface {
	node(n graph.EntityNode) error
	edge(e Edge) error
	metric(c graph.Claim) error
	close() error
}

// NewGraphML writes GraphML to w: entities are nodes, relation claims (or
// roll-ups) edges, and each metric claim a node of type METRIC carrying the
// metrics.csv columns (as "m_" keys), linked from its entity by a
// HAS_METRIC edge.
func NewGraphML(w io.Writer, opts Options) (Writer, error) {
	enc, err := newGraphMLEncoder(w)
	if err != nil {
		return nil, err
	}
	return newWriter(enc, opts), nil
}

// NewJSONL writes one JSON object a line to w: {"record":"node",...},
// {"record":"claim",...} (or {"record":"edge",...} in roll-up mode).
func NewJSONL(w io.Writer, opts Options) (Writer, error) {
	return newWriter(newJSONLEncoder(w, opts.Rollup), opts), nil
}

// NewCSV writes nodes, edges and metrics as three CSV tables with headers.
func NewCSV(files CSVFiles, opts Options) (Writer, error) {
	enc, err := newCSVEncoder(files)
	if err != nil {
		return nil, err
	}
	return newWriter(enc, opts), nil
}
