package extract

import "github.com/cigraph/cigraph/graph"

// Round-five rules: amounts, directions and objects that the frames read
// wrongly in contract, supplier-dispute and filing prose.

// revenueMoney: the amount at token a is a revenue figure ("reported
// revenue of $1.9 billion", "sales were about $3 billion"), the
// subject's own, never what a customer spends.
func (c *ctx) revenueMoney(a int) bool {
	x := a - 1
	if x >= 0 && c.toks[x].cls&wQual != 0 {
		x-- // "revenue of about $X"
	}
	switch c.w(x) {
	case "of", "was", "were", "totaled", "totalled", "reached":
		return revenueNouns[c.w(x-1)] && c.w(x-1) != "total" // "a total of $X" is a deal's value
	}
	return false
}

// receiveVerbs say the subject got an order or contract: the one it came
// "from" is the buyer ("X received a $460 million order from Y").
var receiveVerbs = set("received", "receives", "receive", "secured", "secures", "booked", "books",
	"bagged", "clinched", "got", "gets", "won", "wins", "landed", "lands")

// buyerOrderVerbs say the subject changes what it buys: "X cut its orders
// from Y" (X buys from Y).
var buyerOrderVerbs = set("cut", "cuts", "reduced", "reduces", "slashed", "placed", "places",
	"increased", "boosted", "halted", "suspended", "cancelled", "canceled", "stopped")

// ordersTurn reads "order(s) from Y" after a verb that settles who buys;
// it reports whether it did (the frames' generic readings are skipped).
func (c *ctx) ordersTurn(k int) bool {
	w := c.w(k)
	order := w == "order" || w == "orders"
	deal := !order && (contractGate.may(w) && contractNouns[w] || agreementGate.may(w) && agreementNouns[w]) // wordgate.go
	if !order && !deal {
		return false
	}
	from := c.skipTo(k, "from", 3)
	if from < 0 {
		return false
	}
	v := c.verbBefore(k)
	if v < 0 || c.hedge || deal && (wonVerbs[c.w(v)] || buyerOrderVerbs[c.w(v)]) {
		return false // "won a contract from Y" is the award frames'
	}
	subj := c.subjectBefore(v, org)
	other := c.nextMention(from+1, 3, false, org)
	if subj < 0 || other < 0 || c.hedged(c.s.ments[subj].b, v) {
		return subj >= 0 && other >= 0 // "did not receive an order from Y": nothing, and no other reading
	}
	s, o := c.s.ments[subj].ent, c.s.ments[other].ent
	f := fact{typ: graph.CustomerOf, subj: o, obj: s, amount: c.moneyNear(k, v, from),
		time: c.timeNear(k, 0, len(c.toks)), confidence: 0.75}
	if f.amount == nil {
		f.amount = c.orderWorth(other) // rel_order_worth.go: "from Y for 60 jets worth $N"
	}
	if f.amount != nil && f.amount.Period == "" {
		f.amount.Period = "once" // an order's total
	}
	if buyerOrderVerbs[c.w(v)] {
		f.subj, f.obj = s, o
		f.status = stoppedStatus(c.w(v))
	}
	c.add(f)
	return true
}

// orderCompounds make "order" a contract noun: "task order", "delivery
// order" (government contracting).
var orderCompounds = set("task", "delivery")

// verbBefore returns the receive or buyer verb within five tokens before
// the orders noun at k, or -1.
func (c *ctx) verbBefore(k int) int {
	if orderCompounds[c.w(k-1)] { // "won a $320 million task order"
		k--
	}
	for x := k - 1; x >= 0 && x >= k-5; x-- {
		if w := c.w(x); receiveVerbs[w] || buyerOrderVerbs[w] {
			return x
		}
		if c.toks[x].kind == tPunct && c.toks[x].s != "$" {
			return -1
		}
	}
	return -1
}

// stoppedStatus: halted or cancelled orders end the buying.
func stoppedStatus(v string) string {
	switch v {
	case "halted", "suspended", "cancelled", "canceled", "stopped":
		return graph.StatusFormer
	}
	return ""
}

// contractNouns after a name make it a modifier: "bid for the Army
// contract" bids for a contract, not for the Army.
var contractNouns = set("contract", "contracts", "tender", "tenders", "program", "programme", "order", "orders")

// nameModifies: the mention j is followed by a contract noun.
func (c *ctx) nameModifies(j int) bool {
	return contractGate.in(contractNouns, c.w(c.s.ments[j].b))
}

