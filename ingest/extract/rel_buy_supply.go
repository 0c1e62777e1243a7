package extract

import (
	"strings"

	"github.com/cigraph/cigraph/graph"
)

// Purchase and supply frames: "X buys services from Y", "X previously
// rented Amazon servers", "X supplies Y and Z", "its largest orders were
// from Apple" (dispatched by rel_frames.go frameAt).

// buyFrom: "X buys services from Y", "X previously rented Amazon servers",
// "X ordered $1 billion worth of Nvidia GPUs".
func (c *ctx) buyFrom(k int) {
	if c.sourceNoun(k) { // rel_source_noun.go: "open source"
		return
	}
	if c.passiveBought(k) { // rel_sold_passive.go
		return
	}
	if c.ordersTurn(k) || c.ordersWith(k) || c.ordersReceived(k) || c.ordersBooked(k) || c.w(k) == "ordered" && c.demandAt(k) { // rel_more2.go, rel_more3.go, rel_hedge.go, rel_orders_booked.go, rel_demand.go ("ordered Microsoft to sell")
		return
	}
	if (c.w(k) == "orders" || c.w(k) == "order") && (nounContext[c.w(k-1)] || c.ordersNoun(k)) {
		c.ordersFrom(k)
		return
	}
	subjs := c.subjects(k)
	if len(subjs) == 0 || c.hedged(subjs[len(subjs)-1].b, k) || c.financedDeal(k) { // rel_financing.go
		return
	}
	if !c.andList(subjs) {
		subjs = subjs[len(subjs)-1:]
	}
	subj := c.mentionAt(subjs[len(subjs)-1].a)
	if c.paidPurpose(k, subj) { // rel_paid_purpose.go
		return
	}
	obj := -1
	if from := c.skipTo(k, "from", 10); from > 0 {
		if c.boughtBusiness(k, from) { // rel_more2.go
			return
		}
		obj = c.nextMention(from+1, 3, false, org)
		if obj < 0 {
			obj = c.makerAfterFrom(from) // rel_from_maker.go
		}
	}
	if obj < 0 && licenceNouns[c.w(k)] {
		return // the noun needs its "from": "paid Y for a licence to its models"
	}
	if obj < 0 {
		obj = c.ownerOfGoods(k + 1)
		if obj >= 0 && c.stakeInOwner(c.s.ments[obj].a) { // rel_stake_unit_sold.go
			return
		}
	}
	if obj < 0 {
		obj = c.goodsMadeAt(k + 1) // rel_goods_made_at.go: "buy chips made at Y's plant"
	}
	if obj < 0 {
		if !c.vendorGoods(k, subjs) { // rel_compute.go
			c.bareBuyers(k, subjs) // rel_buyers.go
		}
		return
	}
	o := c.s.ments[obj]
	// a price with no period is paid once
	amt := c.onceAmount(c.moneyNear(k, c.s.ments[subj].a, len(c.toks)))
	objs := c.fromAgain(c.objectList(obj)) // rel_supply.go: "from Intel and Samsung", "from A and from B"
	if len(subjs) > 1 || len(objs) > 1 {
		amt = nil // "A, B and C all buy Nvidia chips": no one spend is each buyer's
	}
	for _, om := range objs {
		for _, m := range subjs {
			c.add(fact{typ: graph.CustomerOf, subj: m.ent, obj: om.ent, amount: amt, // prod: rel_supply.go
				time: c.timeNear(k, 0, len(c.toks)), status: c.statusAt(k), confidence: 0.8, prod: c.ownProduct(m.ent, c.productIn(k, o.b+4))})
		}
	}
}

// goodsAfter: the organisation is followed by a goods noun ("buy Nvidia
// chips"), so the verb buys its products, not the company.
func (c *ctx) goodsAfter(obj int) bool {
	n := c.s.ments[obj].b
	if c.w(n) == "'s" {
		n++
	}
	return buyNounGate.in(buyNouns, c.w(n)) || buyNounGate.in(buyNouns, c.w(n+1)) && c.toks[n].kind == tWord && !c.toks[n].cap || c.listGoods(obj) != nil // rel_goods_list.go
}

