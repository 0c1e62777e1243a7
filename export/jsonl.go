package export

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"github.com/cigraph/cigraph/graph"
)

// jsonlEncoder writes one JSON object a line; "record" says what it is.
type jsonlEncoder struct {
	w      *bufio.Writer
	enc    *json.Encoder
	rollup bool
}

func newJSONLEncoder(w io.Writer, rollup bool) *jsonlEncoder {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &jsonlEncoder{w: bw, enc: enc, rollup: rollup}
}

type nodeRecord struct {
	Record string `json:"record"`
	graph.EntityNode
}

type claimRecord struct {
	Record string `json:"record"`
	graph.Claim
}

// edgeRecord is a roll-up edge: the latest claim stands for the pair.
type edgeRecord struct {
	Record   string      `json:"record"`
	Source   string      `json:"source"`
	Target   string      `json:"target"`
	Type     string      `json:"type"`
	Claims   int         `json:"claims"`
	Evidence []string    `json:"evidence"`
	Latest   graph.Claim `json:"latest"`
}

func (e *jsonlEncoder) node(n graph.EntityNode) error {
	return e.put(nodeRecord{"node", n})
}

func (e *jsonlEncoder) edge(x Edge) error {
	if !e.rollup {
		return e.put(claimRecord{"claim", x.Latest})
	}
	return e.put(edgeRecord{Record: "edge", Source: x.Source.ID, Target: x.Target.ID, Type: x.Type,
		Claims: x.Claims, Evidence: x.Evidence, Latest: x.Latest})
}

func (e *jsonlEncoder) metric(c graph.Claim) error { return e.put(claimRecord{"claim", c}) }

func (e *jsonlEncoder) put(v any) error {
	if err := e.enc.Encode(v); err != nil {
		return fmt.Errorf("jsonl: %w", err)
	}
	return nil
}

func (e *jsonlEncoder) close() error {
	if err := e.w.Flush(); err != nil {
		return fmt.Errorf("jsonl: %w", err)
	}
	return nil
}
