package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Analyst corrections (docs/graph-model.md) are claims of their own with
// extractor "analyst": they outrank extracted claims in every answer, and
// re-importing documents never undoes them, because imports create claims
// only when they are new (so `retracted` stays) and resolve names through
// the :Name nodes a merge re-points (so old names reach the kept entity).

// analystExtractor marks analyst claims.
const analystExtractor = "analyst"

// mergeCypher re-points the merged entity's names, claim edges, mentions
// and earlier merges to the kept entity, drops its roll-ups (rebuilt from
// the claims afterwards), takes over its names as aliases, and records the
// merge as a claim. It returns the ids of the relation claims that moved.
const mergeCypher = `
MATCH (k:Entity {id: $keep}), (g:Entity {id: $gone})
CALL (g, k) { MATCH (n:Name)-[r:NAMES]->(g) DELETE r MERGE (n)-[:NAMES]->(k) }
CALL (g, k) { MATCH (a:Article)-[r:MENTIONS]->(g) DELETE r MERGE (a)-[:MENTIONS]->(k) }
CALL (g, k) { MATCH (x:Entity {mergedInto: g.id}) SET x.mergedInto = k.id }
CALL (g, k) {
  MATCH (c1:Claim)-[r1:SUBJECT]->(g) DELETE r1 MERGE (c1)-[:SUBJECT]->(k)
  RETURN collect(c1.id) AS subjects
}
CALL (g, k) {
  MATCH (c2:Claim)-[r2:OBJECT]->(g) DELETE r2 MERGE (c2)-[:OBJECT]->(k)
  RETURN collect(c2.id) AS objects
}
CALL (g, k) { MATCH (c3:Claim)-[r3:PRODUCT]->(g) DELETE r3 MERGE (c3)-[:PRODUCT]->(k) }
CALL (g) { MATCH (g)-[r]-(:Entity) DELETE r }
WITH k, g, subjects + objects AS moved,
  reduce(acc = [], x IN coalesce(k.aliases, []) + [g.name] + coalesce(g.aliases, []) |
    CASE WHEN x IN acc OR x = k.name THEN acc ELSE acc + x END) AS aliases
SET g.mergedInto = k.id, k.aliases = aliases,
    k.aliasText = reduce(t = '', x IN aliases | t + CASE WHEN t = '' THEN '' ELSE ' | ' END + x)
MERGE (m:Claim {id: $claimID})
ON CREATE SET m.kind = 'analyst', m.type = 'MERGE', m.extractor = 'analyst', m.knownAt = $now,
  m.evidence = $reason, m.assertedBy = $by, m.retracted = false
MERGE (m)-[:KEEP]->(k)
MERGE (m)-[:MERGED]->(g)
RETURN k` + entityFields + ` AS kept, moved`

// MergeEntities merges the entity `merge` denotes into the one `keep`
// denotes (names, aliases or ids): its names, claims, mentions and
// roll-ups move to the kept entity, which it is marked mergedInto; later
// imports resolve its names to the kept entity. ErrNotFound when either is
// unknown, ErrInvalid when both denote the same entity. One write
// transaction.
func (s *Store) MergeEntities(ctx context.Context, keep, merge string) (EntityNode, error) {
	if strings.TrimSpace(keep) == "" || strings.TrimSpace(merge) == "" {
		return EntityNode{}, fmt.Errorf("merge: keep and merge are required: %w", ErrInvalid)
	}
	res, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return mergeTx(ctx, tx, keep, merge)
	})
	if err != nil {
		return EntityNode{}, fmt.Errorf("merge %q into %q: %w", merge, keep, err)
	}
	return res.(EntityNode), nil
}

func mergeTx(ctx context.Context, tx neo4j.ManagedTransaction, keep, merge string) (EntityNode, error) {
	k, err := resolveOne(ctx, tx, keep, "")
	if err != nil {
		return EntityNode{}, err
	}
	g, err := resolveOne(ctx, tx, merge, "")
	if err != nil {
		return EntityNode{}, err
	}
	if k.ID == g.ID {
		return EntityNode{}, fmt.Errorf("%q and %q are already one entity (%s): %w", keep, merge, k.ID, ErrInvalid)
	}
	rec, err := mustSingle(ctx, tx, mergeCypher, map[string]any{"keep": k.ID, "gone": g.ID,
		"claimID": "c:" + shortHash("MERGE\x1f"+k.ID+"\x1f"+g.ID), "now": time.Now().UTC(),
		"reason": "merged " + g.ID + " into " + k.ID, "by": nil})
	if err != nil {
		return EntityNode{}, err
	}
	var moved []string
	for _, id := range asList(rec.AsMap()["moved"]) {
		moved = append(moved, id.(string))
	}
	if err := rebuildClaimRollups(ctx, tx, moved); err != nil {
		return EntityNode{}, err
	}
	return *entityFrom(rec.AsMap()["kept"]), nil
}

