package extract

import (
	"strings"

	"github.com/cigraph/cigraph/graph"
)

var techNouns = set("technology", "technologies", "models", "model", "ai", "software", "tools", "api", "apis", "artificial", "intelligence")

// uses: "X uses Y's technology" -> USES; "X uses Y's chips/cloud" -> CUSTOMER_OF;
// "X used P to ..." -> USES P.
func (c *ctx) uses(k int) {
	if c.usedBy(k) || c.dealPurpose(k) || c.reducedUsed(k) { // rel_goods.go, rel_more2.go, rel_supply.go
		return
	}
	if c.usedForJob(k) || c.usesGoodsFrom(k) { // rel_host_list.go: "uses A and B to host ..."; rel_goods_for.go
		return
	}
	subj := c.subjectBefore(k, org)
	if subj < 0 && c.usersIncluding(k) { // rel_users_including.go
		return
	}
	if subj < 0 || c.hedge || c.hedged(c.s.ments[subj].b, k) {
		return
	}
	obj := c.nextMention(c.pastVersionOf(c.pastQuantityOf(k+1)), 4, false, org, prod) // rel_paying.go, rel_quantity.go
	if obj < 0 {
		return
	}
	o := c.s.ments[obj]
	if n := obj + 1; o.poss && n < len(c.s.ments) && c.s.ments[n].a == o.b+1 && c.typ(c.s.ments[n]) == prod {
		o = c.s.ments[n] // "use Nvidia's DGX Cloud": the product, not its maker
	}
	if c.typ(o) == prod {
		if c.productFrom(k, subj, o) { // rel_goods_from.go: "uses HBM3E from Samsung"
			return
		}
		for _, m := range c.userList(k, subj) {
			c.add(fact{typ: graph.Uses, subj: m.ent, obj: o.ent, confidence: 0.7})
		}
		c.payingFor(k, subj, o) // rel_paying.go
		return
	}
	if c.usesListGoods(k, subj, obj) || c.usedVendor(k, subj, o) { // rel_goods_list.go: "uses Nokia and Ericsson gear"; rel_uses_vendor.go
		return
	}
	head := o.b
	for x := o.b; x < len(c.toks) && x < o.b+5; x++ {
		if t := &c.toks[x]; t.low == "'s" || t.kind == tWord && !t.cap {
			if techGate.in(techNouns, t.low) || buyNounGate.in(buyNouns, t.low) {
				head = x
			}
			continue
		}
		if c.toks[x].kind == tWord && c.toks[x].cap {
			if head == o.b && buyNounGate.in(buyNouns, c.w(x)) {
				head = x // "AMD Instinct GPUs": the goods after a product line
			}
			continue
		}
		break
	}
	for x := head; x < len(c.toks) && x < head+1; x++ {
		w := c.w(x)
		if techGate.in(techNouns, w) {
			if p := c.productIn(o.b, x+2); p > 0 {
				c.add(fact{typ: graph.Uses, subj: c.s.ments[subj].ent, obj: p - 1, confidence: 0.7})
				return
			}
			c.add(fact{typ: graph.Uses, subj: c.s.ments[subj].ent, obj: o.ent, confidence: 0.7})
			return
		}
		if buyNounGate.in(buyNouns, w) {
			c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[subj].ent, obj: o.ent, confidence: 0.7,
				time: c.timeNear(k, 0, len(c.toks))})
			return
		}
	}
}

