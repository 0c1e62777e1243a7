package export

import (
	"time"

	"github.com/cigraph/cigraph/graph"
)

// maxEvidence bounds the evidence sentences a roll-up edge carries.
const maxEvidence = 5

// Edge is one relation between two entities: a single claim, or the
// roll-up of every claim with the same subject, type and object.
type Edge struct {
	Source, Target graph.EntityNode
	Type           string
	Claims         int         // claims behind the edge (1 per claim)
	Latest         graph.Claim // the claim with the latest valid time
	Evidence       []string    // distinct evidence sentences, at most maxEvidence
}

// writer turns claims into edges (or roll-ups) and makes sure every edge's
// endpoints were written as nodes first.
type writer struct {
	enc    encoder
	rollup bool
	seen   map[string]bool
	order  []string
	edges  map[string]*Edge
}

func newWriter(enc encoder, opts Options) *writer {
	return &writer{enc: enc, rollup: opts.Rollup, seen: map[string]bool{}, edges: map[string]*Edge{}}
}

func (w *writer) Node(n graph.EntityNode) error {
	if w.seen[n.ID] {
		return nil
	}
	w.seen[n.ID] = true
	return w.enc.node(n)
}

func (w *writer) Claim(c graph.Claim) error {
	if c.Subject == nil {
		return nil
	}
	if err := w.Node(*c.Subject); err != nil {
		return err
	}
	if c.Kind == graph.KindMetric || c.Object == nil {
		return w.enc.metric(c)
	}
	if err := w.Node(*c.Object); err != nil {
		return err
	}
	if !w.rollup {
		return w.enc.edge(Edge{Source: *c.Subject, Target: *c.Object, Type: c.Type, Claims: 1, Latest: c, Evidence: []string{c.Evidence}})
	}
	w.add(c)
	return nil
}

// add folds a claim into its roll-up edge.
func (w *writer) add(c graph.Claim) {
	key := c.Subject.ID + "\x00" + c.Type + "\x00" + c.Object.ID
	e, ok := w.edges[key]
	if !ok {
		e = &Edge{Source: *c.Subject, Target: *c.Object, Type: c.Type, Latest: c}
		w.edges[key] = e
		w.order = append(w.order, key)
	}
	e.Claims++
	if later(c, e.Latest) {
		e.Latest = c
	}
	if len(e.Evidence) < maxEvidence && !contains(e.Evidence, c.Evidence) {
		e.Evidence = append(e.Evidence, c.Evidence)
	}
}

func (w *writer) Close() error {
	for _, k := range w.order {
		if err := w.enc.edge(*w.edges[k]); err != nil {
			return err
		}
	}
	return w.enc.close()
}

// later reports whether a holds at a later time than b (valid time, then
// publication), breaking ties by id so the output is deterministic.
func later(a, b graph.Claim) bool {
	ta, tb := when(a), when(b)
	if !ta.Equal(tb) {
		return ta.After(tb)
	}
	return a.ID > b.ID
}

func when(c graph.Claim) time.Time {
	if c.ValidFrom != nil {
		return *c.ValidFrom
	}
	if c.Article != nil {
		return c.Article.PublishedAt
	}
	return time.Time{}
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
