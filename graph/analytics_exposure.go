package graph

import (
	"cmp"
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Cypher fragments shared by the analytics queries. They are constants that
// the query constants are concatenated from at compile time; every value
// is a parameter.

// entityFields projects an entity variable: `e` + entityFields.
const entityFields = ` {.id, .name, .type, .aliases, .mergedInto}`

// claimProj projects the claim bound to `c` with its entities and article.
const claimProj = `c {.id, .kind, .type, .amount, .currency, .period, .annualized, .qualifier,
  .sharePercent, .status, .role, .forecast, .validTime, .validFrom, .validTo, .knownAt,
  .confidence, .evidence, .extractor, .retracted, .retractReason,
  subject: head([(c)-[:SUBJECT]->(cSubj) | cSubj` + entityFields + `]),
  object: head([(c)-[:OBJECT]->(cObj) | cObj` + entityFields + `]),
  product: head([(c)-[:PRODUCT]->(cProd) | cProd` + entityFields + `]),
  article: head([(c)-[:REPORTED_IN]->(cArt) | cArt {.id, .url, .title, .publisher, .publishedAt, .fetchedAt, .contentHash}])}`

// claimVisible keeps the claim bound to `c` when it is not retracted, was
// ingested by $knownAt and held by $asOf: its validFrom, or for undated
// claims its article's publication (analyst claims: their knownAt), is not
// after $asOf. Null parameters do not filter.
const claimVisible = `coalesce(c.retracted, false) = false
  AND ($knownAt IS NULL OR c.knownAt <= $knownAt)
  AND ($asOf IS NULL OR coalesce(c.validFrom,
        date(head([(c)-[:REPORTED_IN]->(cPub:Article) | cPub.publishedAt])),
        date(c.knownAt)) <= date($asOf))`

// resolveRefs resolves every list of candidate keys in $refs (an entity id
// followed by Name keys, see refKeys) to one entity, following mergedInto,
// into `resolved`: a list of one-element lists ([null] when unknown), in
// the order of $refs. Every lookup is a unique-index seek.
const resolveRefs = `CALL () {
  UNWIND range(0, size($refs) - 1) AS slot
  CALL (slot) {
    UNWIND range(0, size($refs[slot]) - 1) AS i
    OPTIONAL MATCH (byID:Entity {id: $refs[slot][i]})
    OPTIONAL MATCH (:Name {key: $refs[slot][i]})-[:NAMES]->(byName:Entity)
    WITH i, coalesce(byID, byName) AS e WHERE e IS NOT NULL
    OPTIONAL MATCH (kept:Entity {id: e.mergedInto})
    WITH i, coalesce(kept, e) AS e ORDER BY i
    RETURN head(collect(e)) AS e
  }
  WITH slot, e ORDER BY slot
  RETURN collect([e]) AS resolved
}
`

// groupSubs collects up to 200 entities SUBSIDIARY_OF `g`, transitively
// (depth 4), into `subs`.
const groupSubs = `CALL (g) {
  OPTIONAL MATCH (x:Entity)-[:SUBSIDIARY_OF*1..4]->(g)
  WITH DISTINCT g, x LIMIT 200
  WITH g, collect(x) AS xs
  RETURN [y IN xs WHERE y <> g] AS subs
}
`

// spendClaims collects, for each customer `m` of the list bound to
// `customers`, its current CUSTOMER_OF claims on supplier `s` (object `s`,
// or a product `s` OFFERS as object or product), restricted to product `p`
// when it is not null, into `spend` ({member, claim} maps) and `bought`
// (the products named).
const spendClaims = `CALL (s, p, customers) {
  UNWIND customers AS m
  MATCH (m)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o:Entity)
  WHERE c.type = 'CUSTOMER_OF' AND coalesce(c.status, 'current') = 'current' AND ` + claimVisible + `
  OPTIONAL MATCH (c)-[:PRODUCT]->(cp:Entity)
  WITH s, p, m, c, o, cp
  WHERE (o = s OR EXISTS { (s)-[:OFFERS]->(o) } OR (cp IS NOT NULL AND EXISTS { (s)-[:OFFERS]->(cp) }))
    AND (p IS NULL OR cp = p OR o = p)
  WITH m, c, CASE WHEN cp IS NOT NULL THEN cp WHEN o <> s THEN o END AS bought
  LIMIT 2000
  RETURN collect({member: m` + entityFields + `, claim: ` + claimProj + `}) AS spend,
         collect(DISTINCT bought) AS bought
}
`

// revenueClaims collects the visible revenue / annualized_revenue metric
// claims of `s`, `p` and the products in `bought`, best first, into
// `revenue` ({owner, claim} maps).
const revenueClaims = `CALL (s, p, bought) {
  UNWIND [x IN [s, p] + bought WHERE x IS NOT NULL] AS t
  WITH DISTINCT t
  MATCH (t)<-[:SUBJECT]-(c:Claim)
  WHERE c.kind = 'metric' AND c.type IN ['revenue', 'annualized_revenue']
    AND c.annualized IS NOT NULL AND ` + claimVisible + `
  WITH t, c ORDER BY c.extractor = 'analyst' DESC, coalesce(c.forecast, false),
    coalesce(c.validFrom, date(c.knownAt)) DESC, c.knownAt DESC
  LIMIT 200
  RETURN collect({owner: t.id, claim: ` + claimProj + `}) AS revenue
}
`

// exposureCypher answers Exposure in one read: $refs = [supplier, to,
// product] candidate keys.
const exposureCypher = resolveRefs + `WITH resolved[0][0] AS s, resolved[1][0] AS g, resolved[2][0] AS p
` + groupSubs + `WITH s, p, g, [x IN [g] + subs WHERE x IS NOT NULL] AS customers
` + spendClaims + revenueClaims + `RETURN s` + entityFields + ` AS supplier, g` + entityFields + ` AS grp,
  p` + entityFields + ` AS product, spend, revenue`

// Exposure answers how much of the supplier's revenue (for the product's
// business) the group of q.To accounts for: the share the text states next
// to the share computed from annualised spend over annualised revenue, with
// every claim used. One read transaction.
//
// Per group member and product bought, the best claim counts (analyst
// first, then the latest valid time, then the latest knownAt); members'
// spends and stated shares add up. Without q.Product, the revenue basis is
// the one product all counted claims name, else the supplier. Revenue is
// the best non-forecast figure, or a forecast when nothing else exists
// (RevenueIsForecast). Ranges: see amountRange and shareOf.
func (s *Store) Exposure(ctx context.Context, q ExposureQuery) (*Exposure, error) {
	if strings.TrimSpace(q.Supplier) == "" || strings.TrimSpace(q.To) == "" {
		return nil, fmt.Errorf("exposure: supplier and to are required: %w", ErrInvalid)
	}
	row, err := s.readRow(ctx, exposureCypher, exposureParams(q))
	if err != nil {
		return nil, fmt.Errorf("exposure of %q to %q: %w", q.Supplier, q.To, err)
	}
	if err := requireResolved(row, q.Product != "", "supplier", "grp"); err != nil {
		return nil, fmt.Errorf("exposure of %q to %q: %w", q.Supplier, q.To, err)
	}
	return buildExposure(row), nil
}

func exposureParams(q ExposureQuery) map[string]any {
	return map[string]any{
		"refs":    [][]string{refKeys(q.Supplier), refKeys(q.To), refKeys(q.Product)},
		"asOf":    timeParam(q.AsOf),
		"knownAt": timeParam(q.KnownAt),
	}
}

// buildExposure turns the query row into the answer.
func buildExposure(row map[string]any) *Exposure {
	ex := &Exposure{Supplier: *entityFrom(row["supplier"]), Group: *entityFrom(row["grp"]),
		Product: entityFrom(row["product"]), Members: []GroupMember{},
		SpendClaims: []Claim{}, RevenueClaims: []Claim{}, ShareClaims: []Claim{}}
	members := countedSpend(spendRows(row["spend"]))
	for _, m := range members {
		ex.Members = append(ex.Members, m.member)
		ex.SpendClaims = append(ex.SpendClaims, m.spendClaims...)
		ex.ShareClaims = append(ex.ShareClaims, m.shareClaims...)
		ex.AnnualSpend = addRanges(ex.AnnualSpend, m.member.AnnualSpend)
		if m.member.StatedShare != nil {
			ex.StatedShare = addRanges(ex.StatedShare, &Range{Value: *m.member.StatedShare, Low: *m.member.StatedShare, High: m.member.StatedShare})
		}
	}
	if ex.Product == nil {
		ex.Product = singleProduct(append(append([]Claim{}, ex.SpendClaims...), ex.ShareClaims...))
	}
	rev := pickRevenue(revenueRows(row["revenue"]), ex.Product, ex.Supplier.ID)
	if rev != nil {
		ex.RevenueClaims = []Claim{*rev}
		ex.AnnualRevenue = annualRange(*rev)
		ex.RevenueIsForecast = rev.Forecast
	}
	ex.ComputedShare = shareOf(ex.AnnualSpend, ex.AnnualRevenue)
	for _, r := range []*Range{ex.StatedShare, ex.ComputedShare, ex.AnnualSpend, ex.AnnualRevenue} {
		roundRange(r)
	}
	return ex
}

// customerSpend is what one customer counts for: its member entry and the
// claims chosen for it.
type customerSpend struct {
	member      GroupMember
	spendClaims []Claim
	shareClaims []Claim
}

// spendRow is one {member, claim} of the spend subquery.
type spendRow struct {
	member EntityNode
	claim  Claim
}

func spendRows(v any) []spendRow {
	var out []spendRow
	for _, x := range asList(v) {
		m := asMap(x)
		if e := entityFrom(m["member"]); e != nil {
			out = append(out, spendRow{member: *e, claim: claimFrom(m["claim"])})
		}
	}
	return out
}

// countedSpend groups the rows by customer (first-seen order) and picks
// the claims each customer counts for (see customerFrom).
func countedSpend(rows []spendRow) []customerSpend {
	var order []string
	claims := map[string][]Claim{}
	entities := map[string]EntityNode{}
	for _, r := range rows {
		if _, ok := entities[r.member.ID]; !ok {
			order = append(order, r.member.ID)
			entities[r.member.ID] = r.member
		}
		claims[r.member.ID] = append(claims[r.member.ID], r.claim)
	}
	out := make([]customerSpend, 0, len(order))
	for _, id := range order {
		out = append(out, customerFrom(entities[id], claims[id]))
	}
	return out
}

// customerFrom picks, per product bought, the latest fact with an
// annualised amount and the latest with a stated share (see latestFacts);
// spends and shares add up over products only. Claims restating a fact
// are listed with it and counted as its sources. Where the analyst
// asserted a spend (or a share) for the customer, only analyst claims
// count for it.
func customerFrom(e EntityNode, claims []Claim) customerSpend {
	cs := customerSpend{member: GroupMember{Entity: e, Claims: []Claim{}}}
	sortClaims(claims)
	for _, f := range latestFacts(claims, func(c Claim) bool { return c.Annualized != nil }, annualizedOf) {
		cs.spendClaims = append(cs.spendClaims, f.claims...)
		cs.member.AnnualSpend = addRanges(cs.member.AnnualSpend, annualRange(f.claims[0]))
		cs.member.Claims = append(cs.member.Claims, f.claims...)
	}
	for _, f := range latestFacts(claims, func(c Claim) bool { return c.SharePercent != nil }, shareOfClaim) {
		cs.shareClaims = append(cs.shareClaims, f.claims...)
		total := *f.claims[0].SharePercent
		if cs.member.StatedShare != nil {
			total += *cs.member.StatedShare
		}
		cs.member.StatedShare = &total
		for _, c := range f.claims {
			if !containsClaim(cs.member.Claims, c.ID) {
				cs.member.Claims = append(cs.member.Claims, c)
			}
		}
	}
	roundRange(cs.member.AnnualSpend)
	return cs
}

// boughtKey is the id of the product a CUSTOMER_OF claim is about: its
// product, or its object when that is a product; "" for the supplier.
func boughtKey(c Claim) string {
	if c.Product != nil {
		return c.Product.ID
	}
	if c.Object != nil && c.Object.Type == Product {
		return c.Object.ID
	}
	return ""
}

// boughtEntity is the product entity boughtKey names.
func boughtEntity(c Claim) *EntityNode {
	if c.Product != nil {
		return c.Product
	}
	if c.Object != nil && c.Object.Type == Product {
		return c.Object
	}
	return nil
}

// singleProduct is the one product the claims name (claims naming no
// product restate a fact about it, see groupFacts), or nil.
func singleProduct(all []Claim) *EntityNode {
	var first *EntityNode
	for _, c := range all {
		switch b := boughtEntity(c); {
		case b == nil:
		case first == nil:
			first = b
		case b.ID != first.ID:
			return nil
		}
	}
	return first
}

// readRow runs one read query that returns a single row, as a map.
func (s *Store) readRow(ctx context.Context, cypher string, params map[string]any) (map[string]any, error) {
	res, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		rec, err := mustSingle(ctx, tx, cypher, params)
		if err != nil {
			return nil, err
		}
		return rec.AsMap(), nil
	})
	if err != nil {
		return nil, err
	}
	return res.(map[string]any), nil
}