// resolveOne is the best entity a name denotes (of type want when some
// candidate has it); ErrNotFound when none.
func resolveOne(ctx context.Context, tx neo4j.ManagedTransaction, name string, want EntityType) (EntityNode, error) {
	es, err := resolveName(ctx, tx, strings.TrimSpace(name))
	if err != nil {
		return EntityNode{}, err
	}
	if len(es) == 0 {
		return EntityNode{}, fmt.Errorf("entity %q: %w", name, ErrNotFound)
	}
	for _, e := range es {
		if e.Type == want {
			return e, nil
		}
	}
	return es[0], nil
}

// rebuildClaimRollups recomputes the roll-ups of the pairs the given
// relation claims belong to.
func rebuildClaimRollups(ctx context.Context, tx neo4j.ManagedTransaction, claimIDs []string) error {
	if len(claimIDs) == 0 {
		return nil
	}
	pairs, err := claimPairs(ctx, tx, claimIDs)
	if err != nil {
		return err
	}
	return rebuildRollups(ctx, tx, pairs)
}

const retractCypher = `
MATCH (c:Claim {id: $id}) WHERE c.kind IN ['relation', 'metric']
SET c.retracted = true, c.retractReason = $reason
MERGE (r:Claim {id: $retractID})
ON CREATE SET r.kind = 'analyst', r.type = 'RETRACT', r.extractor = 'analyst', r.knownAt = $now,
  r.retracted = false
SET r.evidence = $reason
MERGE (r)-[:RETRACTS]->(c)
RETURN c.id AS id`

// RetractClaim marks a relation or metric claim retracted, records the
// retraction as an analyst claim, and rebuilds the roll-up it fed; the
// claim stops counting in every answer and re-imports keep it retracted.
// ErrNotFound for an unknown id. One write transaction.
func (s *Store) RetractClaim(ctx context.Context, id, reason string) (Claim, error) {
	if strings.TrimSpace(id) == "" {
		return Claim{}, fmt.Errorf("retract: claim id is required: %w", ErrInvalid)
	}
	res, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		recs, err := collect(ctx, tx, retractCypher, map[string]any{"id": id, "reason": reason,
			"retractID": "c:" + shortHash("RETRACT\x1f"+id), "now": time.Now().UTC()})
		if err != nil {
			return nil, err
		}
		if len(recs) == 0 {
			return nil, fmt.Errorf("claim %q: %w", id, ErrNotFound)
		}
		if err := rebuildClaimRollups(ctx, tx, []string{id}); err != nil {
			return nil, err
		}
		return claimInTx(ctx, tx, id)
	})
	if err != nil {
		return Claim{}, fmt.Errorf("retract %s: %w", id, err)
	}
	return res.(Claim), nil
}

// claimInTx reads one claim back (with its entities and article) inside
// the caller's transaction.
func claimInTx(ctx context.Context, tx neo4j.ManagedTransaction, id string) (Claim, error) {
	p := claimParams(ClaimFilter{First: 1, IncludeRetracted: true}, nil, nil)
	p["ids"] = []string{id}
	recs, err := collect(ctx, tx, claimStarts["ids"]+claimsTail, p)
	if err != nil {
		return Claim{}, err
	}
	cs := decodeClaims(recs)
	if len(cs) == 0 {
		return Claim{}, fmt.Errorf("claim %q: %w", id, ErrNotFound)
	}
	return cs[0], nil
}

