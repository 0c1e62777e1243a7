package extract

import (
	"strings"

	"github.com/cigraph/cigraph/graph"
)

// agreementNouns head an agreement: "a $10 billion cloud deal with Y".
var agreementNouns = set("deal", "deals", "contract", "contracts", "agreement", "agreements", "pact")

// computeWords say an agreement buys computing: "cloud deal", "computing contract".
var computeWords = set("cloud", "computing", "compute", "hosting", "cloud-computing", "cloud-services")

// pendingWords before a deal noun mean it is not signed yet.
var pendingWords = set("nearing", "near", "close", "closer", "pursuing", "pursue", "discussing", "discuss",
	"plans", "planning", "expected", "expects", "proposed", "potential", "possible", "wants", "hopes", "seeking")

// cloudDeal: "X signed a $10 billion cloud deal with Y", "X's five-year
// computing contract with Y" -> X is a customer of Y. When the subject is
// itself a cloud vendor and the other side is not ("Google signed a cloud
// deal with Anthropic"), the other side is the customer.
func (c *ctx) cloudDeal(k int) {
	if c.relativeDeal(k) { // rel_deal_relative.go: "agreements Disney struck with Charter"
		return
	}
	if c.powerDeal(k) || c.supplyAgreement(k) || c.purchaseDeal(k) || c.computeForDeal(k) || c.jointDeal(k) || c.launchDeal(k) || c.purposeDeal(k) || c.supplierDeal(k) || c.retailDeal(k) || c.megawattDeal(k) { // rel_power.go, rel_supply_agreement.go, rel_more2.go, rel_more3.go, rel_launch.go, rel_deal_purpose.go, rel_retail_deal.go, rel_megawatt_deal.go
		return
	}
	if c.lostContract(k) || c.licensingDeal(k) || c.carriageDeal(k) { // rel_contract_holder.go, rel_license.go, rel_carriage.go
		return
	}
	soft := false
	if c.hedge || !c.computeDeal(k) && !c.cloudUnitDeal(k) && !c.govDeal(k) {
		if soft = !c.hedge && c.softwareDeal(k); !soft { // rel_compute.go, rel_cloud_unit_deal.go, rel_gov_deal.go, rel_software_deal.go
			return
		}
	}
	with, worth := c.dealWith(k) // rel_deal_worth.go
	if with < 0 {
		return
	}
	other := c.nextMention(with+1, 3, false, org)
	subj := c.dealParty(k)
	if other < 0 || subj < 0 || c.hedged(c.s.ments[subj].b, k) || c.pending(c.s.ments[subj].b, k) {
		return
	}
	cust, sup := c.s.ments[subj].ent, c.s.ments[other].ent
	if c.st.cloudVendor(cust) && !c.st.cloudVendor(sup) || c.st.govBuyer(sup) && !c.st.govBuyer(cust) {
		cust, sup = sup, cust // the government body buys (rel_gov_deal.go)
	} else if soft {
		cust, sup = c.st.softwareBuyer(cust, sup) // rel_software_deal.go
	}
	amt := c.onceAmount(c.moneyNear(k, c.s.ments[subj].b, k))
	if amt == nil {
		amt = c.worthAmount(other) // rel_supply.go: "a cloud contract with Y worth $X"
	}
	if amt == nil && worth >= 0 {
		a := c.money[worth].amt
		amt = c.onceAmount(&a) // "a contract worth $11.9 billion with Y"
	}
	c.add(fact{typ: graph.CustomerOf, subj: cust, obj: sup, prod: c.productIn(k, len(c.toks)),
		amount: amt, time: c.timeNear(k, 0, len(c.toks)), confidence: 0.75})
}

// computeBefore: a compute word modifies the deal noun at k ("cloud
// computing deal", "$300 million cloud contract").
func (c *ctx) computeBefore(k int) bool {
	for x := k - 1; x >= 0 && x >= k-3; x-- {
		if w := c.w(x); computeGate.may(w) && computeWords[w] { // wordgate.go
			return true
		}
		if c.w(x) == "services" || c.w(x) == "infrastructure" {
			continue
		}
		if c.toks[x].kind == tPunct && c.w(x) != "-" {
			return false
		}
	}
	return false
}

