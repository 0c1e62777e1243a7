package extract

import (
	"fmt"
	"strconv"

	"github.com/cigraph/cigraph/graph"
)

// Funding frames: the investors of a round named around its
// lead ("a round led by A, with participation from B and C", "joined by
// B", "alongside B"), a lead named actively ("A led the round") or after
// the round as subject ("The round was led by A"). Each follower invests
// in the company that raised; the round's amount is the round's, so only
// a single lead carries it, never a follower.

// fundingTriggers start these frames (fFunding, fundingFrames).
var fundingTriggers = set("participation", "joined", "include", "includes", "included", "alongside", "along", "led", "run", "runs", "ran",
	"aim", "heads", "headed", "pays", "pay", "paid", "paying", "owned", "part", "work", "works", "worked", "working",
	"losing", "lost", "lose", "loses", "ceding", "ceded",
	"merger", "combine", "combination", "co-lead", "co-leads") // the last: cues for dealWord, investorMention

// fundingFrames runs the funding frames of the trigger at k (the funding
// frames here, the others in rel_corporate.go). A modal or negation just
// before the trigger hedges them all.
func (c *ctx) fundingFrames(k int) {
	if c.hedge || c.hedged(k-8, k) { // "may raise money with participation from B"
		return
	}
	switch c.w(k) {
	case "participation":
		if c.w(k+1) == "from" || c.w(k+1) == "by" {
			c.roundFollowers(k, k+2, true)
		}
	case "joined":
		if c.w(k+1) == "by" {
			c.roundFollowers(k, k+2, false)
		} else {
			c.joinedAsBacker(k) // rel_round_joiners.go
		}
	case "include", "includes", "included":
		c.backersInclude(k) // rel_round_joiners.go
	case "alongside":
		c.roundFollowers(k, k+1, false)
	case "along":
		if c.w(k+1) == "with" {
			c.roundFollowers(k, k+2, false)
		}
	case "led":
		c.roundLead(k)
		c.runBy(k) // rel_corporate.go: "SpaceX, led by Elon Musk,"
	case "run", "runs":
		c.hostedFar(k)
		c.personHeads(k) // rel_corporate.go
		c.runBy(k)
	case "ran", "heads", "headed":
		c.personHeads(k)
	case "aim":
		c.aimAt(k)
	case "pays", "pay", "paid", "paying":
		c.payShare(k)
	case "owned":
		c.ownedSplit(k)
		c.ownedAfterStakes(k) // rel_owned_split.go
	case "part":
		c.becomePart(k)
	case "work", "works", "worked", "working":
		c.workWith(k)
	case "losing", "lost", "lose", "loses", "ceding", "ceded":
		c.loseShare(k)
	}
}

// roundFollowers: the organisations listed from token from invest in the
// company whose round this sentence reports. A phrase that names no round
// by itself ("joined by", "alongside") needs an investment fact of this
// sentence; "participation from" may follow a round of the sentences before.
func (c *ctx) roundFollowers(k, from int, roundPhrase bool) {
	target, when := c.investeeHere()
	if target < 0 && roundPhrase {
		target, when = c.roundTarget(k)
	}
	j := c.nextMention(from, 4, false, org)
	if target < 0 || j < 0 || c.clauseBreak(k, c.s.ments[j].a) {
		return
	}
	for _, m := range c.listFrom(j) {
		if m.ent != target && c.typ(m) == org {
			c.add(fact{typ: graph.InvestsIn, subj: m.ent, obj: target, time: when, confidence: 0.7})
		}
	}
}

// investeeHere: the company of the latest investment fact of this sentence.
func (c *ctx) investeeHere() (int, string) {
	if n := len(c.st.facts); n > 0 {
		for j := n - 1; j >= 0 && c.st.facts[j].sent == c.si; j-- {
			if f := c.st.facts[j]; f.typ == graph.InvestsIn {
				return f.obj, f.time
			}
		}
	}
	return -1, ""
}

