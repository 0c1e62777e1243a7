package export

import (
	"encoding/csv"
	"fmt"

	"github.com/cigraph/cigraph/graph"
)

// csvEncoder writes nodes.csv, edges.csv and metrics.csv.
type csvEncoder struct {
	nodes, edges, metrics *csv.Writer
}

func newCSVEncoder(f CSVFiles) (*csvEncoder, error) {
	if f.Nodes == nil || f.Edges == nil || f.Metrics == nil {
		return nil, fmt.Errorf("csv export needs nodes, edges and metrics outputs: %w", graph.ErrInvalid)
	}
	e := &csvEncoder{nodes: csv.NewWriter(f.Nodes), edges: csv.NewWriter(f.Edges), metrics: csv.NewWriter(f.Metrics)}
	for _, h := range []struct {
		w    *csv.Writer
		cols []string
	}{{e.nodes, names(nodeColumns)}, {e.edges, names(edgeColumns)}, {e.metrics, names(metricColumns)}} {
		if err := h.w.Write(h.cols); err != nil {
			return nil, fmt.Errorf("csv header: %w", err)
		}
	}
	return e, nil
}

func (e *csvEncoder) node(n graph.EntityNode) error { return e.nodes.Write(values(nodeColumns, n)) }
func (e *csvEncoder) edge(x Edge) error             { return e.edges.Write(values(edgeColumns, x)) }
func (e *csvEncoder) metric(c graph.Claim) error    { return e.metrics.Write(values(metricColumns, c)) }

func (e *csvEncoder) close() error {
	for _, w := range []*csv.Writer{e.nodes, e.edges, e.metrics} {
		w.Flush()
		if err := w.Error(); err != nil {
			return fmt.Errorf("csv: %w", err)
		}
	}
	return nil
}
