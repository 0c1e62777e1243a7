package extract

import "github.com/cigraph/cigraph/graph"

// serviceBuyers is licensees (rel_vendors.go) that also keeps the products
// of a list whose maker is known: "licenses its catalog to Spotify and
// Amazon Music" names Amazon's service, so Amazon is the licensee, and the
// caller names the product. One alone when the list holds anything else.
func (c *ctx) serviceBuyers(j int) []mention {
	l := c.listFrom(j)
	for _, m := range l {
		if m.ref || c.typ(m) != org && !c.vendorKnown(m) {
			return c.s.ments[j : j+1]
		}
	}
	return l
}

// vendorKnown: m names a product whose maker is known.
func (c *ctx) vendorKnown(m mention) bool {
	if c.typ(m) != prod {
		return false
	}
	_, ok := c.st.vendorOf(m.ent)
	return ok
}

// licenceGoods: the licence word at k is the object of a sale or purchase
// verb up to three words before it ("agreed to sell spectrum licenses to
// AT&T"): the goods of that verb's frame, no licensing of its own.
func (c *ctx) licenceGoods(k int) bool {
	for x := k - 1; x >= 0 && x >= k-3; x-- {
		if t := &c.toks[x]; t.kind != tWord || t.cap {
			return false
		}
		if w := c.w(x); supplyVerbs[w] || fromVerbs[w] && !licensingWord(w) {
			return true
		}
	}
	return false
}

// saleVerbs sell once what a supply verb may deliver over time.
var saleVerbs = set("sell", "sells", "selling", "sold")

// sellStatus is the status of a supply verb at k: a sale still to close is
// planned ("agreed to sell spectrum to SpaceX"), while a promise to supply
// states a tie that starts now ("agreed to supply chips": endedAt, which
// reads only a former one).
func (c *ctx) sellStatus(k int) string {
	if saleVerbGate.in(saleVerbs, c.w(k)) {
		if s := c.statusAt(k); s == graph.StatusPlanned {
			return s
		}
	}
	return c.endedAt(k)
}
