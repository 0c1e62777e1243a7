package extract

import (
	"strings"

	"github.com/cigraph/cigraph/graph"
)

// Award frames and the helpers they share: "Microsoft awarded OpenAI a
// contract", "Y won a  order from X", a supplier's share attached to its
// customer fact, and the users a frame lists.

// award: "X awarded a $N contract to Y", "X agreed with Y to supply/build P".
func (c *ctx) award(k int) {
	subj := c.subjectBefore(k, org)
	if d, ok := c.awardDecision(k); ok { // rel_award_decision.go: "the Navy's decision to award"
		subj = d
	}
	if subj < 0 || c.hedge {
		return
	}
	if c.w(k) == "agreed" || c.w(k) == "signed" {
		with := c.skipTo(k, "with", 3) // "signed a deal with"
		if w := c.skipTo(k, "with", 8); with < 0 && w > 0 && agreementGate.in(agreementNouns, c.w(w-1)) {
			with = w // "signed a five-year deal with"
		}
		if with < 0 {
			return
		}
		other := c.nextMention(with+1, 2, false, org)
		to := c.skipTo(with, "to", 6)
		buys := to > 0 && (fromVerbs[c.w(to+1)] && !supplyVerbs[c.w(to+1)])
		if other < 0 || to < 0 || !(supplyVerbs[c.w(to+1)] || buys || c.w(to+1) == "build" || c.w(to+1) == "make") {
			return
		}
		cust, sup := c.s.ments[other].ent, c.s.ments[subj].ent
		if c.w(to+1) == "build" || c.w(to+1) == "make" || buys {
			cust, sup = sup, cust
		}
		c.add(fact{typ: graph.CustomerOf, subj: cust, obj: sup, prod: c.productIn(to, len(c.toks)),
			amount: c.moneyNear(k, 0, len(c.toks)), time: c.timeNear(k, 0, len(c.toks)), confidence: 0.75})
		return
	}
	if secureVerbs[c.w(k)] {
		c.designWin(k, subj) // rel_design_win.go: "secured a design win at Y" (no contract frame)
		return
	}
	if wonVerbs[c.w(k)] && (c.wonWork(k, subj) || c.designWin(k, subj) || c.wonAccount(k, subj)) { // rel_supply.go, rel_design_win.go, rel_won_account.go
		return
	}
	if c.skipTo(k, "contract", 8) < 0 && (!awardForms[c.w(k)] || c.awardNounAfter(k) < 0) { // rel_award_direct.go
		return
	}
	if wonVerbs[c.w(k)] || c.w(k) == "awarded" && passiveAuxGate.in(passiveAux, c.w(k-1)) {
		c.wonFrom(k, subj)
		return
	}
	if c.awardedDirect(k, subj) {
		return
	}
	to := c.skipTo(k, "to", 14)
	if to < 0 {
		return
	}
	obj := c.nextMention(to+1, 5, false, org)
	if obj < 0 {
		return
	}
	obj = c.possessedUnit(obj) // rel_award_unit.go
	c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[subj].ent, obj: c.s.ments[obj].ent, prod: c.productIn(k, to),
		amount: c.onceAmount(c.moneyNear(k, k, to)), time: c.timeNear(k, 0, len(c.toks)), confidence: 0.8})
}

// attachShare puts a share on the customer fact just read about supplier
// sup ("..., which accounted for almost 25% of Microsoft's revenue").
func (c *ctx) attachShare(sup int, v float64, t string) bool {
	for j := len(c.st.facts) - 1; j >= 0 && c.st.facts[j].sent == c.si; j-- {
		f := &c.st.facts[j]
		if f.typ == graph.CustomerOf && f.obj == sup && f.share == nil {
			f.share = &v
			if f.time == "" {
				f.time = t
			}
			return true
		}
	}
	return false
}

// otherOrg finds whose revenue a share is of when the text says "group
// sales" or "the company's": another possessive organisation in the
// sentence, else the organisation the article is most about.
func (c *ctx) otherOrg(not int) int {
	for _, m := range c.s.ments {
		if m.poss && m.ent != not && c.typ(m) == org {
			return m.ent
		}
	}
	for _, m := range c.s.ments {
		if m.ent != not && c.typ(m) == org && reportVerbs[c.w(m.b)] {
			return m.ent // "Norvik said revenue rose, and Zenta accounted for 35% of sales"
		}
	}
	best, n := -1, 0
	for i := range c.st.ents {
		if e := &c.st.ents[i]; i != not && e.typ == org && !e.publisher && e.mentions > n { // (no copy of e)
			best, n = i, e.mentions
		}
	}
	return best
}

// userList: the users of a product at the verb k, every member of a list
// subject before a plural verb ("Microsoft, Meta and Oracle use the
// MI300"), else subj alone.
func (c *ctx) userList(k, subj int) []mention {
	if strings.HasSuffix(c.w(k), "s") {
		return c.s.ments[subj : subj+1] // "A, B and C, which uses X": a singular verb, one user
	}
	if subjs := c.subjects(k); len(subjs) > 1 && c.andList(subjs) && subjs[len(subjs)-1].ent == c.s.ments[subj].ent {
		return subjs
	}
	return c.s.ments[subj : subj+1]
}

// goodsOfOwned: "Apple's main supplier of modems" — the noun has an owner
// and "of" names only the goods (no company follows within three words),
// so the owner is the customer (supplierNoun's possessive reading).
func (c *ctx) goodsOfOwned(k int) bool {
	return c.w(k+1) == "of" && c.nextMention(k+2, 3, false, org) < 0 && c.goodsFor(k) < 0 && c.possessorBefore(k, 5) >= 0
}
