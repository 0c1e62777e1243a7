package extract

import "github.com/cigraph/cigraph/graph"

// Share rules: the earlier value of a changed share,
// shares read from "rely on Y for N% of sales", and the bounds of the
// phrase that names whose revenue a share is.

// priorPercent: the percentage p is the earlier value of a changed share
// ("66%, up from 58% a year earlier"); priorShare reads it, with its own
// time, so the share frames must not read it as a share of the same time.
func (c *ctx) priorPercent(p percent) bool {
	from := p.a - 1
	return c.w(from) == "from" && shiftWords[c.w(from-1)] || c.w(from) == "with" && c.w(from-1) == "compared"
}

// yearEarlierAt: "a year earlier", "a year before", "the previous year",
// "the prior year" start at token x.
func (c *ctx) yearEarlierAt(x int) bool {
	a, b, w := c.w(x), c.w(x+1), c.w(x+2)
	switch {
	case (a == "a" || a == "one") && b == "year":
		return w == "earlier" || w == "before" || w == "ago"
	case (a == "the" || a == "a") && (b == "previous" || b == "prior"):
		return w == "year"
	}
	return a == "the" && b == "year" && w == "before"
}

// priorTime is the time of the earlier share at q: its own time, or one
// year before the current share's time t when the text says "a year
// earlier" (which resolves against the article date otherwise).
func (c *ctx) priorTime(q percent, t string) string {
	if c.yearEarlierAt(q.b) {
		return yearBefore(t)
	}
	return c.timeAfter(q.b, 4)
}

// yearBefore shifts "2023", "FY2023", "2024-Q1" or "2024-03" back a year.
func yearBefore(t string) string {
	off := 0
	if len(t) >= 6 && t[0] == 'F' {
		off = 2
	}
	y := atoi4(t[off:min(len(t), off+4)])
	if y == 0 {
		return ""
	}
	return t[:off] + itoa4(y-1) + t[off+4:]
}

// itoa4 writes a four-digit year.
func itoa4(y int) string {
	return string([]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10)})
}

// relyForSales: "X relied on Y for most of its revenue", "depends on Y for
// 40% of its sales" -> Y is the customer (relyOn reads X as Y's customer
// otherwise: "relies on TSMC for its chips"). It reports whether it read
// the sentence.
func (c *ctx) relyForSales(subj int, o mention) bool {
	if c.w(o.b) != "for" {
		return false
	}
	end := min(o.b+10, len(c.toks))
	for x := o.b + 1; x < end; x++ {
		if w := c.w(x); w == "," || w == ";" || w == "." {
			return false
		}
		if revenueNouns[c.w(x)] && c.w(x) != "total" || c.w(x) == "business" {
			var share *float64
			for _, p := range c.pcts {
				if p.a > o.b && p.b <= x {
					v := p.value
					share = &v
				}
			}
			c.add(fact{typ: graph.CustomerOf, subj: o.ent, obj: c.s.ments[subj].ent, share: share,
				time: c.timeNear(x, 0, len(c.toks)), confidence: 0.7})
			return true
		}
	}
	return false
}

// commaBetween: a comma in tokens [a, b) (a share's "of Y's revenue" does
// not reach past one: "11%, the company said in its report").
func (c *ctx) commaBetween(a, b int) bool {
	for x := a; x < b && x < len(c.toks); x++ {
		if c.toks[x].low == "," {
			return true
		}
	}
	return false
}

// selfRefCustomer: "The software company accounted for 35% of CoreWeave's
// sales" where the description was resolved to CoreWeave itself. A
// customer described rather than named is the one whose share of the same
// supplier was just read (two sentences back at most); -1 when there is
// none.
func (c *ctx) selfRefCustomer(cust, sup int) int {
	if !c.s.ments[cust].ref {
		return -1
	}
	sE := c.s.ments[sup].ent
	for j := len(c.st.facts) - 1; j >= 0 && c.st.facts[j].sent >= c.si-2; j-- {
		if f := c.st.facts[j]; f.sent < c.si && f.typ == graph.CustomerOf && f.obj == sE && f.share != nil {
			return f.subj
		}
	}
	return -1
}