// roundTarget: the company that raised the round: the subject of a raise
// verb ("raised", "closed a round") of this sentence, else of the latest
// of the two sentences before that raised or reported an investment.
func (c *ctx) roundTarget(k int) (int, string) {
	if e := c.raiserIn(c.s.ments, c.toks, k); e >= 0 {
		return e, c.timeNear(k, 0, len(c.toks))
	}
	for j := c.si - 1; j >= 0 && j >= c.si-2; j-- {
		s := &c.st.sents[j]
		if e := c.raiserIn(s.ments, c.st.loadToks(j), len(s.toks)); e >= 0 {
			return e, ""
		}
		if f := c.st.investIn(j); f != nil {
			return f.obj, f.time
		}
	}
	return -1, ""
}

// investIn: the latest investment fact of sentence j, or nil.
func (st *state) investIn(j int) *fact {
	for x := len(st.facts) - 1; x >= 0 && st.facts[x].sent >= j; x-- {
		if f := &st.facts[x]; f.sent == j && f.typ == graph.InvestsIn {
			return f
		}
	}
	return nil
}

// raiserIn: the organisation just before a raise verb among toks[:end].
func (c *ctx) raiserIn(ms []mention, toks []token, end int) int {
	for x := 0; x < end && x < len(toks); x++ {
		if !raiseAt(toks, x) {
			continue
		}
		for j := len(ms) - 1; j >= 0; j-- {
			m := ms[j]
			if m.b <= x && x-m.b <= 4 && !m.poss && c.st.ents[m.ent].typ == graph.Org {
				return m.ent
			}
		}
		if e := appositiveRaiser(ms, toks, x); e >= 0 && c.st.ents[e].typ == graph.Org { // rel_round_backers.go
			return e
		}
	}
	return -1
}

// raiseAt: token x raises money ("raised", "secured") or closes a round
// ("closed a $4 billion round").
func raiseAt(toks []token, x int) bool {
	w := toks[x].low
	if toks[x].cls&wTrigger != 0 && frameBitsOf(w)&fRaise != 0 {
		return true
	}
	if !closeWords[w] {
		return false
	}
	for y := x + 1; y < len(toks) && y <= x+6; y++ {
		if roundNouns[toks[y].low] {
			return true
		}
	}
	return false
}

var closeWords = set("closed", "closes", "completed", "completes", "landed", "announced", "announces")

// roundLead reads the lead of a round: "raised $N led by A" (no round
// noun), "The round was led by A" (the round as subject), "A led the
// round", "A led Y's $N round". A consortium "led by" A buys nothing here.
func (c *ctx) roundLead(k int) {
	if c.w(k+1) == "by" {
		if agent := c.nextMention(c.pastBackerNoun(k+2), 2, false, org); agent >= 0 { // rel_round_backers.go
			c.ledBy(k, agent)
		}
		return
	}
	end := c.roundNounAfter(k)
	if end < 0 {
		return
	}
	target, when := c.possessiveTarget(k+1, end), c.timeNear(k, 0, len(c.toks))
	if j := c.nextMention(end+1, 1, true, org); c.w(end) == "in" && j >= 0 {
		target = c.s.ments[j].ent // "A led the $40 million round in Y"
	}
	if target < 0 {
		target, when = c.roundTarget(k)
	}
	leads := c.subjects(k)
	if target < 0 || len(leads) == 0 || c.hedged(leads[0].b, k) {
		return
	}
	amt := c.moneyNear(k, k+1, end)
	for _, m := range leads {
		c.add(fact{typ: graph.InvestsIn, subj: m.ent, obj: target, amount: c.soleLeadAmount(amt, len(leads)),
			time: when, confidence: 0.75})
	}
}

// roundNounAfter: "the round", "a $300 million funding round" right after
// k; the token after the round noun, or -1.
func (c *ctx) roundNounAfter(k int) int {
	switch c.w(k + 1) {
	case "the", "a", "an", "its", "this", "their":
	default:
		if j := c.nextMention(k+1, 1, false, org); j < 0 || !c.s.ments[j].poss {
			return -1
		}
	}
	for x := k + 2; x < len(c.toks) && x <= k+7; x++ {
		if roundNouns[c.w(x)] {
			return x + 1
		}
		if c.w(x) == "series" && x+1 < len(c.toks) && len(c.toks[x+1].s) <= 2 && c.toks[x+1].cap {
			return x + 2 // "led Kestrel's $50 million Series B"
		}
	}
	return -1
}

