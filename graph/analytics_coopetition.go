package graph

import (
	"context"
	"fmt"
	"strings"
)

// cooperationTypes are the relations that make competitors "coopetitors".
var cooperationTypes = []string{CustomerOf, Uses, PartnersWith, InvestsIn, RevenueShare}

const maxCoopPairs = 200

// coopOfHead: the competitors of one entity; coopAllHead: every competing
// pair once (bounded).
const (
	coopOfHead = resolveRefs + `WITH resolved[0][0] AS e
OPTIONAL CALL (e) {
  MATCH (e)-[:COMPETES_WITH]-(b:Entity)
  WITH DISTINCT e AS a, b LIMIT $maxPairs
`
	coopAllHead = `OPTIONAL CALL () {
  MATCH (a:Entity)-[:COMPETES_WITH]-(b:Entity) WHERE a.id < b.id
  WITH DISTINCT a, b LIMIT $maxPairs
`
)

// claimsBetween binds `c` to the visible claims of `types` linking `x` and
// `y` as subject and object (either way), expanding from the entity with
// fewer claims and checking the other end per claim.
const claimsBetween = `CALL (x, y, types) {
      WITH x, y, types WHERE COUNT { (x)<-[:SUBJECT|OBJECT]-() } <= COUNT { (y)<-[:SUBJECT|OBJECT]-() }
      MATCH (x)<-[:SUBJECT|OBJECT]-(c:Claim)
      WHERE c.type IN types AND EXISTS { (c)-[:SUBJECT|OBJECT]->(y) } AND ` + claimVisible + `
      RETURN c
      UNION
      WITH x, y, types WHERE COUNT { (x)<-[:SUBJECT|OBJECT]-() } > COUNT { (y)<-[:SUBJECT|OBJECT]-() }
      MATCH (y)<-[:SUBJECT|OBJECT]-(c:Claim)
      WHERE c.type IN types AND EXISTS { (c)-[:SUBJECT|OBJECT]->(x) } AND ` + claimVisible + `
      RETURN c
    }`

// coopTail expands both sides into groups (subsidiaries, and the products
// the group offers), finds cooperation claims between the groups through
// the roll-ups, and keeps the pairs that have both.
const coopTail = `  CALL (a) {
    OPTIONAL MATCH (x:Entity)-[:SUBSIDIARY_OF*1..3]->(a)
    WITH DISTINCT a, x LIMIT 50
    WITH a, collect(x) AS xs
    RETURN [a] + [y IN xs WHERE y <> a] AS ga
  }
  CALL (b) {
    OPTIONAL MATCH (x:Entity)-[:SUBSIDIARY_OF*1..3]->(b)
    WITH DISTINCT b, x LIMIT 50
    WITH b, collect(x) AS xs
    RETURN [b] + [y IN xs WHERE y <> b] AS gb
  }
  CALL (a, b) {
    WITH a AS x, b AS y, ['COMPETES_WITH'] AS types
    ` + claimsBetween + `
    WITH DISTINCT c LIMIT 20
    RETURN collect(` + claimProj + `) AS competition
  }
  CALL (ga, gb) {
    WITH ga, gb,
      ga + reduce(acc = [], v IN ga | acc + [(v)-[:OFFERS]->(q:Entity) | q][..100]) AS gax,
      gb + reduce(acc = [], v IN gb | acc + [(v)-[:OFFERS]->(q:Entity) | q][..100]) AS gbx
    UNWIND ga + gb AS x
    MATCH (x)-[:CUSTOMER_OF|USES|PARTNERS_WITH|INVESTS_IN|REVENUE_SHARE]-(y:Entity)
    WHERE (x IN ga AND y IN gbx) OR (x IN gb AND y IN gax)
    WITH DISTINCT x, y, $coop AS types
    ` + claimsBetween + `
    WITH DISTINCT c LIMIT 50
    RETURN collect(` + claimProj + `) AS cooperation
  }
  WITH a, b, ga, gb, competition, cooperation
  WHERE size(competition) > 0 AND size(cooperation) > 0
  RETURN collect({a: a` + entityFields + `, b: b` + entityFields + `,
    ga: [x IN ga | x.id], gb: [x IN gb | x.id], competition: competition, cooperation: cooperation}) AS pairs
}
`

const (
	coopetitionOfCypher  = coopOfHead + coopTail + `RETURN e` + entityFields + ` AS of, pairs`
	coopetitionAllCypher = coopAllHead + coopTail + `RETURN true AS of, pairs`
)

