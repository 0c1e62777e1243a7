package extract

import "github.com/cigraph/cigraph/graph"

// Goods of a named maker in other positions: paid "to" a supplier, used
// "by" buyers, made by a contract manufacturer for their owner.

// prepayVerbs pay ahead for goods ("prepay $1.5 billion to Y").
var prepayVerbs = set("prepay", "prepays", "prepaid", "prepaying")

// payTo: "X agreed to pay $1.5 billion to Y" names the payee after the
// amount; pays reads "pay Y $N".
func (c *ctx) payTo(k int) int {
	to := c.skipTo(k, "to", 6)
	if to < 0 || len(c.money) == 0 || c.money[0].a > to || c.money[0].a < k {
		return -1
	}
	if next := c.toks[min(to+1, len(c.toks)-1)]; !next.cap && next.low != "the" && next.low != "its" {
		return -1 // "paid $2.9 billion to acquire Y": a purpose, not a payee
	}
	return c.nextMention(to+1, 2, false, org)
}

// usedBy: "Lumo's robots are used by Zalando and Ocado" — each user buys
// the goods' maker's products.
func (c *ctx) usedBy(k int) bool {
	if c.w(k) != "used" || c.w(k+1) != "by" || !(passiveAuxGate.in(passiveAux, c.w(k-1)) || c.w(k-1) == "are") || c.hedge {
		return false
	}
	owner := c.possGoodsBefore(k)
	first := c.nextMention(k+2, 2, false, org)
	if owner < 0 || first < 0 || c.hedged(max(0, k-4), k) {
		return false // "could be used by": no fact
	}
	for _, m := range c.st.listFrom(c.s, first) {
		if c.typ(m) == org && m.ent != owner {
			c.addCustomer(m.ent, owner, k, 0.75)
		}
	}
	return true
}

// possGoodsBefore returns the organisation whose goods ("X's robots")
// come within five words before k, or -1.
func (c *ctx) possGoodsBefore(k int) int {
	for _, m := range c.s.ments {
		if m.a >= k || k-m.b > 5 {
			continue
		}
		n := m.b
		if c.w(n) == "'s" {
			n++
		}
		if m.poss && c.typ(m) == org && n < len(c.toks) && c.toks[n].kind == tWord && !c.toks[n].cap {
			return m.ent // "X's robots are used by": the passive names the goods' users
		}
	}
	return -1
}

// makesOwned: "Y will make X's next-generation accelerators" — X buys the
// making from Y (the contract manufacturer).
func (c *ctx) makesOwned(k int) bool {
	if c.toks[k].cls&wMake == 0 {
		return false
	}
	j := c.nextMention(k+1, 1, false, org)
	if j < 0 || !c.s.ments[j].poss || c.hedge || !(c.goodsWithin(c.s.ments[j].b+1, 4) || c.ownedProductAt(j)) {
		return false // the cheap tests first: asked at every "make"
	}
	if c.makeAvailable(k) { // rel_to_customers.go
		return true
	}
	if c.builtInto(c.s.ments[j].b + 1) {
		return false // "will build OpenAI's ChatGPT into Siri": built in, not made to order
	}
	subj := c.subjectBefore(k, org)
	if subj < 0 || c.hedged(c.s.ments[subj].b, k) || c.reliedOnToMake(subj, k) {
		return false
	}
	c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[j].ent, obj: c.s.ments[subj].ent, confidence: 0.7,
		time: c.timeNear(k, 0, len(c.toks))})
	return true
}

// goodsWithin: a goods noun among the n words from x, before punctuation.
func (c *ctx) goodsWithin(x, n int) bool {
	for y := x; y < len(c.toks) && y < x+n; y++ {
		if buyNounGate.in(buyNouns, c.w(y)) {
			return true
		}
		if c.toks[y].kind == tPunct {
			return false
		}
	}
	return false
}

// builtInto: "into" follows the goods within a few words of x, before any
// punctuation ("build OpenAI's ChatGPT into Siri"): the maker integrates
// another's product rather than making it for its owner.
func (c *ctx) builtInto(x int) bool {
	for y := x; y < len(c.toks) && y < x+5; y++ {
		if c.w(y) == "into" {
			return true
		}
		if c.toks[y].kind == tPunct {
			return false
		}
	}
	return false
}
