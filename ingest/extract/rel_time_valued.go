package extract

import "github.com/cigraph/cigraph/graph"

// A valuation stated beside another fact carries its own date: "valued at
// $4 billion in 2021, it raised $300 million in March". The year dates the
// valuation figure only; timeNear skips it for facts anchored outside the
// valuation phrase, and addMetric finds the company a fronted valuation
// phrase describes ("Valued at $2 billion in 2022, Zenta raised ...").

// valuedWords open a valuation phrase before its figure.
var valuedWords = set("valued", "valuing", "valuation", "values")

// valuedAside: t follows "in" right after a valuation figure, and the fact
// anchor k lies outside that phrase.
func (c *ctx) valuedAside(t timex, k int) bool {
	if c.w(t.a-1) != "in" {
		return false
	}
	for _, m := range c.money {
		if m.b != t.a-1 {
			continue
		}
		v := c.valuedOpener(m.a)
		return v >= 0 && (k < v || k > t.b)
	}
	return false
}

// valuedOpener returns the valuation word within three tokens before the
// figure at a ("valued at", "a valuation of", "valuing it at"), or -1.
func (c *ctx) valuedOpener(a int) int {
	for x := a - 1; x >= 0 && x >= a-3; x-- {
		if valuedWords[c.w(x)] {
			return x
		}
	}
	return -1
}

// frontedValued: a sentence opening with a valuation phrase ("Valued at
// $2 billion in 2022, Zenta raised", "Last valued at ...") describes the
// name right after the phrase's comma; it returns that mention, or -1.
func (c *ctx) frontedValued(k int) int {
	v := c.valuedOpener(k)
	if v < 0 || v > 2 || c.w(v) != "valued" {
		return -1
	}
	for x := k + 1; x < len(c.toks) && x < k+8; x++ {
		if c.w(x) == "," {
			return c.nextMention(x+1, 3, true, org)
		}
	}
	return -1
}

// perSharePurchase: "X agreed to pay $157 a share in cash for Y, a price
// that valued Y at about $28 billion" — a price per share buys the
// company; the deal's value is the total the valuation phrase after the
// company gives (no total: no fact, as before). The company is the one
// after "for", or the one the valuation phrase names when "for" has a
// description ("for the data-analytics company, a price that valued
// Splunk at"). It reports a read.
func (c *ctx) perSharePurchase(k int, price *money) bool {
	f := c.skipTo(price.b, "for", 5) // "a share in cash for"
	comma := c.skipTo(f, ",", 6)
	if f < 0 || comma < 0 {
		return false
	}
	v := comma + 1
	for v < len(c.toks) && v <= comma+4 && !valuedWords[c.w(v)] {
		v++
	}
	obj := c.nextMention(v+1, 1, true, org)
	if obj < 0 || c.s.ments[obj].ref {
		obj = c.companyAfter(f + 1) // rel_paidfor.go
	}
	if obj < 0 || !valuedWords[c.w(v)] {
		return false
	}
	for _, m := range c.money {
		if m.perShare || m.a <= v || m.a > v+6 {
			continue
		}
		subjs := c.subjects(k)
		if len(subjs) != 1 || c.hedged(subjs[0].b, k) {
			return false
		}
		amt := c.st.newAmount(m.amt)
		amt.Period = "once"
		if c.st.priceOfDone(subjs[0].ent, c.s.ments[obj].ent, amt) {
			return true
		}
		c.add(fact{typ: graph.Acquires, subj: subjs[0].ent, obj: c.s.ments[obj].ent,
			amount: amt, time: c.timeNear(k, 0, len(c.toks)), status: c.statusAt(k), confidence: 0.75})
		return true
	}
	return false
}

// priceOfDone: the story already read X's takeover of Y as done, without
// a price ("completed its acquisition of Y"); the price agreed earlier is
// that takeover's amount, not a second, planned takeover.
func (st *state) priceOfDone(x, y int, amt *graph.Amount) bool {
	for i := range st.facts {
		if f := &st.facts[i]; f.typ == graph.Acquires && f.subj == x && f.obj == y && f.status == graph.StatusCurrent && f.amount == nil {
			f.amount = amt
			return true
		}
	}
	return false
}
