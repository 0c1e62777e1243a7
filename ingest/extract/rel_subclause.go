package extract

import "github.com/cigraph/cigraph/graph"

// "Chevron said on Monday it would buy Hess in a deal valued at $53
// billion, two weeks after its rival Exxon Mobil agreed to buy Pioneer":
// the amount and the time before "after" belong to the main clause's
// deal; the subordinate clause, with a subject of its own, states its
// deal without them.

// subClauseAfter: a subordinating conjunction with its own organisation
// subject comes between the token at a and the verb at k (either order:
// "agreed to buy Y for $5 billion after Z bought W on Monday").
func (c *ctx) subClauseAfter(a, k int) bool {
	if a > k {
		a, k = k, a
	}
	if a == k || k-a > 60 {
		return false
	}
	for x := a + 1; x < k; x++ {
		if subordinator(c.toks[x].low) && c.orgSubjectAfter(x, k) {
			return true
		}
	}
	return false
}

// orgSubjectAfter: an organisation is named within five tokens after x,
// ending before k. A pronoun there ("18 months after it agreed to buy it
// for $61 billion") is the main clause's own subject, telling the same
// deal.
func (c *ctx) orgSubjectAfter(x, k int) bool {
	for _, m := range c.s.ments {
		if m.a > x && m.a <= x+5 && m.b <= k && !m.poss && !m.ref && c.typ(m) == graph.Org {
			return true
		}
	}
	return false
}

// subordinator: conjunctions that open a clause of time or cause.
func subordinator(w string) bool {
	switch w {
	case "after", "before", "while", "when", "since", "until", "as", "because":
		return true
	}
	return false
}
