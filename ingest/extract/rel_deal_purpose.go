package extract

import "github.com/cigraph/cigraph/graph"

// A deal with named partners for a joint aim: "Uber has signed deals with
// Baidu, WeRide and Pony.ai to deploy robotaxis", "signed an agreement
// with Nuro to launch delivery vans". No side buys from the other, so each
// named party partners with the deal's subject. Read only when no buying
// frame took the deal (cloudDeal).

// jointAimVerbs state the aim after "to".
var jointAimVerbs = set("deploy", "launch", "develop", "co-develop", "test", "bring", "roll", "operate", "expand", "commercialize", "commercialise", "pilot")

// purposeDeal reads the frame at the deal noun k.
func (c *ctx) purposeDeal(k int) {
	if c.w(k+1) != "with" || c.hedge {
		return
	}
	j := c.nextMention(k+2, 2, false, org)
	if j < 0 || c.s.ments[j].poss {
		return
	}
	l := c.namedList(j) // rel_vendors.go
	if e := l[len(l)-1].b; c.w(e) != "to" || !jointAimVerbs[c.w(e+1)] {
		return
	}
	subj := c.dealParty(k)
	if subj < 0 || c.hedged(c.s.ments[subj].b, k) || c.pending(c.s.ments[subj].b, k) {
		return
	}
	t := c.timeNear(k, 0, len(c.toks))
	for _, m := range l {
		if m.ent != c.s.ments[subj].ent {
			c.add(fact{typ: graph.PartnersWith, subj: c.s.ments[subj].ent, obj: m.ent, time: t, confidence: 0.7})
		}
	}
}