// dealNounAt: a contract or agreement is "valued at" its price, which is
// no company's valuation ("a five-year contract valued at $45 million").
func (c *ctx) dealNounAt(x int) bool {
	return c.unitValued(x)
}

// businessParts name a part of a company: "its sensor business, which could
// be valued at $2 billion" values the part, not the company.
var businessParts = set("unit", "business", "division", "arm", "subsidiary", "operations", "assets")

// unitValued: a part or deal noun within the five words up to x, before
// any finite verb ("a contract with Y valued at $45 million").
func (c *ctx) unitValued(x int) bool {
	for y := x; y >= 0 && y > x-5; y-- {
		if w := c.w(y); businessParts[w] || contractGate.in(contractNouns, w) || agreementGate.in(agreementNouns, w) {
			return true
		}
		if c.toks[y].cls&wFinite != 0 {
			return false
		}
	}
	return false
}

// dealPurpose: "X signed a contract with Y to use its software" — the
// infinitive states the deal's purpose; purchaseDeal reads the deal with
// its partner, and the verb has no subject of its own.
func (c *ctx) dealPurpose(k int) bool {
	if c.w(k-1) != "to" {
		return false
	}
	with := false
	for y := k - 2; y >= 0 && y > k-12; y-- {
		w := c.w(y)
		if contractGate.in(contractNouns, w) || agreementGate.in(agreementNouns, w) {
			return with // "signed a deal to use Y" is the subject's own use
		}
		with = with || w == "with"
		if c.toks[y].kind == tPunct && c.toks[y].s != "$" {
			return false
		}
	}
	return false
}

// buyAfterDeal: the infinitive after a deal's partners that makes the
// subject the buyer ("an agreement with Y to buy electricity").
var buyAfterDeal = set("buy", "purchase", "source", "procure", "lease", "rent", "use", "license")

// buyPurpose: "to buy" follows the partners (after a value phrase at
// most: "with Y valued at $45 million to use its software").
func (c *ctx) buyPurpose(end int) bool {
	for x := end; x < len(c.toks) && x < end+8; x++ {
		if c.w(x) == "to" {
			return buyAfterDeal[c.w(x+1)]
		}
		if t := &c.toks[x]; t.kind == tPunct && t.s != "$" || t.cls&wFinite != 0 {
			return false
		}
	}
	return false
}

// purchaseDeal: "X signed a power-purchase agreement with Y", "X signed
// contracts with A and B to buy cells" — X buys from each partner. A bare
// "supply agreement with Y" says not who supplies whom and is left alone.
func (c *ctx) purchaseDeal(k int) bool {
	if c.ordersTurn(k) { // "received a $460 million contract from Y"
		return true
	}
	with := c.skipTo(k, "with", 2)
	if with < 0 || c.hedge {
		return false
	}
	first := c.nextMention(with+1, 3, false, org)
	subj := c.subjectBefore(k, org)
	if first < 0 || subj < 0 || c.hedged(c.s.ments[subj].b, k) {
		return false
	}
	sellers := c.st.listFrom(c.s, first)
	end := sellers[len(sellers)-1].b
	if !c.purchaseNoun(k) && !c.buyPurpose(end) && !c.supplyForSubject(end) {
		return false
	}
	amt := c.onceAmount(c.moneyNear(k, c.s.ments[subj].b, len(c.toks)))
	if len(sellers) > 1 {
		amt = nil // a combined value is no one seller's
	}
	for _, m := range sellers {
		if c.typ(m) == org {
			c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[subj].ent, obj: m.ent, amount: amt,
				time: c.timeNear(k, 0, len(c.toks)), confidence: 0.75})
		}
	}
	return true
}

// purchaseNoun: the deal noun at k is a purchase agreement
// ("power-purchase agreement", "purchase contract").
func (c *ctx) purchaseNoun(k int) bool {
	w := c.w(k - 1)
	return w == "purchase" || w == "purchasing" || len(w) > 9 && w[len(w)-9:] == "-purchase"
}

// supplyForSubject: "contracts with A and B to supply cells for its cars"
// — the partners supply the subject (whose goods "its" names).
func (c *ctx) supplyForSubject(end int) bool {
	if c.w(end) != "to" || !supplyVerbs[c.w(end+1)] {
		return false
	}
	for x := end + 2; x < len(c.toks) && x <= end+7; x++ {
		if w := c.w(x); (w == "for" || w == "to") && (c.w(x+1) == "its" || c.w(x+1) == "their") {
			return true
		}
	}
	return false
}