const assertCypher = `
MATCH (s:Entity {id: $subject}), (o:Entity {id: $object})
MERGE (c:Claim {id: $id})
ON CREATE SET c += $props, c.knownAt = $now, c.retracted = false,
  c.validFrom = CASE WHEN $validFrom IS NULL THEN null ELSE date($validFrom) END,
  c.validTo = CASE WHEN $validTo IS NULL THEN null ELSE date($validTo) END
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
WITH c
OPTIONAL MATCH (p:Entity {id: $product})
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (c)-[:PRODUCT]->(p))
RETURN c.id AS id`

// AssertClaim stores an analyst's relation as a claim (extractor
// "analyst", evidence = the reason, no article) that outranks extracted
// claims: an asserted share or spend replaces the extracted ones for the
// same customer in Exposure and Concentration. Subject, object and
// product must name known entities (ErrNotFound); the relation must be
// well-formed (ErrInvalid). Asserting the same fact twice stores it once.
// One write transaction.
func (s *Store) AssertClaim(ctx context.Context, in AssertInput) (Claim, error) {
	r := in.Relation
	if err := validateAssertion(r); err != nil {
		return Claim{}, err
	}
	res, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return assertTx(ctx, tx, in)
	})
	if err != nil {
		return Claim{}, fmt.Errorf("assert %s %q -> %q: %w", r.Type, r.Subject, r.Object, err)
	}
	return res.(Claim), nil
}

func assertTx(ctx context.Context, tx neo4j.ManagedTransaction, in AssertInput) (Claim, error) {
	r := in.Relation
	subj, err := resolveOne(ctx, tx, r.Subject, subjectType(r.Type))
	if err != nil {
		return Claim{}, err
	}
	obj, err := resolveOne(ctx, tx, r.Object, objectType(r.Type))
	if err != nil {
		return Claim{}, err
	}
	var prod any
	if r.Product != "" {
		p, err := resolveOne(ctx, tx, r.Product, Product)
		if err != nil {
			return Claim{}, err
		}
		prod = p.ID
	}
	params := assertParams(in, subj.ID, obj.ID, prod)
	if _, err := collect(ctx, tx, assertCypher, params); err != nil {
		return Claim{}, err
	}
	id := params["id"].(string)
	if err := rebuildClaimRollups(ctx, tx, []string{id}); err != nil {
		return Claim{}, err
	}
	return claimInTx(ctx, tx, id)
}

// assertParams builds the claim's id and properties like an import does.
func assertParams(in AssertInput, subj, obj string, prod any) map[string]any {
	r := in.Relation
	reason := strings.TrimSpace(in.Reason)
	if reason == "" {
		reason = "asserted by an analyst"
	}
	props, status, amountKey := relationProps(r, 1.0, reason, analystExtractor)
	props["assertedBy"] = nullIfEmpty(in.By)
	for _, k := range []string{"amount", "currency", "period", "qualifier", "annualized"} {
		if _, ok := props[k]; !ok {
			props[k] = nil // a correction clears the amount it replaces
		}
	}
	from, to := validDates(r.Time)
	prodKey := ""
	if prod != nil {
		prodKey = prod.(string)
	}
	id := ClaimID(KindRelation, r.Type, subj, obj, prodKey, analystExtractor, reason,
		amountKey, fmt.Sprint(props["sharePercent"]), status, r.Time)
	return map[string]any{"id": id, "subject": subj, "object": obj, "product": prod, "props": props,
		"validFrom": from, "validTo": to, "now": time.Now().UTC()}
}

// validateAssertion checks the relation an analyst asserts.
func validateAssertion(r Relation) error {
	var p problems
	if !slices.Contains(RelationTypes, r.Type) {
		p.add("type", "unknown relation type %q", r.Type)
	}
	if strings.TrimSpace(r.Subject) == "" || strings.TrimSpace(r.Object) == "" {
		p.add("subject", "subject and object are required")
	}
	if !slices.Contains(statuses, r.Status) {
		p.add("status", "unknown status %q", r.Status)
	}
	if _, _, err := ParseValidTime(r.Time); err != nil {
		p.add("time", "%v", err)
	}
	if a := r.Amount; a != nil {
		validateAmount(&p, "amount", a.Value, a.Unit, a.Period, a.Qualifier, false)
	}
	if r.SharePercent != nil {
		validateShare(&p, "share_percent", *r.SharePercent)
	}
	if len(p) == 0 {
		return nil
	}
	return fmt.Errorf("%w: %s", ErrInvalid, strings.Join(p, "; "))
}
