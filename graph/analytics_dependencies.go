package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"
)

// Dependency semantics. A depends on B when A CUSTOMER_OF B, A USES B or
// A REVENUE_SHARE B (it resells or builds on B's technology and earns from
// it), and a product depends on its vendor (P <-OFFERS- V), so buying or
// using a product is depending on whoever offers it. A partnership
// (symmetric) counts as depending on the partner when the partner offers
// products ("partnered directly with OpenAI"): a vendor does not depend on
// a customer it partners with. Paths run over the roll-up relationships;
// each hop then carries its visible claims.

// dependencyTypes are the relation types a traversal may follow, strongest
// first.
var dependencyTypes = []string{CustomerOf, Uses, Offers, RevenueShare, PartnersWith}

// Dependency bounds.
const (
	defaultDepDepth    = 4
	maxDepDepth        = 6
	defaultDepPaths    = 200
	maxDepPaths        = 1000
	maxClaimsPerHop    = 20
	depScanPerPathWant = 4
)

// depStep is one dependency step from a to b (a depends on b).
const depStep = `(a:Entity)-[r:CUSTOMER_OF|USES|OFFERS|REVENUE_SHARE|PARTNERS_WITH]-(b:Entity)
    WHERE type(r) IN $types AND CASE type(r)
      WHEN 'OFFERS' THEN startNode(r) = b
      WHEN 'PARTNERS_WITH' THEN COUNT { (b)-[:OFFERS]->() } > 0
      ELSE startNode(r) = a END`

const depHead = resolveRefs + `WITH resolved[0][0] AS o
OPTIONAL CALL (o) {
  MATCH p = `

// depDown / depUp close the path pattern: who depends on o / what o depends on.
const (
	depDownA = `(x:Entity) (` + depStep + `)`
	depDownB = ` (o)`
	depUpA   = `(o) (` + depStep + `)`
	depUpB   = ` (x:Entity)`
)

// depTail keeps simple paths, bounds them, and attaches each hop's claims
// (and, for a hop whose claims name a product the next entity offers,
// the OFFERS claims, so the product can be shown as its own hop).
const depTail = `
  WITH nodes(p) AS ns
  WHERE all(i IN range(0, size(ns) - 2) WHERE NOT ns[i] IN ns[i + 1..])
  WITH DISTINCT ns LIMIT $scan
  CALL (ns) {
    UNWIND range(0, size(ns) - 2) AS i
    WITH i, ns[i] AS u, ns[i + 1] AS v
    CALL (u, v) {
      WITH u, v WHERE COUNT { (u)<-[:SUBJECT]-() } <= COUNT { (v)<-[:OBJECT]-() }
      MATCH (u)<-[:SUBJECT]-(c:Claim)
      WHERE c.kind = 'relation' AND c.type IN $types AND NOT c.type IN ['OFFERS', 'PARTNERS_WITH']
        AND EXISTS { (c)-[:OBJECT]->(v) } AND ` + claimVisible + `
      RETURN c
      UNION
      WITH u, v WHERE COUNT { (u)<-[:SUBJECT]-() } > COUNT { (v)<-[:OBJECT]-() }
      MATCH (v)<-[:OBJECT]-(c:Claim)
      WHERE c.kind = 'relation' AND c.type IN $types AND NOT c.type IN ['OFFERS', 'PARTNERS_WITH']
        AND EXISTS { (c)-[:SUBJECT]->(u) } AND ` + claimVisible + `
      RETURN c
      UNION
      WITH u, v WHERE 'OFFERS' IN $types
      MATCH (u)<-[:OBJECT]-(c:Claim)
      WHERE c.type = 'OFFERS' AND EXISTS { (c)-[:SUBJECT]->(v) } AND ` + claimVisible + `
      RETURN c
      UNION
      WITH u, v WHERE 'PARTNERS_WITH' IN $types AND COUNT { (v)-[:OFFERS]->() } > 0
      MATCH (u)<-[:SUBJECT|OBJECT]-(c:Claim)
      WHERE c.type = 'PARTNERS_WITH' AND EXISTS { (c)-[:SUBJECT|OBJECT]->(v) } AND ` + claimVisible + `
      RETURN c
    }
    WITH i, u, v, c ORDER BY i, c.extractor = 'analyst' DESC, c.id
    WITH i, u, v, collect(c)[..$maxClaims] AS cs
    CALL (v, cs) {
      UNWIND cs AS c0
      MATCH (c0)-[:PRODUCT]->(:Entity)<-[:OBJECT]-(c:Claim)
      WHERE c.type = 'OFFERS' AND EXISTS { (c)-[:SUBJECT]->(v) } AND ` + claimVisible + `
      WITH DISTINCT c LIMIT $maxClaims
      RETURN collect(` + claimProj + `) AS offers
    }
    WITH i, u, v, cs, offers ORDER BY i
    RETURN collect({from: u` + entityFields + `, to: v` + entityFields + `,
      claims: [c IN cs | ` + claimProj + `], offers: offers}) AS hops
  }
  WITH ns, hops WHERE size(hops) = size(ns) - 1
  RETURN hops ORDER BY size(ns), [n IN ns | n.name] LIMIT $maxPaths
}
RETURN o` + entityFields + ` AS of, collect(hops) AS paths`