// customerNoun: "X is a customer of Y", "Y's main customer X", "its biggest
// client X", "clients like X, Y".
func (c *ctx) customerNoun(k int) {
	if c.productCustomer(k) || c.asCustomer(k) {
		return
	}
	c.shareTable() // rel_shares_more.go
	if c.w(k+1) == "of" {
		obj := c.nextMention(k+2, 3, false, org, prod)
		subj := c.subjectBefore(k, org)
		if mc := c.madeCustomer(k); mc >= 0 {
			subj = mc
		}
		if obj < 0 || subj < 0 {
			return
		}
		for _, sm := range c.coSubjects(subj) {
			c.addCustomer(sm.ent, c.vendorEnt(c.s.ments[obj].ent), k, 0.8)
		}
		return
	}
	owner := c.possessorBefore(k, 4)
	if owner < 0 && c.customersAt(k) { // rel_customers_at.go
		return
	}
	if owner < 0 && c.w(k-1) == "whose" && c.w(k-2) == "," {
		owner = c.mentionEndingAt(k-2, []graph.EntityType{org}) // "X, whose customers include A and B"
	}
	if owner < 0 {
		if !c.hasCustomers(k) && !c.alsoCustomers(k) && !c.bareCustomers(k) { // rel_buyers.go, rel_among.go, rel_customers_include.go
			c.roleFacts(k, graph.CustomerOf) // "X and Y, both Boeing customers,"
		}
		return
	}
	if c.toCustomers(k, owner) { // rel_to_customers.go
		return
	}
	if c.w(k+1) == "," {
		defer c.shareAtCustomer(k) // rel_share_at.go
	}
	// "Y's main customer X" / "its biggest client, X"
	n := k + 1
	if c.w(n) == "," {
		n++
	}
	if j := c.mentionAt(n); j >= 0 && !c.s.ments[j].ref && c.typ(c.s.ments[j]) == org {
		c.addCustomer(c.s.ments[j].ent, c.s.ments[owner].ent, k, 0.8)
		return
	}
	if c.amongCustomers(k, owner) { // rel_among.go: "X and Y are among its customers"
		return
	}
	if c.selfOwnedCustomer(k, owner) || c.customerList(k, owner) || c.customerIs(k, owner) || c.roleFacts(k, graph.CustomerOf) { // rel_supply.go
		return
	}
	// "X is Y's largest customer"
	if isW := k - 1; isW >= 0 {
		for x := c.s.ments[owner].a - 1; x >= 0 && x >= c.s.ments[owner].a-3; x-- {
			if c.w(x) == "is" || c.w(x) == "was" || c.w(x) == "became" || c.w(x) == "remains" {
				if subj := c.subjectBefore(x, org); subj >= 0 {
					c.addCustomer(c.s.ments[subj].ent, c.s.ments[owner].ent, k, 0.8)
				}
				return
			}
		}
	}
}

func (c *ctx) addCustomer(subj, obj, k int, conf float64) {
	c.add(fact{typ: graph.CustomerOf, subj: subj, obj: obj, confidence: conf, time: c.timeNear(k, 0, len(c.toks)), status: c.statusAt(k)})
}

// possessorBefore returns the possessive mention within n tokens before k
// ("Qualcomm's largest customer", "its main customer").
func (c *ctx) possessorBefore(k, n int) int {
	for j := len(c.s.ments) - 1; j >= 0; j-- {
		m := c.s.ments[j]
		if m.b > k || m.b < k-n {
			continue
		}
		if m.poss && c.typ(m) == org {
			for x := m.b; x < k; x++ {
				if c.toks[x].kind == tPunct && c.toks[x].low != "'s" && c.toks[x].low != "-" && c.toks[x].low != "\"" && c.toks[x].low != "'" {
					return -1
				}
			}
			return j
		}
		return -1
	}
	return -1
}

// vendorEnt maps a product to its vendor entity (else itself).
func (c *ctx) vendorEnt(e int) int {
	if c.st.ents[e].typ != prod {
		return e
	}
	if v, ok := c.st.vendorOf(e); ok {
		return v
	}
	return e
}

// pays: "X pays Y ...".
func (c *ctx) pays(k int) {
	if c.feePaid(k) || c.legalPayment(k) || c.paysShare(k) || c.paidForRights(k) || c.paidForCompany(k) || c.perSharePaidFor(k) || c.costsRefunded(k) { // rel_legal_payment.go, rel_corporate.go, rel_paysshare.go, rel_rights.go, rel_paidfor.go, rel_paid_pershare.go
		return
	}
	obj := c.nextMention(k+1, 2, false, org)
	if obj < 0 {
		obj = c.payTo(k) // rel_goods.go
	}
	if obj < 0 && c.payToList(k) { // rel_more3.go
		return
	}
	if obj < 0 {
		return
	}
	amt := c.moneyNear(k, k, len(c.toks))
	if c.forEquity(k) || c.payToCoWork(k, obj) { // rel_pay_cowork.go
		return // "pay Comcast $8.6 billion for the stake": a sale of shares, not a purchase of goods
	}
	for _, m := range c.subjects(k) {
		if c.hedged(m.b, k) {
			continue
		}
		c.add(fact{typ: graph.CustomerOf, subj: m.ent, obj: c.s.ments[obj].ent, amount: amt,
			time: c.timeNear(k, 0, len(c.toks)), confidence: 0.85, prod: c.productIn(k, len(c.toks))})
	}
	c.morePayees(k, obj) // rel_pays_list.go
}