// dealParty returns the party that made the deal at k: the possessor
// ("X's cloud deal") or the subject of the verb before it.
func (c *ctx) dealParty(k int) int {
	if j := c.possessorBefore(k, 8); j >= 0 && c.typ(c.s.ments[j]) == org {
		return j
	}
	return c.subjectBefore(k, org)
}

// pending reports a word saying the deal is not done in [a, k).
func (c *ctx) pending(a, k int) bool {
	for x := max(a, k-10); x < k; x++ {
		if pendingWords[c.w(x)] {
			return true
		}
	}
	return false
}

// cloudVendor: the organisation sells cloud computing (cue list
// cloudvendor), or is a composed cloud unit ("Huawei Cloud": a company's
// name and "Cloud", ner_composed_unit.go) as the lexicon's cloud units are.
func (st *state) cloudVendor(e int) bool {
	return st.vendorCue(e, "cloudvendor") || st.composedCloud(e)
}

// composedCloud: the organisation is a composed cloud unit, a company's
// name and "Cloud" that the lexicon does not list ("Huawei Cloud").
func (st *state) composedCloud(e int) bool {
	x := &st.ents[e]
	return x.lex < 0 && x.owner != "" && strings.HasSuffix(x.name, " Cloud")
}

var dealNouns = set("deal", "transaction", "acquisition", "takeover", "merger", "purchase", "investment", "offer")

// dealAmount: "The transaction, worth $61 billion when announced, ..." gives
// the value of the deal reported just before; a second figure for the same
// deal ("including debt, about $64.5 billion") is a second claim.
func (c *ctx) dealAmount() {
	if c.hedge || len(c.money) == 0 || c.money[0].perShare || c.ownDealAmount() || c.relativeMoney(c.money[0]) { // rel_paidfor.go, rel_deal_worth.go
		return
	}
	if c.dealSubject() {
		c.attachDealAmount(-1)
	} else if buyer := c.buyerPaid(); buyer >= 0 { // rel_paid.go
		c.attachDealAmount(buyer)
	}
}

// attachDealAmount gives the sentence's first amount to the deal of the
// last two sentences (made by buyer, when buyer >= 0).
func (c *ctx) attachDealAmount(buyer int) {
	valuation := c.valuationSentence()
	for j := len(c.st.facts) - 1; j >= 0 && c.st.facts[j].sent >= c.si-2; j-- {
		f := c.st.facts[j]
		if f.typ != graph.Acquires && f.typ != graph.InvestsIn || f.sent == c.si || buyer >= 0 && f.subj != buyer {
			continue
		}
		j = c.firstDealOf(j, buyer) // rel_deal_opener.go
		f = c.st.facts[j]
		if valuation && f.typ == graph.InvestsIn {
			return // "The deal values Y at €11.7 billion": Y's worth, not the sum invested
		}
		amt := c.money[0].amt
		if amt.Period == "" {
			amt.Period = "once"
		}
		if f.amount == nil {
			c.st.facts[j].amount = &amt
			return
		}
		f.amount, f.sent, f.confidence = &amt, c.si, 0.7
		c.restate(&f)
		c.st.addFact(f)
		return
	}
}

// dealSubject: the sentence opens with "The deal", "This transaction":
// its amounts are the value of a deal reported before.
func (c *ctx) dealSubject() bool {
	for k := 0; k < len(c.toks) && k < 4; k++ {
		if (c.w(k-1) == "the" || c.w(k-1) == "this") && dealNounGate.in(dealNouns, c.w(k)) { // the map last
			return true
		}
	}
	return c.openerDealSubject() // rel_deal_opener.go
}

// valuationWords say that an amount is what a company is worth.
var valuationWords = set("values", "valuing", "valuation", "post-money", "pre-money")

// valuationSentence: the sentence states a valuation.
func (c *ctx) valuationSentence() bool {
	for k := range c.toks {
		if valuationGate.in(valuationWords, c.toks[k].low) {
			return true
		}
	}
	return false
}