// The traversal for each direction and depth (the quantifier of a path
// pattern cannot be a parameter).
const (
	depDown1 = depHead + depDownA + `{1,1}` + depDownB + depTail
	depDown2 = depHead + depDownA + `{1,2}` + depDownB + depTail
	depDown3 = depHead + depDownA + `{1,3}` + depDownB + depTail
	depDown4 = depHead + depDownA + `{1,4}` + depDownB + depTail
	depDown5 = depHead + depDownA + `{1,5}` + depDownB + depTail
	depDown6 = depHead + depDownA + `{1,6}` + depDownB + depTail
	depUp1   = depHead + depUpA + `{1,1}` + depUpB + depTail
	depUp2   = depHead + depUpA + `{1,2}` + depUpB + depTail
	depUp3   = depHead + depUpA + `{1,3}` + depUpB + depTail
	depUp4   = depHead + depUpA + `{1,4}` + depUpB + depTail
	depUp5   = depHead + depUpA + `{1,5}` + depUpB + depTail
	depUp6   = depHead + depUpA + `{1,6}` + depUpB + depTail
)

var dependencyCypher = map[Direction][maxDepDepth + 1]string{
	Downstream: {"", depDown1, depDown2, depDown3, depDown4, depDown5, depDown6},
	Upstream:   {"", depUp1, depUp2, depUp3, depUp4, depUp5, depUp6},
}

// Dependencies returns the dependency paths of q.Of: for DOWNSTREAM who
// depends on it, for UPSTREAM what it depends on; each path runs from the
// dependent entity to what it depends on, every hop with its claims. Depth
// defaults to 4 (at most 6), paths to 200 (at most 1000); paths are simple
// (no entity twice), shortest first. One read transaction.
func (s *Store) Dependencies(ctx context.Context, q DependencyQuery) ([]Path, error) {
	cypher, params, err := dependencyQuery(q)
	if err != nil {
		return nil, err
	}
	row, err := s.readRow(ctx, cypher, params)
	if err != nil {
		return nil, fmt.Errorf("dependencies of %q: %w", q.Of, err)
	}
	if row["of"] == nil {
		return nil, fmt.Errorf("dependencies of %q: %w", q.Of, ErrNotFound)
	}
	return buildPaths(row["paths"]), nil
}

