package extract

import (
	"strings"

	"github.com/cigraph/cigraph/graph"
)

// Compute contracts without a compute word: "OpenAI signed a $38 billion
// contract with AWS", "CoreWeave has contracts with OpenAI worth $22.4
// billion". cloudDeal needs "cloud"/"computing" before the deal noun;
// here a contract with a price, between a cloud vendor and a company
// that is none, buys computing from the vendor. Only "contract" counts:
// "agreements" and "deals" of cloud vendors also license content or buy
// power, and a modifier before the noun ("power purchase contract",
// "defense contract") names other goods, so only a price, a term or an
// article may stand right before it.

// computeDeal: the deal noun at k is a compute deal for cloudDeal.
func (c *ctx) computeDeal(k int) bool {
	return c.computeBefore(k) || c.bareContract(k) && c.vendorDeal(k) || c.computeForAfter(k)
}

// computeForAfter: "a $300 billion deal with Oracle for computing power":
// "for" and a compute word follow the other party of the deal at k.
func (c *ctx) computeForAfter(k int) bool {
	_, other := c.dealParties(k)
	if other < 0 {
		return false
	}
	f := c.s.ments[other].b
	if c.w(f) != "for" {
		return false
	}
	for x := f + 1; x <= f+3 && x < len(c.toks); x++ {
		if w := c.w(x); computeGate.may(w) && computeWords[w] { // wordgate.go
			return true
		}
	}
	return false
}

// bareContract: "a $38 billion contract", "a five-year contract", "has
// contracts": nothing but a price, a term or a verb before the noun.
func (c *ctx) bareContract(k int) bool {
	if w := c.w(k); w != "contract" && w != "contracts" || len(c.money) == 0 || k == 0 {
		return false
	}
	switch p := c.w(k - 1); p {
	case "billion", "million", "trillion", "a", "has", "have", "signed", "its", "their": // "expanded its contract with Y"
		return true
	default:
		return strings.HasSuffix(p, "-year")
	}
}

// vendorDeal: one party of the deal at k sells cloud computing and the
// other does not (cloudDeal makes the other the customer).
func (c *ctx) vendorDeal(k int) bool {
	subj, other := c.dealParties(k)
	if other < 0 || subj < 0 {
		return false
	}
	return c.st.cloudVendor(c.s.ments[subj].ent) != c.st.cloudVendor(c.s.ments[other].ent)
}

// dealParties returns the party that made the deal at k and the one it
// made it "with" (mention indexes, -1 when missing).
func (c *ctx) dealParties(k int) (subj, other int) {
	with, _ := c.dealWith(k) // rel_deal_worth.go
	if with < 0 {
		return -1, -1
	}
	return c.dealParty(k), c.nextMention(with+1, 3, false, org)
}

// commitNouns head a spending pledge: "a five-year, $1.1 billion
// commitment to Microsoft's cloud services".
var commitNouns = set("commitment", "commitments")

// commitTo: "X agreed to a $N commitment to Y's cloud" -> X is a
// customer of Y; the goods must be named (goodsSeller), so a pledge to
// a cause or a market ("commitment to Europe") is none.
func (c *ctx) commitTo(k int) {
	if c.w(k+1) != "to" || c.hedge {
		return
	}
	sup, subj := c.goodsSeller(k+2), c.subjectBefore(k, org)
	if sup < 0 || subj < 0 || c.hedged(c.s.ments[subj].b, k) || c.pending(c.s.ments[subj].b, k) {
		return
	}
	c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[subj].ent, obj: c.s.ments[sup].ent,
		amount: c.onceAmount(c.moneyNear(k, c.s.ments[subj].b, k)), prod: c.productIn(k, len(c.toks)),
		time: c.timeNear(k, 0, len(c.toks)), confidence: 0.75})
}

// vendorGoods: "X committed to purchase $250 billion of Azure services",
// "X ordered 65 Boeing 777X jets" (the maker is part of the product name),
// "X ordered 20 Airbus A350s" (an aircraft model is goods by itself)
// names no seller, only a product and goods: the product's vendor
// (Microsoft for Azure) sells them. buyFrom asks it when no seller is
// named; it reports whether it added the facts.
func (c *ctx) vendorGoods(k int, subjs []mention) bool {
	for _, m := range c.s.ments {
		if m.a <= k || m.a > k+8 || c.typ(m) != prod || !buyNounGate.in(buyNouns, c.w(m.b)) && !vehicleNouns[c.w(m.b)] && !c.st.aircraft(m.ent) {
			continue
		}
		v, ok := c.st.vendorOf(m.ent)
		if !ok {
			return false
		}
		var amt *graph.Amount
		if len(subjs) == 1 {
			amt = c.onceAmount(c.moneyNear(k, subjs[0].a, len(c.toks)))
		}
		for _, s := range subjs {
			c.add(fact{typ: graph.CustomerOf, subj: s.ent, obj: v, amount: amt, prod: m.ent + 1,
				time: c.timeNear(k, 0, len(c.toks)), status: c.statusAt(k), confidence: 0.75})
		}
		return true
	}
	return false
}

// aircraft: entity e is an aircraft model of the lexicon ("A350").
func (st *state) aircraft(e int) bool {
	l := st.ents[e].lex
	return l >= 0 && st.lx.entries[l].kind == "aircraft"
}