// spendsOn: "X spends $N on P" -> X customer of P's vendor; "the customer that
// spends ... on P is X".
func (c *ctx) spendsOn(k int) {
	on := c.skipTo(k, "on", 10)
	if on < 0 {
		return
	}
	p := c.nextMention(on+1, 4, false, prod)
	if p < 0 {
		c.spendsOnGoods(k, on)
		return
	}
	pe := c.s.ments[p].ent
	v, ok := c.st.vendorOf(pe)
	if !ok {
		return
	}
	subj := c.subjectBefore(k, org)
	if subj < 0 {
		if is := c.skipTo(c.s.ments[p].b-1, "is", 3); is > 0 {
			subj = c.nextMention(is+1, 2, false, org)
		}
	}
	if subj < 0 || c.s.ments[subj].ent == v {
		return
	}
	c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[subj].ent, obj: v, prod: pe + 1,
		amount: c.moneyNear(k, 0, len(c.toks)), time: c.timeNear(k, 0, len(c.toks)), confidence: 0.8})
}

var revenueNouns = set("revenue", "revenues", "sales", "turnover", "income", "total")

// shareOf: "X accounted for N% of Y's revenue", "N% of sales came from X",
// "X contributed $N to Y's revenue, or N% of ...".
func (c *ctx) shareOf(k int) {
	w := c.w(k)
	if w == "came" && c.w(k+1) != "from" || w == "due" && c.w(k+1) != "to" || accountWords[w] && c.w(k+1) != "for" || w == "making" && c.w(k+1) != "up" {
		return
	}
	if c.shareLists(k) { // rel_shares_more.go
		return
	}
	lastSup := -1
	for _, p := range c.pcts {
		sup, cust := -1, -1
		switch w {
		case "came", "due":
			if p.b > k || k-p.b > 8 {
				continue
			}
			cust = c.nextMention(k+2, 4, false, org)
			sup = c.revenueOwner(p.b, k)
			if sup < 0 && cust >= 0 {
				sup = cust // resolved to another organisation below
			}
		default:
			if p.a < k || p.a > k+14 || c.clauseBreak(k, p.a) || c.shareVerbBetween(k, p.a) || c.priorPercent(p) { // rel_share_prior.go
				continue // "X accounted for 26%, while Y accounted for 16%"
			}
			cust = c.subjectBefore(k, org)
			if cust < 0 && c.shareOfPayments(k, p) || cust >= 0 && (c.groupExample(cust, k) || c.productShareSubject(k, cust) || c.anonCustomerSubject(k, cust) || c.anonShareNoun(k, cust)) { // rel_share_at.go, rel_product_share.go
				continue
			}
			sup = c.revenueOwner(p.b, p.b+8)
			if sup < 0 {
				sup = c.revenueOwner(k, p.a)
			}
		}
		if sup < 0 && lastSup >= 0 {
			sup = lastSup
		}
		if cust >= 0 && sup < 0 && (accountWords[w] || c.w(k+1) == "up") { // "and Y makes up 13%": rel_supply.go
			if !c.attachCustomerShare(c.s.ments[cust].ent, p.value, c.shareTime(p, k)) {
				c.parallelShare(c.s.ments[cust].ent, p, k)
			}
			continue // "X is Y's largest customer, accounting for N% of sales"
		}
		if cust < 0 || sup < 0 || c.purchaseShare(cust, sup, k) { // rel_share_purchases.go
			continue
		}
		v := p.value
		custE := c.s.ments[cust].ent
		sE := c.s.ments[sup].ent
		if o := c.custNounCustomer(k, sE, custE); o != -1 { // rel_share_at.go
			if custE = o; o < 0 {
				continue
			}
		}
		if sE == custE {
			if (c.w(k-1) == "which" || c.w(k-2) == "which") && c.attachShare(sE, v, c.shareTime(p, k)) {
				continue
			}
			if o := c.selfRefCustomer(cust, sup); o >= 0 { // rel_share_prior.go
				custE = o
			} else if sE = c.otherOrg(custE); sE < 0 {
				continue
			}
		}
		lastSup = sup
		if c.s.ments[sup].ent != sE {
			lastSup = -1
		}
		if subs := c.coSubjects(cust); len(subs) > 1 && c.jointShare(subs, sE, p, k) { // rel_share_joint.go
			continue
		}
		amt := c.moneyNear(k, k, p.a)
		if amt != nil && amt.Period == "" {
			amt.Period = "year"
		}
		c.add(fact{typ: graph.CustomerOf, subj: custE, obj: sE, share: &v,
			amount: amt, time: c.shareTime(p, k), confidence: 0.85})
		c.priorShare(p, custE, sE)
	}
}

