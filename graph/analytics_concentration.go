package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"
)

// approxTolerance is the relative width of an "approx" amount's range:
// "nearly $20M" is read as 20M +-10%.
const approxTolerance = 0.10

// concentrationCypher answers Concentration in one read: $refs =
// [supplier, product]. Customers are found through the CUSTOMER_OF
// roll-ups into the supplier or a product it offers; the $maxCustomers
// largest by the roll-ups' latest share, then latest annual spend, count.
const concentrationCypher = resolveRefs + `WITH resolved[0][0] AS s, resolved[1][0] AS p
CALL (s) {
  OPTIONAL MATCH (cust:Entity)-[r:CUSTOMER_OF]->(s)
  RETURN cust, r
  UNION
  OPTIONAL MATCH (s)-[:OFFERS]->(:Entity)<-[r:CUSTOMER_OF]-(cust:Entity)
  RETURN cust, r
}
WITH s, p, cust, max(coalesce(r.latestShare, 0)) AS share, max(coalesce(r.latestAnnualized, 0)) AS spend
ORDER BY share DESC, spend DESC
WITH s, p, [x IN collect(cust) WHERE x IS NOT NULL][..$maxCustomers] AS customers
` + spendClaims + revenueClaims + `RETURN s` + entityFields + ` AS supplier, p` + entityFields + ` AS product, spend, revenue`

// Concentration ranks the supplier's customers (for a product's business)
// by share of revenue: the stated share, else the computed one. HHI is the
// sum of squared percent shares over customers with a share; CoveredShare
// is the sum of their shares; TopN defaults to 5. Only claims that held by
// q.AsOf and were ingested by q.KnownAt count (spend, share and revenue
// alike); a customer left without such claims is not listed. One read
// transaction.
func (s *Store) Concentration(ctx context.Context, q ConcentrationQuery) (*Concentration, error) {
	if strings.TrimSpace(q.Supplier) == "" {
		return nil, fmt.Errorf("concentration: supplier is required: %w", ErrInvalid)
	}
	if q.TopN <= 0 {
		q.TopN = 5
	}
	params := map[string]any{"refs": [][]string{refKeys(q.Supplier), refKeys(q.Product)},
		"asOf": timeParam(q.AsOf), "knownAt": timeParam(q.KnownAt), "maxCustomers": 500}
	row, err := s.readRow(ctx, concentrationCypher, params)
	if err != nil {
		return nil, fmt.Errorf("concentration of %q: %w", q.Supplier, err)
	}
	if err := requireResolved(row, q.Product != "", "supplier"); err != nil {
		return nil, fmt.Errorf("concentration of %q: %w", q.Supplier, err)
	}
	return buildConcentration(row, q.TopN), nil
}

func buildConcentration(row map[string]any, topN int) *Concentration {
	c := &Concentration{Supplier: *entityFrom(row["supplier"]), Product: entityFrom(row["product"]),
		Customers: []CustomerShare{}, TopN: topN, RevenueClaims: []Claim{}}
	customers := countedSpend(spendRows(row["spend"]))
	if c.Product == nil {
		var all []Claim
		for _, cs := range customers {
			all = append(append(all, cs.spendClaims...), cs.shareClaims...)
		}
		c.Product = singleProduct(all)
	}
	if rev := pickRevenue(revenueRows(row["revenue"]), c.Product, c.Supplier.ID); rev != nil {
		c.RevenueClaims = []Claim{*rev}
		c.AnnualRevenue = roundRange(annualRange(*rev))
		c.RevenueIsForecast = rev.Forecast
	}
	for _, cs := range customers {
		share := shareOf(cs.member.AnnualSpend, c.AnnualRevenue)
		if st := cs.member.StatedShare; st != nil {
			share = &Range{Value: *st, Low: *st, High: st}
		}
		c.Customers = append(c.Customers, CustomerShare{Customer: cs.member.Entity, Share: roundRange(share),
			AnnualSpend: cs.member.AnnualSpend, Claims: cs.member.Claims})
	}
	rankCustomers(c.Customers)
	summarise(c)
	return c
}

// rankCustomers orders by share value, largest first; no share goes last.
func rankCustomers(cs []CustomerShare) {
	sort.SliceStable(cs, func(i, j int) bool {
		a, b := cs[i].Share, cs[j].Share
		switch {
		case a == nil || b == nil:
			return a != nil && b == nil
		case a.Value != b.Value:
			return a.Value > b.Value
		}
		return cs[i].Customer.Name < cs[j].Customer.Name
	})
}

