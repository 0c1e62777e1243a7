package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// rollupPair names one roll-up relationship: (Subject)-[Type]->(Object), by entity ids.
type rollupPair struct {
	Subject, Type, Object string
}

// rollupCypher recomputes the roll-up of one relation type for a batch of
// pairs from their non-retracted claims; a pair left without claims loses
// its relationship. REL is replaced by the relation type (one of
// RelationTypes, never user text); ARROW by "->" or "-" (symmetric types
// match and keep either direction). Roll-up properties:
//
//	claims            distinct non-retracted claims
//	sources           distinct publishers (the article id when it has none) of
//	                  the articles and of their syndicated copies
//	                  ((copy)-[:SYNDICATES]->(article))
//	firstSeen/lastSeen earliest/latest date the claims hold (validFrom, else the article's publication date)
//	latestAmount, latestAnnualized, latestCurrency  of the latest claim with an amount
//	latestShare       sharePercent of the latest claim with one
//	status            status of the latest claim
var rollupCypher = `
UNWIND $pairs AS p
MATCH (s:Entity {id: p.s})
MATCH (o:Entity {id: p.o})
WITH s, o, ` + pairClaims("s", "o") + ` +
  CASE WHEN $symmetric THEN ` + pairClaims("o", "s") + ` ELSE [] END AS found
UNWIND CASE WHEN size(found) = 0 THEN [null] ELSE found END AS c
OPTIONAL MATCH (c)-[:REPORTED_IN]->(a:Article)
WITH s, o, c, a, coalesce(c.validFrom, date(a.publishedAt)) AS t,
  CASE WHEN a IS NULL THEN [] ELSE [a] + [(a)<-[:SYNDICATES]-(cp:Article) | cp] END AS reports
ORDER BY t, c.knownAt, c.id
WITH s, o,
  [x IN collect(c {.amount, .annualized, .currency, .sharePercent, .status}) WHERE x IS NOT NULL] AS cs,
  count(DISTINCT c) AS n,
  reduce(keys = [], r IN reduce(flat = [], rs IN collect(reports) | flat + rs) |
    CASE WHEN (CASE WHEN coalesce(r.publisher, '') = '' THEN r.id ELSE r.publisher END) IN keys THEN keys
    ELSE keys + (CASE WHEN coalesce(r.publisher, '') = '' THEN r.id ELSE r.publisher END) END) AS sourceKeys,
  min(t) AS first, max(t) AS last
WITH s, o, n, size(sourceKeys) AS sources, first, last, cs,
  [x IN cs WHERE x.amount IS NOT NULL] AS amounts, [x IN cs WHERE x.sharePercent IS NOT NULL] AS shares
OPTIONAL MATCH (s)-[old:REL]ARROW(o)
FOREACH (_ IN CASE WHEN n = 0 AND old IS NOT NULL THEN [1] ELSE [] END | DELETE old)
FOREACH (_ IN CASE WHEN n > 0 THEN [1] ELSE [] END |
  MERGE (s)-[r:REL]ARROW(o)
  SET r.claims = n, r.sources = sources, r.firstSeen = first, r.lastSeen = last,
      r.status = cs[-1].status,
      r.latestAmount = CASE WHEN size(amounts) = 0 THEN null ELSE amounts[-1].amount END,
      r.latestAnnualized = CASE WHEN size(amounts) = 0 THEN null ELSE amounts[-1].annualized END,
      r.latestCurrency = CASE WHEN size(amounts) = 0 THEN null ELSE amounts[-1].currency END,
      r.latestShare = CASE WHEN size(shares) = 0 THEN null ELSE shares[-1].sharePercent END)`

// pairClaims is a list expression of the live claims (subj)-[type]->(obj),
// walked from whichever end has fewer claims: a hub such as a big supplier
// has thousands, each of its buyers only a few, and the planner cannot tell
// which end is which from label statistics.
func pairClaims(subj, obj string) string {
	return strings.NewReplacer("{S}", subj, "{O}", obj).Replace(`CASE
    WHEN COUNT { ({S})<-[:SUBJECT]-() } <= COUNT { ({O})<-[:OBJECT]-() }
    THEN [({S})<-[:SUBJECT]-(c:Claim) WHERE (c)-[:OBJECT]->({O}) AND ` + liveClaim + ` | c]
    ELSE [({O})<-[:OBJECT]-(c:Claim) WHERE (c)-[:SUBJECT]->({S}) AND ` + liveClaim + ` | c] END`)
}

const liveClaim = "c.type = $type AND c.kind = 'relation' AND NOT coalesce(c.retracted, false)"

// rebuildRollups recomputes the roll-up relationships of the given pairs
// inside the caller's transaction (one statement per relation type).
// Analyst operations call it after retracting or re-pointing claims.
func rebuildRollups(ctx context.Context, tx neo4j.ManagedTransaction, pairs []rollupPair) error {
	byType := map[string][]map[string]any{}
	seen := map[rollupPair]bool{}
	for _, p := range pairs {
		key := p
		if Symmetric(p.Type) && p.Object < p.Subject {
			key.Subject, key.Object = p.Object, p.Subject
		}
		if seen[key] || p.Subject == p.Object {
			continue
		}
		seen[key] = true
		byType[p.Type] = append(byType[p.Type], map[string]any{"s": p.Subject, "o": p.Object})
	}
	for typ := range byType {
		if !slices.Contains(RelationTypes, typ) {
			return fmt.Errorf("%w: roll-up of unknown relation type %q", ErrInvalid, typ)
		}
	}
	// types in a fixed order, pairs sorted: concurrent imports take the
	// locks of shared relationships in one order and cannot deadlock
	for _, typ := range RelationTypes {
		rows := byType[typ]
		if len(rows) == 0 {
			continue
		}
		slices.SortFunc(rows, comparePairRows)
		arrow := "->"
		if Symmetric(typ) {
			arrow = "-"
		}
		q := strings.NewReplacer("REL", typ, "ARROW", arrow).Replace(rollupCypher)
		params := map[string]any{"pairs": rows, "type": typ, "symmetric": Symmetric(typ)}
		if _, err := collect(ctx, tx, q, params); err != nil {
			return fmt.Errorf("roll-up %s: %w", typ, err)
		}
	}
	return nil
}

const claimPairsCypher = `
UNWIND $ids AS id
MATCH (c:Claim {id: id, kind: 'relation'})-[:SUBJECT]->(s:Entity)
MATCH (c)-[:OBJECT]->(o:Entity)
RETURN DISTINCT s.id, c.type, o.id`

// claimPairs returns the roll-up pairs of the given relation claims, for
// rebuilding after they change.
func claimPairs(ctx context.Context, tx neo4j.ManagedTransaction, claimIDs []string) ([]rollupPair, error) {
	recs, err := collect(ctx, tx, claimPairsCypher, map[string]any{"ids": claimIDs})
	if err != nil {
		return nil, fmt.Errorf("claim pairs: %w", err)
	}
	out := make([]rollupPair, 0, len(recs))
	for _, r := range recs {
		out = append(out, rollupPair{Subject: r.Values[0].(string), Type: r.Values[1].(string), Object: r.Values[2].(string)})
	}
	return out, nil
}

// comparePairRows orders roll-up rows by subject, then object.
func comparePairRows(a, b map[string]any) int {
	if c := strings.Compare(a["s"].(string), b["s"].(string)); c != 0 {
		return c
	}
	return strings.Compare(a["o"].(string), b["o"].(string))
}
