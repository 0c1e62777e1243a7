package graph

import (
	"math"
	"sort"
	"strings"
)

// factTolerance is how far apart (relative) two figures of the same
// customer, product and period may be and still be one fact told twice:
// "about $20M" and "$20.5M" in March are the same spend.
const factTolerance = 0.05

// fact is one figure stated by one or more claims (best claim first).
type fact struct {
	bucket string // the product bought ("" for the supplier itself)
	claims []Claim
}

// latestFacts groups the sorted claims that pass ok (only the analyst's
// when there are any) into facts, and keeps per product bought the best
// fact: the latest valid figure, never a sum over periods or sources.
// Each kept claim's Sources counts the independent sources of its fact.
func latestFacts(sorted []Claim, ok func(Claim) bool, figure func(Claim) float64) []fact {
	pool := analystFirst(sorted, ok)
	facts := groupFacts(pool, figure)
	seen := map[string]bool{}
	var out []fact
	for _, f := range facts {
		if seen[f.bucket] {
			continue
		}
		seen[f.bucket] = true
		// the claim naming the product stands for the fact
		sort.SliceStable(f.claims, func(i, j int) bool { return boughtKey(f.claims[i]) != "" && boughtKey(f.claims[j]) == "" })
		n := countSources(f.claims)
		for i := range f.claims {
			f.claims[i].Sources = n
		}
		out = append(out, f)
	}
	return out
}

// analystFirst keeps the claims that pass ok; only the analyst's when the
// analyst asserted any.
func analystFirst(sorted []Claim, ok func(Claim) bool) []Claim {
	var pool, analyst []Claim
	for _, c := range sorted {
		if ok(c) {
			pool = append(pool, c)
			if c.Extractor == analystExtractor {
				analyst = append(analyst, c)
			}
		}
	}
	if len(analyst) > 0 {
		return analyst
	}
	return pool
}

// groupFacts puts each claim into the first fact it restates (same
// product, or one naming no product; same period; figure within
// factTolerance), else opens a new fact. A claim naming no product is
// about the one product the others name, when they name exactly one.
func groupFacts(pool []Claim, figure func(Claim) float64) []fact {
	only := onlyProduct(pool)
	var facts []fact
	for _, c := range pool {
		b := boughtKey(c)
		if b == "" {
			b = only
		}
		if i := findFact(facts, b, c, figure); i >= 0 {
			facts[i].claims = append(facts[i].claims, c)
			if facts[i].bucket == "" {
				facts[i].bucket = b
			}
			continue
		}
		facts = append(facts, fact{bucket: b, claims: []Claim{c}})
	}
	return facts
}

func findFact(facts []fact, bucket string, c Claim, figure func(Claim) float64) int {
	for i, f := range facts {
		head := f.claims[0]
		if (f.bucket == bucket || boughtKey(c) == "" || boughtKey(head) == "") &&
			samePeriod(head, c) && closeFigures(figure(head), figure(c)) {
			return i
		}
	}
	return -1
}

// onlyProduct is the one product the claims name, or "".
func onlyProduct(cs []Claim) string {
	only := ""
	for _, c := range cs {
		switch k := boughtKey(c); {
		case k == "":
		case only == "":
			only = k
		case k != only:
			return ""
		}
	}
	return only
}

// samePeriod: the same valid time (undated claims share one).
func samePeriod(a, b Claim) bool {
	switch {
	case a.ValidFrom == nil || b.ValidFrom == nil:
		return a.ValidFrom == nil && b.ValidFrom == nil
	case !a.ValidFrom.Equal(*b.ValidFrom):
		return false
	case a.ValidTo == nil || b.ValidTo == nil:
		return a.ValidTo == nil && b.ValidTo == nil
	}
	return a.ValidTo.Equal(*b.ValidTo)
}

func closeFigures(a, b float64) bool {
	if a == b {
		return true
	}
	return math.Abs(a-b) <= factTolerance*math.Max(math.Abs(a), math.Abs(b))
}

// countSources counts the distinct publishers (else articles) of the claims.
func countSources(cs []Claim) int {
	keys := map[string]bool{}
	for _, c := range cs {
		k := c.ID
		if a := c.Article; a != nil {
			k = a.ID
			if p := strings.ToLower(strings.TrimSpace(a.Publisher)); p != "" {
				k = "p:" + p
			}
		}
		keys[k] = true
	}
	return max(len(keys), 1)
}

func annualizedOf(c Claim) float64 {
	if c.Annualized == nil {
		return 0
	}
	return *c.Annualized
}

func shareOfClaim(c Claim) float64 {
	if c.SharePercent == nil {
		return 0
	}
	return *c.SharePercent
}

// round4 rounds to 4 decimals, dropping float noise (26.400000000000002).
func round4(v float64) float64 {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return v
	}
	return math.Round(v*1e4) / 1e4
}

// roundRange rounds a range in place and returns it.
func roundRange(r *Range) *Range {
	if r == nil {
		return nil
	}
	r.Value, r.Low = round4(r.Value), round4(r.Low)
	if r.High != nil {
		h := round4(*r.High)
		r.High = &h
	}
	return r
}