// Coopetition returns pairs that compete (COMPETES_WITH) and also buy,
// sell, use, invest or partner (CUSTOMER_OF, USES, PARTNERS_WITH,
// INVESTS_IN, REVENUE_SHARE), directly, through a subsidiary (Via), or
// through a product one side offers. With of empty, every pair (at most
// 200). One read transaction.
func (s *Store) Coopetition(ctx context.Context, of string) ([]CoopetitionPair, error) {
	cypher := coopetitionAllCypher
	if strings.TrimSpace(of) != "" {
		cypher = coopetitionOfCypher
	}
	params := map[string]any{"refs": [][]string{refKeys(of)}, "coop": cooperationTypes,
		"maxPairs": maxCoopPairs, "asOf": nil, "knownAt": nil}
	row, err := s.readRow(ctx, cypher, params)
	if err != nil {
		return nil, fmt.Errorf("coopetition of %q: %w", of, err)
	}
	if row["of"] == nil {
		return nil, fmt.Errorf("coopetition of %q: %w", of, ErrNotFound)
	}
	out := []CoopetitionPair{}
	for _, p := range asList(row["pairs"]) {
		out = append(out, coopPair(asMap(p)))
	}
	return out, nil
}

func coopPair(m map[string]any) CoopetitionPair {
	p := CoopetitionPair{A: *entityFrom(m["a"]), B: *entityFrom(m["b"]), Competition: []Claim{}, Cooperation: []Claim{}}
	for _, c := range asList(m["competition"]) {
		p.Competition = append(p.Competition, claimFrom(c))
	}
	members := map[string]bool{}
	for _, id := range append(asList(m["ga"])[1:], asList(m["gb"])[1:]...) {
		members[id.(string)] = true
	}
	for _, x := range asList(m["cooperation"]) {
		c := claimFrom(x)
		p.Cooperation = append(p.Cooperation, c)
		for _, e := range []*EntityNode{c.Subject, c.Object} {
			if e != nil && members[e.ID] && p.Via == nil {
				via := *e
				p.Via = &via
			}
		}
	}
	sortClaims(p.Competition)
	sortClaims(p.Cooperation)
	return p
}

// switchesOfHead: customers around one entity (itself, or any customer of
// it); switchesAllHead: customers with a former CUSTOMER_OF claim.
const (
	switchesOfHead = resolveRefs + `WITH resolved[0][0] AS e
OPTIONAL CALL (e) {
  CALL (e) {
    RETURN e AS cust
    UNION
    MATCH (e)<-[:CUSTOMER_OF]-(cust:Entity) RETURN cust
  }
`
	switchesAllHead = `WITH null AS e
OPTIONAL CALL (e) {
  MATCH (f:Claim {kind: 'relation', type: 'CUSTOMER_OF'})-[:SUBJECT]->(cust:Entity)
  WHERE f.status = 'former'
`
)

// switchesTail pairs each former CUSTOMER_OF of a customer with its
// current ones to other suppliers.
const switchesTail = `  WITH DISTINCT e, cust LIMIT 500
  MATCH (cust)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(from:Entity)
  WHERE c.type = 'CUSTOMER_OF' AND c.status = 'former' AND ` + claimVisible + `
  WITH e, cust, from, collect(` + claimProj + `) AS fromClaims
  MATCH (cust)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(to:Entity)
  WHERE c.type = 'CUSTOMER_OF' AND coalesce(c.status, 'current') = 'current' AND to <> from
    AND (e IS NULL OR e IN [cust, from, to]) AND ` + claimVisible + `
  WITH cust, from, to, fromClaims, collect(` + claimProj + `) AS toClaims
  ORDER BY cust.name, from.name, to.name LIMIT 200
  RETURN collect({customer: cust` + entityFields + `, from: from` + entityFields + `, to: to` + entityFields + `,
    fromClaims: fromClaims, toClaims: toClaims}) AS switches
}
`

const (
	switchesOfCypher  = switchesOfHead + switchesTail + `RETURN e` + entityFields + ` AS of, switches`
	switchesAllCypher = switchesAllHead + switchesTail + `RETURN true AS of, switches`
)

// Switches returns customers whose supplier changed: a former CUSTOMER_OF
// claim next to a current one to another supplier. With of, the switches
// where it is the customer, the old or the new supplier; else all (at
// most 200). One read transaction.
func (s *Store) Switches(ctx context.Context, of string) ([]Switch, error) {
	cypher := switchesAllCypher
	if strings.TrimSpace(of) != "" {
		cypher = switchesOfCypher
	}
	params := map[string]any{"refs": [][]string{refKeys(of)}, "asOf": nil, "knownAt": nil}
	row, err := s.readRow(ctx, cypher, params)
	if err != nil {
		return nil, fmt.Errorf("switches of %q: %w", of, err)
	}
	if row["of"] == nil {
		return nil, fmt.Errorf("switches of %q: %w", of, ErrNotFound)
	}
	out := []Switch{}
	for _, x := range asList(row["switches"]) {
		m := asMap(x)
		sw := Switch{Customer: *entityFrom(m["customer"]), From: *entityFrom(m["from"]), To: *entityFrom(m["to"]),
			FromClaims: []Claim{}, ToClaims: []Claim{}}
		for _, c := range asList(m["fromClaims"]) {
			sw.FromClaims = append(sw.FromClaims, claimFrom(c))
		}
		for _, c := range asList(m["toClaims"]) {
			sw.ToClaims = append(sw.ToClaims, claimFrom(c))
		}
		out = append(out, sw)
	}
	return out, nil
}
