package graph

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// exportStepCypher is one breadth-first step over roll-up relationships
// from the frontier $ids, bounded by $n new entities.
const exportStepCypher = `UNWIND $ids AS id
MATCH (:Entity {id: id})-[r]-(x:Entity)
WHERE type(r) IN $types AND x.mergedInto IS NULL AND NOT x.id IN $seen
RETURN DISTINCT x.id AS id LIMIT $n`

// exportStepClaimsCypher steps over claims instead, retracted ones too, so
// that facts an analyst retracted (which no roll-up carries) still connect.
const exportStepClaimsCypher = `UNWIND $ids AS id
MATCH (:Entity {id: id})<-[:SUBJECT|OBJECT]-(c:Claim)-[:SUBJECT|OBJECT]->(x:Entity)
WHERE c.kind = 'relation' AND c.type IN $types AND x.mergedInto IS NULL AND NOT x.id IN $seen
RETURN DISTINCT x.id AS id LIMIT $n`

// neighbourhood returns center and the entities within q.Depth hops of it,
// center first, in one read transaction (one statement per hop). Hops
// follow roll-up relationships, or claims when retracted ones are wanted.
func (s *Store) neighbourhood(ctx context.Context, center string, q ExportQuery) ([]string, error) {
	step := exportStepCypher
	if q.IncludeRetracted {
		step = exportStepClaimsCypher
	}
	res, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		all, frontier := []string{center}, []string{center}
		for d := 0; d < q.Depth && len(frontier) > 0 && len(all) < q.MaxNodes; d++ {
			recs, err := collect(ctx, tx, step, map[string]any{
				"ids": frontier, "types": RelationTypes, "seen": all, "n": q.MaxNodes - len(all)})
			if err != nil {
				return nil, err
			}
			frontier = frontier[:0:0]
			for _, r := range recs {
				frontier = append(frontier, r.Values[0].(string))
			}
			all = append(all, frontier...)
		}
		return all, nil
	})
	if err != nil {
		return nil, fmt.Errorf("export neighbourhood of %s: %w", center, err)
	}
	return res.([]string), nil
}

const exportNodesByIDCypher = `UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e` + entityFields + ` AS e`

// exportClaimsByIDCypher reads the claims whose subject is in the batch
// $ids and whose object, if any, is in the neighbourhood $all.
const exportClaimsByIDCypher = `UNWIND $ids AS id
MATCH (:Entity {id: id})<-[:SUBJECT]-(c:Claim)
WHERE ` + exportClaimFilter + `
  AND all(oid IN [(c)-[:OBJECT]->(ob:Entity) | ob.id] WHERE oid IN $all)
WITH DISTINCT c ORDER BY c.id
RETURN ` + claimProj + ` AS c`

// exportIDs streams the given entities, then their claims, a batch of
// PageSize entities per round trip.
func (s *Store) exportIDs(ctx context.Context, ids []string, q ExportQuery, sink ExportSink) error {
	for _, batch := range chunks(ids, q.PageSize) {
		recs, err := s.readAll(ctx, exportNodesByIDCypher, map[string]any{"ids": batch})
		if err != nil {
			return fmt.Errorf("export entities: %w", err)
		}
		for _, r := range recs {
			if err := sink.Node(exportEntity(r.Values[0])); err != nil {
				return err
			}
		}
	}
	for _, batch := range chunks(ids, q.PageSize) {
		recs, err := s.readAll(ctx, exportClaimsByIDCypher, map[string]any{
			"ids": batch, "all": ids, "retracted": q.IncludeRetracted})
		if err != nil {
			return fmt.Errorf("export claims: %w", err)
		}
		for _, r := range recs {
			if err := sink.Claim(claimFrom(r.Values[0])); err != nil {
				return err
			}
		}
	}
	return nil
}

// readAll runs one statement in a read transaction and returns its records.
func (s *Store) readAll(ctx context.Context, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return collect(ctx, tx, cypher, params)
	})
	if err != nil {
		return nil, err
	}
	return res.([]*neo4j.Record), nil
}

func chunks(ids []string, n int) [][]string {
	var out [][]string
	for len(ids) > 0 {
		k := min(n, len(ids))
		out = append(out, ids[:k])
		ids = ids[k:]
	}
	return out
}