func mustSingle(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) (*neo4j.Record, error) {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	return res.Single(ctx)
}

// refKeys are the lookups that resolve a name, alias or id: the id itself,
// then the Name keys of an ORG, a PRODUCT and a PERSON of that name. An
// empty ref resolves to nothing.
func refKeys(ref string) []string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return []string{}
	}
	return []string{ref, NameKey(Org, ref), NameKey(Product, ref), NameKey(Person, ref)}
}

// timeParam turns an optional time into a Cypher parameter (null when nil).
func timeParam(t *time.Time) any {
	if t == nil {
		return nil
	}
	return t.UTC()
}

// requireResolved fails with ErrNotFound when a required entity column is
// null (and the product column when a product was asked for).
func requireResolved(row map[string]any, product bool, cols ...string) error {
	if product {
		cols = append(cols, "product")
	}
	labels := map[string]string{"grp": "to"}
	for _, c := range cols {
		if row[c] == nil {
			return fmt.Errorf("%s: %w", cmp.Or(labels[c], c), ErrNotFound)
		}
	}
	return nil
}

// sortClaims orders claims best first: analyst claims, then non-forecast,
// then the latest valid time (undated: the article date, else knownAt),
// then the latest knownAt, then id.
func sortClaims(cs []Claim) {
	sort.SliceStable(cs, func(i, j int) bool { return claimBefore(cs[i], cs[j]) })
}

func claimBefore(a, b Claim) bool {
	if aa, ba := a.Extractor == analystExtractor, b.Extractor == analystExtractor; aa != ba {
		return aa
	}
	if a.Forecast != b.Forecast {
		return !a.Forecast
	}
	if ta, tb := effectiveTime(a), effectiveTime(b); !ta.Equal(tb) {
		return ta.After(tb)
	}
	if !a.KnownAt.Equal(b.KnownAt) {
		return a.KnownAt.After(b.KnownAt)
	}
	return a.ID < b.ID
}

// effectiveTime is when a claim holds from, for ranking.
func effectiveTime(c Claim) time.Time {
	switch {
	case c.ValidFrom != nil:
		return *c.ValidFrom
	case c.Article != nil && !c.Article.PublishedAt.IsZero():
		return c.Article.PublishedAt
	}
	return c.KnownAt
}

func containsClaim(cs []Claim, id string) bool {
	for _, c := range cs {
		if c.ID == id {
			return true
		}
	}
	return false
}
