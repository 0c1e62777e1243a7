package extract

import "github.com/cigraph/cigraph/graph"

// Investment frames: an investor, its target and the amount, read from
// "invests in", "an investment in", "raised from" and a stake taken.

// invest: "X invests $N in Y", "X's investment in Y", "a stake in Y".
func (c *ctx) invest(k int) {
	if c.w(k) == "invested" && c.investedInWhich(k) || c.w(k) == "stake" && c.stakeInWhich(k) { // rel_invest_which.go
		return
	}
	in := c.skipTo(k, "in", 8)
	if in < 0 && len(c.money) > 0 {
		in = c.inAfterMoney(k) // rel_funding.go
	}
	if (c.w(k) == "investor" || c.w(k) == "backer") && (in != k+1 || c.w(k-1) == "no") {
		c.roleApposition(k) // rel_parent.go: "Microsoft, OpenAI's biggest investor,"
		return              // "an early investor in Y"
	}
	subj := c.subjectBefore(k, org)
	if p := c.stakeHolder(k); p >= 0 { // rel_invest_own.go
		subj = p
	}
	if subj < 0 || c.hedge || c.hedged(c.s.ments[subj].b, k) {
		return
	}
	roundIn := c.w(k+1) == "round" && in == k+2 // "led a funding round in X"
	if in < 0 || in > k+1 && c.w(k) == "funding" && !roundIn {
		if c.w(k) == "funding" || c.w(k) == "backed" || c.w(k) == "backs" {
			if obj := c.nextMention(k+1, 1, false, org); obj >= 0 {
				amt := c.moneyNear(k, 0, k)
				if amt == nil {
					amt = c.withMoney(c.s.ments[obj].b) // rel_pour.go: "backed Y with $8 billion"
				}
				c.addInvest(subj, obj, k, amt)
				return
			}
		}
		c.investContinued(k, subj)
		return
	}
	obj := c.nextMention(in+1, 5, true, org)
	if obj < 0 && c.investedInRound(k, in) { // rel_invest_own.go
		return
	}
	if (obj < 0 || c.w(c.s.ments[obj].a-1) == "to") && c.unitStakeSold(k, in, subj) { // rel_stake_unit_sold.go: "in its unit to Y"
		return
	}
	if obj < 0 || c.timeAfterIn(in) && c.w(c.s.ments[obj].a-1) != "in" {
		return // "its funding round in December, led by A": A is not the investee
	}
	end := c.s.ments[obj].b + 2
	if c.w(end-2) == "for" {
		end += 3 // "a stake in Y for $200 million"
	}
	amt := c.moneyNear(k, max(0, c.s.ments[subj].a-6), end)
	if c.coInvestors(k, obj) {
		return
	}
	if objs := c.objectList(obj); len(objs) > 1 { // rel_supply.go: "in A and B"
		objs = c.heldList(obj, k, objs) // rel_stake_gapped.go: "in A and B a 2% stake"
		for _, o := range objs[1:] {
			c.addInvest(subj, c.mentionAt(o.a), k, nil)
		}
		if len(objs) > 1 {
			amt = nil
		}
	}
	c.addInvest(subj, obj, k, amt)
}

func (c *ctx) addInvest(subj, obj, k int, amt *graph.Amount) {
	if c.w(k) == "stake" && c.stakeSoldTo(obj, k) { // rel_stake_events.go
		return
	}
	if amt != nil && amt.Period == "" {
		amt.Period = "once"
	}
	status := c.statusAt(k)
	if c.soldStake(k) {
		status = graph.StatusFormer
	}
	share := c.stakeShare(k)
	if share == nil {
		share = c.forStakeAfter(k) // "invest $N in Y for a 49% stake"
	}
	c.add(fact{typ: graph.InvestsIn, subj: c.s.ments[subj].ent, obj: c.s.ments[obj].ent, amount: amt,
		share: share, time: c.timeNear(k, 0, len(c.toks)), status: status, confidence: 0.85})
}

// forStakeAfter: the percentage of "for a N% stake" within twelve words
// after the investing verb at k, else nil.
func (c *ctx) forStakeAfter(k int) *float64 {
	for _, p := range c.pcts {
		if p.a <= k || p.a > k+12 || p.a < 2 || c.w(p.a-2) != "for" || c.w(p.a-1) != "a" && c.w(p.a-1) != "an" {
			continue
		}
		if stakeWords[c.w(p.b)] { // rel_stake_gapped.go
			v := p.value
			return &v
		}
	}
	return nil
}

// investContinued: "Google invested $500 million with a commitment to add
// $1.5 billion" — the investee is the one of the investment just reported.
func (c *ctx) investContinued(k, subj int) {
	if c.w(k) != "invested" && c.w(k) != "invests" {
		return
	}
	target := -1
	// a story often restates the deal after a few sentences of context
	for j := len(c.st.facts) - 1; j >= 0 && c.st.facts[j].sent >= c.si-5; j-- {
		f := c.st.facts[j]
		if f.typ == graph.InvestsIn && f.subj == c.s.ments[subj].ent {
			target = f.obj
			break
		}
	}
	if target < 0 {
		return
	}
	for _, m := range c.money {
		if m.a > k && !m.perShare {
			amt := m.amt
			amt.Period = "once"
			c.add(fact{typ: graph.InvestsIn, subj: c.s.ments[subj].ent, obj: target, amount: &amt, confidence: 0.7})
		}
	}
}

// raisedFrom: "Y raised $N from X" -> X invests in Y.
func (c *ctx) raisedFrom(k int) {
	// rel_round_backers.go: also past a named round
	from := c.raiseFrom(k)
	if from < 0 || c.dealBetween(k, from) { // rel_more2.go
		return
	}
	inv := c.nextMention(from+1, 3, false, org)
	subj := c.subjectBefore(k, org)
	if inv < 0 || subj < 0 {
		return
	}
	if c.hedge || c.hedged(c.s.ments[subj].b, k) {
		return // "X may raise money from Y", "X is in talks to raise ... from Y"
	}
	amt := c.moneyNear(k, k, from)
	if c.someOfMany(from, inv) {
		amt = nil // "raised $N from investors including X": the round's total, not X's
	}
	c.addInvest(inv, subj, k, amt)
	c.otherLenders(inv, subj, k) // rel_funding.go
}

// timeAfterIn: the "in" at x opens a time ("in December", "in 2024"), so a
// name after it is the investee only behind a second "in" ("invested $2
// billion in 2023 in Y").
func (c *ctx) timeAfterIn(x int) bool {
	for _, t := range c.timeList() {
		if t.a == x+1 {
			return true
		}
	}
	return false
}