// makeUpSubject: "X made up 40% of sales" needs X right before the verb;
// in "X aims for electric cars to make up half of its sales" the share
// is the cars'.
func (c *ctx) makeUpSubject(k int) bool {
	if c.placeBefore(k) { // rel_trade_ban.go: "said China made up 37% of its revenue"
		return false
	}
	subj := c.subjectBefore(k, org)
	return subj < 0 || k-c.s.ments[subj].b <= 4 || c.w(k-1) == ","
}

// gapOwner: in "A accounted for 17% of total revenue, and B for 12%" no
// owner is named and revenueOwner falls back on the subject A itself; the
// revenue is the company the text is about, as for a single share.
func (c *ctx) gapOwner(cust, sup int) int {
	if sup != cust {
		return sup
	}
	best, n := -1, 0
	for i := range c.st.ents {
		e := &c.st.ents[i]
		if i != cust && e.typ == org && !e.publisher && (e.cued || e.mid > 1) && e.mentions > n {
			best, n = i, e.mentions // a bare heading word ("Results of operations") is no owner
		}
	}
	return best
}

// skipQual returns the start of a figure at a with its qualifier word
// ("roughly 12%" starts at "roughly").
func (c *ctx) skipQual(a int) int {
	if a > 0 && c.toks[a-1].cls&wQual != 0 {
		return a - 1
	}
	return a
}

// endTime: a time after "until" ends the fact ("a supply agreement that
// runs until 2027"); it is not when the fact holds.
func endTime(w string) bool {
	return w == "until" || w == "till" || w == "through" || w == "thru" // "a contract ... through 2033": the term's end
}

// coBuyers returns the buyer mention j with the organisations listed after
// it ("to a consortium of A, B and C"): each acquires the business sold.
func (c *ctx) coBuyers(j int) []mention {
	l := c.st.listFrom(c.s, j)
	out := l[:0:0]
	for _, m := range l {
		if c.typ(m) == org && !m.poss {
			out = append(out, m)
		}
	}
	return out
}

// boughtBusiness: "X bought the sensor unit from Y" buys a business, not
// Y's goods; no customer fact.
func (c *ctx) boughtBusiness(k, from int) bool {
	if c.boughtCompany(k, from) { // rel_more3.go
		return true
	}
	for x := k + 1; x < from; x++ {
		if divestNouns[c.w(x)] {
			return true
		}
	}
	return false
}

// passiveTarget: in "X was spun off from P in 2014 and was bought by F"
// the second passive shares the sentence subject X; the nearest name P
// is a preposition's object. It returns the target mention (-1: none
// named) and where the buying clause starts (for its amount and time).
func (c *ctx) passiveTarget(target, k int) (int, int) {
	if !passiveAuxGate.in(passiveAux, c.w(k-1)) || c.w(k-2) != "and" || target < 0 {
		return target, 0
	}
	m := c.s.ments[target]
	if m.a == 0 || !objectPrepGate.in(objectPreps, c.w(m.a-1)) {
		return target, k - 2 // the subject itself (conjoinedObject skipped P)
	}
	first := c.s.ments[0]
	if first.a > 1 || first.poss || c.typ(first) != org {
		return -1, 0 // the subject is unnamed: P is still not the target
	}
	return 0, k - 2
}

// exampleAfter: "competes with larger cloud providers such as A and B" —
// a lower-case class noun, then its examples; returns the first example
// mention, or -1.
func (c *ctx) exampleAfter(x int) int {
	for y := x; y < len(c.toks) && y < x+6; y++ {
		t := &c.toks[y]
		switch {
		case t.low == "such" && c.w(y+1) == "as":
			return c.nextMention(y+2, 2, false, org, prod)
		case t.low == "including" || t.low == "like":
			return c.nextMention(y+1, 2, false, org, prod)
		case t.kind != tWord || t.cap:
			return -1
		}
	}
	return -1
}

// dealBetween: a contract or order noun between the verb at k and "from"
// ("secured a $90 million deal from Y" is a sale, not a funding round).
func (c *ctx) dealBetween(k, from int) bool {
	for x := k + 1; x < from; x++ {
		if w := c.w(x); contractGate.in(contractNouns, w) || agreementGate.in(agreementNouns, w) {
			return true
		}
	}
	return false
}