// summarise computes top-1, top-N, HHI and covered share from the ranked customers.
func summarise(c *Concentration) {
	for i, cs := range c.Customers {
		if cs.Share == nil {
			break
		}
		v := cs.Share.Value
		if i == 0 {
			c.Top1Share = v
		}
		if i < c.TopN {
			c.TopNShare += v
		}
		c.HHI += v * v
		c.CoveredShare += v
	}
	c.Top1Share, c.TopNShare = round4(c.Top1Share), round4(c.TopNShare)
	c.HHI, c.CoveredShare = round4(c.HHI), round4(c.CoveredShare)
}

// revenueRow is one {owner, claim} of the revenue subquery.
type revenueRow struct {
	owner string
	claim Claim
}

func revenueRows(v any) []revenueRow {
	var out []revenueRow
	for _, x := range asList(v) {
		m := asMap(x)
		out = append(out, revenueRow{owner: mapString(m, "owner"), claim: claimFrom(m["claim"])})
	}
	return out
}

// pickRevenue is the best single revenue claim of the product when it has
// one, else of the supplier: analyst first, non-forecast before forecast,
// then the latest valid; never a sum. Its Sources counts the claims that
// restate the same figure for the same period. Nil when there is none.
func pickRevenue(rows []revenueRow, product *EntityNode, supplierID string) *Claim {
	owners := []string{supplierID}
	if product != nil {
		owners = []string{product.ID, supplierID}
	}
	for _, owner := range owners {
		var cs []Claim
		for _, r := range rows {
			if r.owner == owner {
				cs = append(cs, r.claim)
			}
		}
		if len(cs) > 0 {
			sortClaims(cs)
			best := cs[0]
			best.Sources = countSources(restating(cs, best))
			return &best
		}
	}
	return nil
}

// amountRange reads a qualified amount as a range: exact is a point,
// approx is +-approxTolerance, at_least and more_than have no upper bound,
// up_to runs from 0.
func amountRange(v float64, qualifier string) Range {
	switch qualifier {
	case "approx":
		lo, hi := v*(1-approxTolerance), v*(1+approxTolerance)
		return Range{Value: v, Low: lo, High: &hi}
	case "at_least", "more_than":
		return Range{Value: v, Low: v}
	case "up_to":
		return Range{Value: v, Low: 0, High: &v}
	}
	return Range{Value: v, Low: v, High: &v}
}

// annualRange is a claim's annualised amount as a range.
func annualRange(c Claim) *Range {
	if c.Annualized == nil {
		return nil
	}
	q := ""
	if c.Amount != nil {
		q = c.Amount.Qualifier
	}
	r := amountRange(*c.Annualized, q)
	return &r
}

// addRanges sums two optional ranges; the sum has no upper bound when
// either has none.
func addRanges(a, b *Range) *Range {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	}
	out := Range{Value: a.Value + b.Value, Low: a.Low + b.Low}
	if a.High != nil && b.High != nil {
		h := *a.High + *b.High
		out.High = &h
	}
	return &out
}

// shareOf is spend / revenue in percent: value from the two values, low
// from the lowest spend over the highest revenue (0 when revenue has no
// upper bound), high from the highest spend over the lowest revenue (none
// when spend has no upper bound). Nil without both or with zero revenue.
func shareOf(spend, revenue *Range) *Range {
	if spend == nil || revenue == nil || revenue.Value <= 0 {
		return nil
	}
	out := Range{Value: 100 * spend.Value / revenue.Value}
	if revenue.High != nil && *revenue.High > 0 {
		out.Low = 100 * spend.Low / *revenue.High
	}
	if spend.High != nil && revenue.Low > 0 {
		h := 100 * *spend.High / revenue.Low
		out.High = &h
	}
	return &out
}

// restating are the claims stating best's figure for the same period.
func restating(cs []Claim, best Claim) []Claim {
	var out []Claim
	for _, c := range cs {
		if c.Forecast == best.Forecast && samePeriod(c, best) && closeFigures(annualizedOf(c), annualizedOf(best)) {
			out = append(out, c)
		}
	}
	return out
}
