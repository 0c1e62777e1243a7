package extract

import "github.com/cigraph/cigraph/graph"

// Share sales to named buyers: a tender offer or a secondary sale in which
// a company's shares go to investors ("let employees sell shares to
// investors including Sequoia and Thrive Capital", "Databricks employees
// sold shares to Temasek in a secondary sale", "sold shares of Y to Z").
// Each buyer invests in the company whose shares they are: Y when named,
// else the seller's company.

// shareSaleNouns are the goods of a share sale.
var shareSaleNouns = set("shares", "stock")

// shareSaleDets may stand between the verb and the noun ("sold some of
// their shares", "sell existing shares").
var shareSaleDets = set("some", "of", "their", "existing", "new", "common", "secondary", "employee", "additional")

// buyerLeadIns stand between "to" and the buyers ("to investors including").
var buyerLeadIns = set("investors", "including", "such", "as", "like", "a", "group", "of", "backers", "funds", "new", "existing")

// sharesSoldTo reads the frame at the selling verb k.
func (c *ctx) sharesSoldTo(k int) {
	n, amt := c.shareSaleNoun(k)
	if n < 0 || c.hedge {
		return
	}
	issuer, to := c.shareIssuer(k, n)
	if issuer < 0 || c.w(to) != "to" {
		return
	}
	x := to + 1
	for x < len(c.toks) && x <= to+4 && buyerLeadIns[c.w(x)] {
		x++
	}
	j := c.mentionAt(x)
	if j < 0 || c.typ(c.s.ments[j]) != org || c.s.ments[j].poss {
		return
	}
	t, l := c.timeNear(k, 0, len(c.toks)), c.namedList(j) // rel_vendors.go
	if len(l) > 1 {
		amt = nil // the sale's total is no one buyer's
	}
	for _, m := range l {
		if m.ent != issuer {
			c.add(fact{typ: graph.InvestsIn, subj: m.ent, obj: issuer, amount: amt, time: t, status: c.statusAt(k), confidence: 0.7})
		}
	}
}

// shareSaleNoun returns the share noun after the verb k ("sell existing
// shares", "sell about $6 billion in shares", "sold $2 billion worth of
// stock") and the amount sold, or -1.
func (c *ctx) shareSaleNoun(k int) (int, *graph.Amount) {
	n := k + 1
	var amt *graph.Amount
	for _, m := range c.money {
		if m.a > k && m.a <= k+2 && !m.perShare {
			a := m.amt
			a.Period = "once"
			n, amt = m.b, &a
			break
		}
	}
	for n < len(c.toks) && n <= k+6 && (shareSaleDets[c.w(n)] || amt != nil && (c.w(n) == "in" || c.w(n) == "worth")) {
		n++
	}
	if !shareSaleNouns[c.w(n)] {
		return -1, nil
	}
	return n, amt
}

// shareIssuer returns the company whose shares the noun at n names and
// the token after its phrase: Y of "shares of Y" / "shares in Y", else
// the subject of the verb k ("Databricks employees sold shares"), or -1.
func (c *ctx) shareIssuer(k, n int) (int, int) {
	if w := c.w(n + 1); w == "of" || w == "in" {
		y := c.mentionAt(n + 2)
		if y < 0 || c.typ(c.s.ments[y]) != org {
			return -1, 0
		}
		return c.s.ments[y].ent, c.s.ments[y].b
	}
	if c.w(k+1) == "their" && c.w(k-1) != "employees" || c.w(k+1) == "its" {
		return -1, 0 // a holder's own stake in an unnamed company
	}
	s := c.subjectBefore(k, org)
	if s < 0 {
		return -1, 0
	}
	return c.s.ments[s].ent, n + 1
}
