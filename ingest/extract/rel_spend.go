package extract

import "github.com/cigraph/cigraph/graph"

// spendsOnGoods: "X is spending $2 billion on chips from Y", "X spent $400
// million on Y chips", "X spends heavily on Y's cloud services" -> X is a
// customer of Y. The goods are a generic noun (buyNouns), so the seller is
// the organisation that owns them or that they come from.
func (c *ctx) spendsOnGoods(k, on int) {
	sup := c.goodsSeller(on + 1)
	if sup < 0 {
		sup = c.adSeller(on + 1) // rel_rights.go: "spent $N on Meta ads"
	}
	if sup < 0 {
		sup = c.committedSpendOrg(k, on) // rel_spend_commit.go: "committed to spend $N on Google Cloud"
	}
	subj := c.vpSubject(k)
	if sup < 0 || subj < 0 || c.hedge || c.hedged(c.s.ments[subj].b, k) {
		return
	}
	c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[subj].ent, obj: c.s.ments[sup].ent,
		amount: c.onceAmount(c.moneyNear(k, k, on)), time: firstNonEmpty(c.timeAfter(on, 10), c.timeNear(k, 0, len(c.toks))),
		confidence: 0.75})
}

// goodsSeller reads the goods phrase starting at a: "[Y / Y's] [adjectives]
// goods [from|by|made by Y]" and returns the mention of Y, or -1.
func (c *ctx) goodsSeller(a int) int {
	if j := c.mentionAt(a); j >= 0 {
		b := c.s.ments[j].b
		if c.typ(c.s.ments[j]) == org && (buyNounGate.in(buyNouns, c.w(b)) || buyNounGate.in(buyNouns, c.w(b+1)) && c.w(b) == "'s" || c.productThenGoods(b)) { // rel_design.go
			return j
		}
		return -1
	}
	for x := a; x < len(c.toks) && x <= a+3; x++ {
		if !buyNounGate.in(buyNouns, c.w(x)) {
			continue
		}
		n := x + 1
		for n < x+3 && buyNounGate.in(buyNouns, c.w(n)) {
			n++ // a compound: "cloud computing infrastructure from Y"
		}
		if c.w(n) == "made" || c.w(n) == "supplied" {
			n++
		}
		if c.w(n) == "from" || c.w(n) == "by" {
			return c.nextMention(n+1, 2, false, org)
		}
		return -1
	}
	return -1
}

// vpSubject returns the subject of the verb at k. A verb right after "and"
// shares the subject of the sentence ("X is spending $N on chips from Y, and
// spent $M on Z chips"), which is not the nearest name before it.
func (c *ctx) vpSubject(k int) int {
	x := k - 1
	for x > 0 && adverbLike(c.w(x)) {
		x--
	}
	if c.w(x) == "and" && c.st.subjectList(c.si) == 1 && c.s.ments[0].b < x {
		return 0
	}
	return c.subjectBefore(k, org)
}
