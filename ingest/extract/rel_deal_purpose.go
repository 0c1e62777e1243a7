package extract

import "github.com/cigraph/cigraph/graph"

// A deal whose purpose is joint work, with one partner or a list: "Amgen
// signed a deal with Samsung Bioepis to commercialize its biosimilars",
// "Uber has signed deals with Baidu, WeRide and Pony.ai to deploy
// robotaxis", "an agreement with Nuro to launch delivery vans". Neither
// side is said to buy from the other, so each named party partners with
// the deal's subject (as jointDeal reads "a co-development agreement with
// Y").

// jointAimVerbs after "with Y to" name work done together.
var jointAimVerbs = set("commercialize", "commercialise", "develop", "co-develop", "co-commercialize",
	"co-commercialise", "co-market", "co-promote", "market", "jointly",
	"deploy", "launch", "test", "bring", "roll", "operate", "expand", "pilot")

// purposeDeal reads "a deal with Y [, Z and W] to commercialize ..." at the
// deal noun k; it reports whether the frame matched.
func (c *ctx) purposeDeal(k int) bool {
	if c.w(k+1) != "with" {
		return false
	}
	j := c.nextMention(k+2, 2, false, org)
	if j < 0 || c.s.ments[j].poss {
		return false
	}
	l := c.namedList(j) // rel_vendors.go
	if e := l[len(l)-1].b; c.w(e) != "to" || !jointAimVerbs[c.w(e+1)] {
		return false
	}
	subj := c.dealParty(k)
	if c.hedge || subj < 0 || c.hedged(c.s.ments[subj].b, k) || c.pending(c.s.ments[subj].b, k) {
		return true
	}
	t := c.timeNear(k, 0, len(c.toks))
	for _, m := range l {
		if m.ent != c.s.ments[subj].ent {
			c.add(fact{typ: graph.PartnersWith, subj: c.s.ments[subj].ent, obj: m.ent, time: t, confidence: 0.7})
		}
	}
	return true
}