// ownerOfGoods finds "Amazon servers" / "Nvidia's GPUs" / "worth of Nvidia
// GPUs" after k: an ORG directly modifying a goods noun.
func (c *ctx) ownerOfGoods(k int) int {
	for j, m := range c.s.ments {
		if m.a < k || m.a > k+8 || c.typ(m) != org {
			continue
		}
		if c.clauseBreak(k, m.a) {
			return -1 // "a licensing deal with Y, while Z licenses ...": another clause's goods
		}
		if c.w(m.b) == "," && c.listGoods(j) != nil { // rel_goods_list.go: "Ericsson, Nokia and Samsung gear"
			return j
		}
		n := m.b
		if c.w(n) == "'s" {
			n++
		}
		for x := n; x < len(c.toks) && x < n+4; x++ {
			if buyNounGate.in(buyNouns, c.w(x)) || vehicleNouns[c.w(x)] { // rel_more3.go
				return j
			}
			if c.toks[x].kind == tPunct {
				break
			}
		}
	}
	return -1
}

// productIn returns the first product mention in tokens [a, b) + 1, or 0.
func (c *ctx) productIn(a, b int) int {
	for _, m := range c.s.ments {
		if m.a >= a && m.a < b && c.typ(m) == prod && !c.inReference(m.a) {
			return m.ent + 1
		}
	}
	return 0
}

// inReference: token x lies inside a description that refers to a company
// ("the Facebook owner"), so a product named there is no goods of a deal.
func (c *ctx) inReference(x int) bool {
	for _, m := range c.s.ments {
		if m.ref && m.a < x && x < m.b {
			return true
		}
	}
	return false
}

// supplyTo: "X supplies Y and Z", "X provides data to clients like Y",
// "X leases servers to Y", "X agreed with Y to supply P".
func (c *ctx) supplyTo(k int) {
	subj := c.appositiveHead(c.subjectBefore(k, org))                             // rel_supply.go
	if subj < 0 || c.hedged(c.s.ments[subj].b, k) || c.hedge || c.barredFrom(k) { // rel_trade_ban.go
		return
	}
	start := -1
	if to := c.recipientTo(k, c.toWindow(k)); to > 0 { // rel_power.go
		start = c.nextMention(to+1, 6, false, org)
	} else if strings.HasPrefix(c.w(k), "suppl") {
		start = c.nextMention(k+1, 2, false, org)
	}
	if start < 0 && (c.suppliesUsedIn(k, subj) || c.goodsForBuyers(k, subj)) { // rel_supply.go, rel_goods_for.go
		return
	}
	if start < 0 || c.divested(k, start) {
		return
	}
	amt := c.moneyNear(k, k, len(c.toks))
	if amt == nil {
		amt = c.contractValue(k) // rel_more3.go
	}
	_, end := c.clauseSpan(k)
	for _, m := range c.listFrom(start) {
		if c.typ(m) == org && m.a < end {
			c.add(fact{typ: graph.CustomerOf, subj: m.ent, obj: c.s.ments[subj].ent, amount: amt, status: c.sellStatus(k), // rel_trade_ban.go, rel_service_buyers.go
				time: c.timeNear(k, 0, len(c.toks)), confidence: 0.75, prod: c.productIn(k, m.a)})
		}
	}
}

var nounContext = set("its", "their", "largest", "biggest", "single", "new", "the", "'s", "of", "main", "big", "major")

// ordersFrom: "its largest orders were from Apple" -> Apple buys from "its".
func (c *ctx) ordersFrom(k int) {
	from := c.skipTo(k, "from", 4)
	if from < 0 || moveVerbs[c.w(k-1)] || moveVerbs[c.w(k-2)] { // rel_moved_production.go: "shifted some orders from X to Y"
		return
	}
	cust := c.nextMention(from+1, 2, false, org)
	sup := c.possessorBefore(k, 4)
	if sup < 0 {
		sup = c.subjectBefore(k, org)
	}
	if cust < 0 || sup < 0 {
		return
	}
	custs := c.listFrom(cust) // "orders from Microsoft, Amazon and Meta": each one orders
	amt := c.moneyNear(k, k, len(c.toks))
	if len(custs) > 1 {
		amt = nil // a combined value is no one buyer's
	}
	for _, m := range custs {
		if c.typ(m) == org && m.ent != c.s.ments[sup].ent {
			c.add(fact{typ: graph.CustomerOf, subj: m.ent, obj: c.s.ments[sup].ent,
				amount: amt, time: c.timeNear(k, 0, len(c.toks)), confidence: 0.75})
		}
	}
}
