package graph

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Export bounds.
const (
	defaultExportDepth = 1
	maxExportDepth     = 4
	defaultExportNodes = 5000
	maxExportNodes     = 100000
	defaultExportPage  = 1000
)

// ExportQuery selects the part of the graph Export reads.
type ExportQuery struct {
	// Around is an entity name, alias or id; "" exports the whole graph.
	Around string
	// Depth is how many hops of roll-up relationships around Around to
	// follow (default 1, at most 4).
	Depth int
	// MaxNodes bounds the neighbourhood (default 5000).
	MaxNodes int
	// IncludeRetracted also exports claims an analyst retracted.
	IncludeRetracted bool
	// PageSize is how many nodes or claims one round trip reads (default 1000).
	PageSize int
}

// ExportSink receives what Export reads: every entity first, then the
// relation and metric claims (with entities, product, article and evidence)
// whose subject — and object, if any — are among them.
type ExportSink interface {
	Node(n EntityNode) error
	Claim(c Claim) error
}

// Export streams the whole graph, or the neighbourhood of q.Around, into
// sink page by page: one read transaction per page of PageSize nodes or
// claims (keyset pages on the unique ids), plus one to find the
// neighbourhood. The sink is called outside transactions, so a retried
// transaction never delivers anything twice. Analyst bookkeeping claims
// (merges, retractions) and merged-away entities are left out.
func (s *Store) Export(ctx context.Context, q ExportQuery, sink ExportSink) error {
	q = exportDefaults(q)
	if q.Around == "" {
		return s.exportAll(ctx, q, sink)
	}
	center, err := s.EntityByName(ctx, q.Around)
	if err != nil {
		return fmt.Errorf("export around %q: %w", q.Around, err)
	}
	ids, err := s.neighbourhood(ctx, center.ID, q)
	if err != nil {
		return err
	}
	return s.exportIDs(ctx, ids, q, sink)
}

func exportDefaults(q ExportQuery) ExportQuery {
	if q.Depth <= 0 {
		q.Depth = defaultExportDepth
	}
	q.Depth = min(q.Depth, maxExportDepth)
	if q.MaxNodes <= 0 {
		q.MaxNodes = defaultExportNodes
	}
	q.MaxNodes = min(q.MaxNodes, maxExportNodes)
	if q.PageSize <= 0 {
		q.PageSize = defaultExportPage
	}
	return q
}

const exportNodesCypher = `MATCH (e:Entity) WHERE e.id > $after AND e.mergedInto IS NULL
WITH e ORDER BY e.id LIMIT $n
RETURN e` + entityFields + ` AS e`

// exportClaimFilter keeps relation and metric claims, retracted ones only
// when asked.
const exportClaimFilter = `c.kind IN ['relation', 'metric'] AND ($retracted OR coalesce(c.retracted, false) = false)`

const exportClaimsCypher = `MATCH (c:Claim) WHERE c.id > $after AND ` + exportClaimFilter + `
WITH c ORDER BY c.id LIMIT $n
RETURN ` + claimProj + ` AS c`

// exportAll pages through every entity, then every claim, by id.
func (s *Store) exportAll(ctx context.Context, q ExportQuery, sink ExportSink) error {
	params := map[string]any{"n": q.PageSize, "retracted": q.IncludeRetracted}
	err := s.pages(ctx, exportNodesCypher, params, func(v any) (string, error) {
		e := exportEntity(v)
		return e.ID, sink.Node(e)
	})
	if err != nil {
		return fmt.Errorf("export entities: %w", err)
	}
	err = s.pages(ctx, exportClaimsCypher, params, func(v any) (string, error) {
		c := claimFrom(v)
		return c.ID, sink.Claim(c)
	})
	if err != nil {
		return fmt.Errorf("export claims: %w", err)
	}
	return nil
}

// pages runs a keyset-paged statement ($after, $n) until a short page,
// handing each row's single column to emit, which returns the row's key.
func (s *Store) pages(ctx context.Context, cypher string, params map[string]any, emit func(any) (string, error)) error {
	after := ""
	for {
		p := map[string]any{"after": after}
		for k, v := range params {
			p[k] = v
		}
		res, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			return collect(ctx, tx, cypher, p)
		})
		if err != nil {
			return err
		}
		recs := res.([]*neo4j.Record)
		for _, r := range recs {
			if after, err = emit(r.Values[0]); err != nil {
				return err
			}
		}
		if len(recs) < params["n"].(int) {
			return nil
		}
	}
}

func exportEntity(v any) EntityNode {
	if e := entityFrom(v); e != nil {
		return *e
	}
	return EntityNode{}
}
