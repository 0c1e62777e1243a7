package extract

import "github.com/cigraph/cigraph/graph"

// A supplier's product inside the goods of named makers: "Nvidia's Drive
// platform powers vehicles from Mercedes-Benz and Volvo Cars", "its chips
// power cars made by BYD and Geely". Each maker buys the product: a
// customer of its vendor, with the product named.

// poweredGoods are the goods the product goes into.
var poweredGoods = set("vehicles", "cars", "models", "trucks", "evs", "robotaxis", "phones", "smartphones",
	"handsets", "laptops", "pcs", "devices", "servers", "computers", "headsets", "tablets", "buses")

// powersGoodsOf reads the frame at "powers" k.
func (c *ctx) powersGoodsOf(k int) {
	x := k + 1
	if !poweredGoods[c.w(x)] || c.hedge {
		return
	}
	x++
	if c.w(x) == "made" || c.w(x) == "built" || c.w(x) == "sold" {
		x++ // "cars made by BYD"
	}
	if w := c.w(x); w != "from" && w != "by" && w != "of" {
		return
	}
	j := c.nextMention(x+1, 2, true, org)
	p := c.subjectBefore(k, prod)
	if j < 0 || p < 0 {
		return
	}
	pe := c.s.ments[p].ent
	v, ok := c.st.vendorOf(pe)
	if !ok {
		return
	}
	t := c.timeNear(k, 0, len(c.toks))
	for _, m := range c.namedList(j) { // rel_vendors.go
		if m.ent != v {
			c.add(fact{typ: graph.CustomerOf, subj: m.ent, obj: v, prod: pe + 1, time: t, status: c.statusAt(k), confidence: 0.7})
		}
	}
}
