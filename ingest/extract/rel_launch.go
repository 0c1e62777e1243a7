package extract

import "github.com/cigraph/cigraph/graph"

// Launch deals: a satellite operator buys rides to orbit from a launch
// provider (cue list launchvendor: SpaceX, Arianespace, United Launch
// Alliance …). "Amazon booked 38 launches with United Launch Alliance",
// "Viasat booked a launch on a SpaceX Falcon Heavy", "SES signed a
// contract with SpaceX to launch four satellites", "Eutelsat chose
// Arianespace to launch its next satellite".

// rideNouns are the launch service bought (fMore triggers).
var rideNouns = set("launch", "launches")

// launchBuyVerbs buy launches: "booked", "bought", "reserved".
var launchBuyVerbs = set("booked", "books", "book", "bought", "buys", "buy", "purchased", "purchases",
	"ordered", "orders", "reserved", "reserves", "secured", "secures", "added", "adds")

// launchVendor: the organisation sells launches (cue list launchvendor).
func (st *state) launchVendor(e int) bool { return st.vendorCue(e, "launchvendor") }

// launchBooked: "X booked [up to] 38 launches with Y", "X bought a launch
// on a SpaceX Falcon 9" -> X is a customer of Y (the rocket's maker).
func (c *ctx) launchBooked(k int) {
	p := c.w(k + 1)
	if p != "with" && p != "on" && p != "aboard" || c.hedge {
		return
	}
	v := c.launchVerbBefore(k)
	if v < 0 {
		return
	}
	sup, prod := c.launchSeller(k + 2)
	subj := c.subjectBefore(v, org)
	if sup < 0 || subj < 0 || c.hedged(c.s.ments[subj].b, v) {
		return
	}
	c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[subj].ent, obj: sup, prod: prod,
		amount: c.onceAmount(c.moneyNear(k, c.s.ments[subj].b, len(c.toks))),
		time:   c.timeNear(k, 0, len(c.toks)), status: c.statusAt(v), confidence: 0.75})
}

// launchVerbBefore returns the buying verb within six tokens before the
// launch noun at k ("booked up to 38 launches"), or -1.
func (c *ctx) launchVerbBefore(k int) int {
	for x := k - 1; x >= 0 && x >= k-6; x-- {
		if launchBuyVerbs[c.w(x)] {
			return x
		}
		if c.toks[x].kind == tPunct && c.toks[x].s != "$" {
			return -1
		}
	}
	return -1
}

// launchSeller reads the provider after "with"/"on" at a: an organisation
// ("with Arianespace"), else a rocket's maker ("on a SpaceX Falcon 9").
func (c *ctx) launchSeller(a int) (int, int) {
	j := c.nextMention(a, 3, false, org, graph.Product)
	if j < 0 {
		return -1, 0
	}
	m := c.s.ments[j]
	if c.typ(m) == org {
		return m.ent, c.rocketOf(m.b, m.b+4, m.ent)
	}
	if v, ok := c.st.vendorOf(m.ent); ok {
		return v, m.ent + 1
	}
	return -1, 0
}

// launchDeal: "SES signed a contract with SpaceX to launch four
// satellites", "Amazon signed contracts with Arianespace and Blue Origin"
// — of a deal's two parties the one that is a launch provider sells; it
// reports whether it added facts.
func (c *ctx) launchDeal(k int) bool {
	subj, other := c.dealParties(k) // rel_compute.go
	if subj < 0 || other < 0 || c.hedge {
		return false
	}
	s, o := c.s.ments[subj].ent, c.s.ments[other].ent
	if c.st.launchVendor(s) == c.st.launchVendor(o) || c.hedged(c.s.ments[subj].b, k) || c.pending(c.s.ments[subj].b, k) {
		return false
	}
	amt := c.onceAmount(c.moneyNear(k, c.s.ments[subj].b, k))
	if c.st.launchVendor(s) {
		c.add(fact{typ: graph.CustomerOf, subj: o, obj: s, prod: c.rocketOf(k, len(c.toks), s), amount: amt,
			time: c.timeNear(k, 0, len(c.toks)), confidence: 0.75})
		return true
	}
	sups := c.objectList(other)
	if len(sups) > 1 {
		amt = nil // no one price is each provider's
	}
	for _, m := range sups {
		c.add(fact{typ: graph.CustomerOf, subj: s, obj: m.ent, prod: c.rocketOf(k, len(c.toks), m.ent),
			amount: amt, time: c.timeNear(k, 0, len(c.toks)), confidence: 0.75})
	}
	return true
}

// rocketOf returns the first product in tokens [a, b) that provider sup
// makes ("with SpaceX for a Falcon 9 launch"), + 1, or 0: the buyer's own
// satellites ("to launch its Kuiper satellites") are not what it buys.
func (c *ctx) rocketOf(a, b, sup int) int {
	for _, m := range c.s.ments {
		if m.a < a || m.a >= b || c.typ(m) != graph.Product {
			continue
		}
		if v, ok := c.st.vendorOf(m.ent); ok && v == sup {
			return m.ent + 1
		}
	}
	return 0
}

// launchPick: "Eutelsat chose Arianespace to launch its satellite" — the
// job "launch" after a launch provider that was picked (rel_pick.go).
func (c *ctx) launchPick(to int, picks []mention) bool {
	return c.w(to+1) == "launch" && c.typ(picks[0]) == org && c.st.launchVendor(picks[0].ent)
}