// revenueOwner finds whose revenue a share is of: "of Y's revenue", "of the
// company's total", "of group sales" (the sentence subject).
func (c *ctx) revenueOwner(a, b int) int {
	for j, m := range c.s.ments {
		if m.a >= a && m.a < b && (m.poss || c.w(m.a-1) == "what") && c.typ(m) == org && !c.commaBetween(a, m.a) { // rel_share_prior.go
			return j
		}
	}
	for x := a; x < b && x < len(c.toks); x++ {
		if revenueNouns[c.w(x)] {
			if at := c.revenueOwnerAt(x); at >= 0 {
				return at // rel_share_at.go: "25% of revenue at Cencora"
			}
			return c.subjectBefore(a, org)
		}
	}
	return -1
}

// shareTime: the time right after a percentage, else of the sentence.
func (c *ctx) shareTime(p percent, k int) string {
	for _, t := range c.timeList() {
		if t.a >= p.b && t.a <= p.b+8 {
			return t.value
		}
	}
	for _, t := range c.timeList() {
		if t.b <= p.a && t.b >= p.a-12 && !c.datelineTime(t) { // times_dateline.go
			return t.value
		}
	}
	return c.timeNear(k, 0, len(c.toks))
}

// supplierNoun: "X will become Y's primary cloud provider", "Qualcomm is the
// supplier for Apple", "the maker of Apple's AirPods".
func (c *ctx) supplierNoun(k int) {
	if c.w(k+1) == "of" && (c.w(k) == "maker" || c.w(k) == "manufacturer") && c.makerOfProduct(k) { // rel_maker_of.go
		return
	}
	if c.roleApposition(k) || c.asSupplier(k) { // rel_parent.go: "Apple supplier Foxconn"; rel_pick.go
		return
	}
	if (c.w(k+1) == "of" || c.w(k+1) == "for" || c.w(k+1) == "to") && !c.goodsOfOwned(k) {
		cust := c.nextMention(k+2, 3, false, org)
		if cust < 0 {
			cust = c.goodsFor(k)
		}
		if cust < 0 || c.madeBrand(k, cust) { // rel_corporate.go
			return
		}
		sup := c.mentionAt(k - 1)
		if sup < 0 || !c.s.ments[sup].ref {
			sup = c.subjectBefore(k, org)
		}
		if sup < 0 || c.hedge || c.notYetSupplier(k) { // rel_trade_ban.go: "is not yet a supplier of"
			return
		}
		p := c.productIn(c.s.ments[cust].b, c.s.ments[cust].b+4)
		for _, sm := range c.supplierList(k, sup) {
			c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[cust].ent, obj: sm.ent, prod: p, confidence: 0.75})
		}
		return
	}
	owner := c.possessorBefore(k, 5)
	if owner < 0 || c.replacedAsSupplier(k, owner) { // rel_replaced_as.go
		return
	}
	sup := c.subjectBefore(c.s.ments[owner].a, org)
	if sup < 0 || c.hedged(c.s.ments[sup].b, k) {
		return
	}
	for _, sm := range c.supplierList(k, sup) {
		c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[owner].ent, obj: sm.ent, confidence: 0.75,
			status: c.statusAt(c.s.ments[owner].a)})
	}
}

// supplierList: the suppliers a plural noun at k speaks of ("Bosch and
// Continental are key suppliers to Volkswagen"), else sup alone.
func (c *ctx) supplierList(k, sup int) []mention {
	if !strings.HasSuffix(c.w(k), "s") {
		return c.s.ments[sup : sup+1]
	}
	if l := c.listAt(sup); len(l) > 1 && c.andList(l) && l[len(l)-1].ent == c.s.ments[sup].ent {
		return l
	}
	return c.s.ments[sup : sup+1]
}