// dependencyQuery validates q and picks the statement and its parameters.
func dependencyQuery(q DependencyQuery) (string, map[string]any, error) {
	if strings.TrimSpace(q.Of) == "" {
		return "", nil, fmt.Errorf("dependencies: of is required: %w", ErrInvalid)
	}
	dir := Direction(strings.ToUpper(string(q.Direction)))
	if dir == "" {
		dir = Downstream
	}
	table, ok := dependencyCypher[dir]
	if !ok {
		return "", nil, fmt.Errorf("dependencies: direction %q is not UPSTREAM or DOWNSTREAM: %w", q.Direction, ErrInvalid)
	}
	depth := q.MaxDepth
	if depth <= 0 {
		depth = defaultDepDepth
	}
	if depth > maxDepDepth {
		depth = maxDepDepth
	}
	types, err := depTypes(q.Types)
	if err != nil {
		return "", nil, err
	}
	paths := q.MaxPaths
	if paths <= 0 {
		paths = defaultDepPaths
	}
	paths = min(paths, maxDepPaths)
	return table[depth], map[string]any{"refs": [][]string{refKeys(q.Of)}, "types": types,
		"asOf": timeParam(q.AsOf), "knownAt": nil, "maxPaths": paths,
		"scan": paths * depScanPerPathWant, "maxClaims": maxClaimsPerHop}, nil
}

// depTypes validates the relation types to follow (default: all of dependencyTypes).
func depTypes(types []string) ([]string, error) {
	if len(types) == 0 {
		return dependencyTypes, nil
	}
	out := make([]string, 0, len(types))
	for _, t := range types {
		t = strings.ToUpper(strings.TrimSpace(t))
		if !slices.Contains(dependencyTypes, t) {
			return nil, fmt.Errorf("dependencies: type %q is not one of %s: %w", t, strings.Join(dependencyTypes, ", "), ErrInvalid)
		}
		out = append(out, t)
	}
	return out, nil
}

// buildPaths decodes the paths, shows a product bought from the next
// entity as a hop of its own, and drops duplicates.
func buildPaths(v any) []Path {
	out := []Path{}
	seen := map[string]bool{}
	for _, p := range asList(v) {
		var path Path
		for _, h := range asList(p) {
			path.Hops = append(path.Hops, splitHop(asMap(h))...)
		}
		key := pathKey(path)
		if len(path.Hops) > 0 && !seen[key] {
			seen[key] = true
			out = append(out, path)
		}
	}
	return out
}

func pathKey(p Path) string {
	ids := []string{p.Hops[0].From.ID}
	for _, h := range p.Hops {
		ids = append(ids, h.To.ID)
	}
	return strings.Join(ids, ">")
}

// splitHop decodes one hop. When every claim of a CUSTOMER_OF / USES hop
// names the same product and the next entity OFFERS it, the hop becomes
// two: to the product, then from the product to its vendor (TikTok ->
// Azure OpenAI Service -> Microsoft).
func splitHop(m map[string]any) []Hop {
	h := Hop{From: *entityFrom(m["from"]), To: *entityFrom(m["to"]), Claims: []Claim{}}
	for _, c := range asList(m["claims"]) {
		h.Claims = append(h.Claims, claimFrom(c))
	}
	h.Type = hopType(h.Claims)
	prod := singleProduct(h.Claims)
	if prod == nil || prod.ID == h.To.ID || prod.ID == h.From.ID || h.Type == Offers {
		return []Hop{h}
	}
	offers := Hop{From: *prod, To: h.To, Type: Offers, Claims: []Claim{}}
	for _, c := range asList(m["offers"]) {
		if oc := claimFrom(c); oc.Object != nil && oc.Object.ID == prod.ID {
			offers.Claims = append(offers.Claims, oc)
		}
	}
	if len(offers.Claims) == 0 {
		return []Hop{h}
	}
	h.To = *prod
	return []Hop{h, offers}
}

// hopType is the strongest relation type among a hop's claims.
func hopType(cs []Claim) string {
	for _, t := range dependencyTypes {
		for _, c := range cs {
			if c.Type == t {
				return t
			}
		}
	}
	return ""
}