// possessiveTarget: an organisation's possessive in [a, b) ("led Cohere's
// round").
func (c *ctx) possessiveTarget(a, b int) int {
	for _, m := range c.s.ments {
		if m.a >= a && m.b <= b && m.poss && c.typ(m) == org {
			return m.ent
		}
	}
	return -1
}

// soleLeadAmount: the round's amount is a single lead's; co-leads share it in
// unknown parts.
func (c *ctx) soleLeadAmount(amt *graph.Amount, leads int) *graph.Amount {
	if amt == nil || leads != 1 {
		return nil
	}
	if amt.Period == "" {
		amt.Period = "once"
	}
	return amt
}

// ledBy: "led by A" (agent: the mention of A). When byAgent read it, a
// single lead gets the amount raised before it; else the round is named
// by the raise verb before it or is the subject ("The round was led by A").
func (c *ctx) ledBy(k, agent int) {
	x := c.raiseBefore(k)
	leads := c.agents(agent, nil)
	var amt *graph.Amount
	if x >= 0 {
		amt = c.soleLeadAmount(c.moneyNear(k, x, k), len(leads))
	}
	if f := c.factHere(graph.InvestsIn, c.s.ments[agent].ent); f != nil {
		if f.amount == nil {
			f.amount = amt
		}
		return
	}
	if x < 0 && !c.roundBefore(k) || amt == nil && x >= 0 && !c.roundBefore(k) {
		return // "a consortium led by A", "raised prices, led by A"
	}
	target, when := c.roundTarget(k)
	if target < 0 {
		return
	}
	for _, m := range leads {
		c.add(fact{typ: graph.InvestsIn, subj: m.ent, obj: target, amount: amt, time: when, confidence: 0.75})
	}
}

// raiseBefore: the last raise verb before k in this sentence, or -1.
func (c *ctx) raiseBefore(k int) int {
	for x := k - 1; x >= 0; x-- {
		if raiseAt(c.toks, x) {
			return x
		}
	}
	return -1
}

// factHere: the fact of this sentence of type typ with subject subj.
func (c *ctx) factHere(typ string, subj int) *fact {
	for j := len(c.st.facts) - 1; j >= 0 && c.st.facts[j].sent == c.si; j-- {
		if f := &c.st.facts[j]; f.typ == typ && f.subj == subj {
			return f
		}
	}
	return nil
}

// otherLenders: "raised $N from A, B and C" — B and C invest too (the
// first was read by raisedFrom; the total is no one investor's).
func (c *ctx) otherLenders(inv, subj, k int) {
	l := c.listFrom(inv)
	if len(l) < 2 || !c.andList(l) {
		return
	}
	for _, m := range l[1:] {
		if c.typ(m) == org && m.ent != c.s.ments[subj].ent {
			c.add(fact{typ: graph.InvestsIn, subj: m.ent, obj: c.s.ments[subj].ent,
				time: c.timeNear(k, 0, len(c.toks)), status: c.statusAt(k), confidence: 0.75})
		}
	}
}

// valuedAt: "valuing the San Francisco-based startup at $N" — the amount
// after "at" closes a valuation whose verb is further back than
// moneyMetric looks (a long description of the company between them).
func (c *ctx) valuedAt(a int) bool {
	x := a - 1
	if c.w(x) != "at" && c.w(x-1) != "at" {
		return false // most amounts: no map lookup
	}
	if _, ok := qualifierWords[c.w(x)]; ok {
		x--
	}
	if c.w(x) != "at" {
		return false
	}
	for y := x - 1; y >= 0 && y >= x-10; y-- {
		switch c.w(y) {
		case "valuing", "values", "valued":
			return !c.clauseBreak(y, x)
		case ",", ";", "in", "for":
			return false
		}
	}
	return false
}

