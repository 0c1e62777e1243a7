package extract

import "github.com/cigraph/cigraph/graph"

// Customer shares stated as an apposition of the customer noun: "X was its
// largest customer, at 14% of net sales", "X is Y's biggest client, with
// about 20% of revenue". The share belongs to the customer fact the
// sentence has just read at that noun (whatever "its" was resolved to).

// shareAtCustomer attaches the share after the customer noun at k to the
// latest customer fact of this sentence that has none.
func (c *ctx) shareAtCustomer(k int) {
	if c.w(k+1) != "," || c.w(k+2) != "at" && c.w(k+2) != "with" {
		return
	}
	for _, p := range c.pcts {
		if p.a < k+3 || p.a > k+4 {
			continue
		}
		if c.w(p.b) == "of" && c.revenueAt(p.b+1) || c.shareEnds(p.b) {
			c.shareOnLastCustomer(p.value, c.shareTime(p, k))
		}
		return
	}
}

// shareEnds: the percentage ends the clause at b ("X was its second-largest
// customer, at 10%." or "…, at 10%, up from 8%"): after a customer noun a
// bare percentage is the share of the seller's revenue.
func (c *ctx) shareEnds(b int) bool {
	w := c.w(b)
	return b >= len(c.toks) || w == "." || w == "," || w == ";" || w == ")"
}

// shareOnLastCustomer sets share v (and time t where none) on the latest
// customer fact of this sentence without a share.
func (c *ctx) shareOnLastCustomer(v float64, t string) {
	for j := len(c.st.facts) - 1; j >= 0 && c.st.facts[j].sent == c.si; j-- {
		f := &c.st.facts[j]
		if f.typ == graph.CustomerOf && f.share == nil {
			f.share = &v
			if f.time == "" {
				f.time = t
			}
			return
		}
	}
}

// custNounCustomer: "Corning said the customer made up a fifth of sales" —
// the customer noun right before the share verb at k is a customer named
// before, whose supplier is sup; the speaker's name read as the subject is
// not. It returns that customer, -2 when no earlier customer of sup is
// known (the share then has no customer), -1 when the rule does not apply.
func (c *ctx) custNounCustomer(k, sup, cust int) int {
	n := k - 1
	if c.w(n) == "has" || c.w(n) == "had" {
		n--
	}
	if sup != cust || c.w(n) != "customer" && c.w(n) != "client" || c.mentionAt(n) >= 0 {
		return -1
	}
	for j := len(c.st.facts) - 1; j >= 0 && c.st.facts[j].sent >= c.si-4; j-- {
		if f := c.st.facts[j]; f.sent < c.si && f.typ == graph.CustomerOf && f.obj == sup && f.subj != sup {
			return f.subj
		}
	}
	return -2
}

// exampleWords introduce members named as examples of a group.
var exampleWords = set("includes", "including", "include", "included", "such", "like")

// groupExample: "Large cloud companies, a group that includes Microsoft and
// Amazon, accounted for 45% of revenue" — the customer before the share
// verb at k is named as an example of a group, so the share is the
// group's, not its own.
func (c *ctx) groupExample(cust, k int) bool {
	a := c.s.ments[cust].a
	for x := a - 1; x >= 0 && x >= a-8; x-- {
		if exampleWords[c.w(x)] {
			return c.w(x) != "such" || c.w(x+1) == "as"
		}
		if c.toks[x].kind == tPunct && c.w(x) != "," {
			return false
		}
	}
	return false
}

// revenueOwnerAt returns the mention of the company named right after the
// revenue noun at x by "at" or "for": "accounted for 25% of revenue at
// Cencora", "12% of sales for Lonza". Else -1 (the sentence subject owns
// the revenue, as in "of the company's total").
func (c *ctx) revenueOwnerAt(x int) int {
	if w := c.w(x + 1); w != "at" && w != "for" {
		return -1
	}
	return c.nextMention(x+2, 1, false, org)
}
