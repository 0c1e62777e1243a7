package extract

import "github.com/cigraph/cigraph/graph"

// parallelShare: "X accounted for 26% of Acme's revenue, while Y accounted
// for 16%" -> the second clause leaves out whose revenue; it is the
// supplier of the share just read in the same sentence.
func (c *ctx) parallelShare(cust int, p percent, k int) {
	for j := len(c.st.facts) - 1; j >= 0 && c.st.facts[j].sent == c.si; j-- {
		f := c.st.facts[j]
		if f.typ != graph.CustomerOf || f.share == nil || f.subj == cust || f.obj == cust {
			continue
		}
		v := p.value
		c.add(fact{typ: graph.CustomerOf, subj: cust, obj: f.obj, share: &v,
			time: firstNonEmpty(c.shareTime(p, k), f.time), confidence: 0.8})
		return
	}
}

// shiftWords introduce the earlier value of a changed figure: "40% of sales,
// down from 47% in 2022".
var shiftWords = set("down", "up", "fell", "rose", "dropped", "declined", "increased", "compared")

// priorShare: a share followed by "down from M% in T" also states the share
// the same customer had at T; both are facts of the pair.
func (c *ctx) priorShare(p percent, cust, sup int) {
	for _, q := range c.pcts {
		if q.a <= p.b || q.a > p.b+12 {
			continue
		}
		from := q.a - 1
		if c.w(from) == "with" && c.w(from-1) == "compared" || c.w(from) == "from" && shiftWords[c.w(from-1)] {
			if c.clauseBreak(p.b, q.a) || c.hedge {
				return
			}
			v := q.value
			c.add(fact{typ: graph.CustomerOf, subj: cust, obj: sup, share: &v,
				time: c.priorTime(q, c.shareTime(p, p.a)), confidence: 0.75}) // rel_share_prior.go
		}
		return
	}
}

// timeAfter returns the time expression starting within n tokens after b.
func (c *ctx) timeAfter(b, n int) string {
	for _, t := range c.timeList() {
		if t.a >= b && t.a <= b+n {
			return t.value
		}
	}
	return ""
}

// shareOfNamed: "X generated about a third of Y's revenue", "X was Y's
// biggest customer, contributing 18% of revenue" -> X is a customer of Y
// with that share. These verbs also state plain figures ("generated 40% of
// its revenue abroad"), so Y must be a possessive other than X: right after
// "of", else before the verb.
func (c *ctx) shareOfNamed(k int) {
	cust := c.subjectBefore(k, org)
	if cust < 0 || c.hedge {
		return
	}
	ce := c.s.ments[cust].ent
	for _, p := range c.pcts {
		if p.a <= k || p.a > k+4 || c.w(p.b) != "of" {
			continue
		}
		sup := c.possOrgIn(p.b+1, p.b+4, ce)
		if sup < 0 && c.revenueAt(p.b+1) {
			sup = c.possOrgIn(0, k, ce)
		}
		if sup >= 0 && c.revenueAfterPoss(sup) || sup >= 0 && c.s.ments[sup].b <= k {
			v := p.value
			c.add(fact{typ: graph.CustomerOf, subj: ce, obj: c.s.ments[sup].ent, share: &v,
				time: c.shareTime(p, k), confidence: 0.8})
		}
		return
	}
}

// possOrgIn returns a possessive organisation mention in [a, b) other than not.
func (c *ctx) possOrgIn(a, b, not int) int {
	for j, m := range c.s.ments {
		if m.a >= a && m.a < b && m.poss && m.ent != not && c.typ(m) == org {
			return j
		}
	}
	return -1
}

// revenueAt: a revenue noun at x or after one modifier ("of total sales").
func (c *ctx) revenueAt(x int) bool {
	return revenueNouns[c.w(x)] || revenueNouns[c.w(x+1)]
}

// revenueAfterPoss: "Y's [total] revenue".
func (c *ctx) revenueAfterPoss(j int) bool {
	b := c.s.ments[j].b + 1
	return c.revenueAt(b)
}