// forecastMonth: a forecast "by the end of January" made in December is
// for the coming January; a bare month resolves to the publication year.
// A year written in the sentence is left as it is.
func (c *ctx) forecastMonth(t string) string {
	if c.st.pub.IsZero() || c.yearWritten() {
		return t
	}
	y, _ := strconv.Atoi(t[:4])
	m, _ := strconv.Atoi(t[5:])
	if y == c.st.pub.Year() && m < int(c.st.pub.Month()) {
		return fmt.Sprintf("%04d-%02d", y+1, m)
	}
	return t
}

// yearWritten: some token of the sentence is a year ("2025").
func (c *ctx) yearWritten() bool {
	for i := range c.toks {
		if t := c.toks[i].low; len(t) == 4 && (t[:2] == "19" || t[:2] == "20") && t[2]-'0' < 10 && t[3]-'0' < 10 {
			return true
		}
	}
	return false
}

// hostedFar: "X will run its AI applications and services on Microsoft's
// Azure cloud" — hostedOn reads "runs its servers on Y" with "on" at most
// three words on, and an organisation after it; this reads a longer
// object, or a cloud product after "on" whose maker is known.
func (c *ctx) hostedFar(k int) {
	if c.w(k+1) != "its" && c.w(k+1) != "their" {
		return
	}
	on := c.skipTo(k+1, "on", 7)
	subj := c.clauseSubject(k)
	if on < 0 || subj < 0 || c.hedged(c.s.ments[subj].b, k) {
		return
	}
	sup, pr := -1, 0
	if j := c.nextMention(on+1, 1, false, org); j >= 0 && on > k+4 && c.st.cloudVendor(c.s.ments[j].ent) {
		sup = c.s.ments[j].ent
		if p := c.nextMention(c.s.ments[j].b, 1, false, prod); p >= 0 {
			pr = c.s.ments[p].ent + 1
		}
	} else if p := c.nextMention(on+1, 1, false, prod); p >= 0 {
		sup, _ = c.st.vendorOf(c.s.ments[p].ent)
		pr = c.s.ments[p].ent + 1
	}
	if sup >= 0 && sup != c.s.ments[subj].ent {
		c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[subj].ent, obj: sup, prod: pr, confidence: 0.7,
			status: c.statusAt(k), time: c.timeNear(k, 0, len(c.toks))})
	}
}

// inAfterMoney: "invest about 1.5 billion euros ($1.6 billion) in Y" —
// the "in" after the amounts that follow the verb at k (skipTo's window
// ends inside a converted amount), or -1.
func (c *ctx) inAfterMoney(k int) int {
	x := k + 1
	for _, m := range c.money {
		if m.a < x || m.a > x+2 {
			continue
		}
		x = m.b
		if c.w(x) == ")" {
			x++
		}
		if c.w(x) == "(" {
			x++
		}
	}
	if x > k+1 && c.w(x) == "in" {
		return x
	}
	return -1
}

// ownedSplit: "The venture will be 51% owned by A and 49% by B" — byAgent
// reads A's part; B holds the second share as a stake.
func (c *ctx) ownedSplit(k int) {
	a := c.nextMention(k+2, 1, false, org)
	if c.w(k+1) != "by" || a < 0 || c.w(c.s.ments[a].b) != "and" {
		return
	}
	x := c.s.ments[a].b + 1
	for _, p := range c.pcts {
		if p.a != x || c.w(p.b) != "by" || p.value >= 50 {
			continue
		}
		b, subj := c.nextMention(p.b+1, 1, false, org), c.subjectBefore(k, org)
		if b < 0 || subj < 0 || c.hedged(c.s.ments[subj].b, k) {
			return
		}
		v := p.value
		c.add(fact{typ: graph.InvestsIn, subj: c.s.ments[b].ent, obj: c.s.ments[subj].ent, share: &v, confidence: 0.75})
		return
	}
}
