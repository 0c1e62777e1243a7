package extract

// Goods supplied or made "for" a buyer: "Qualcomm supplies modems for
// Apple" (Apple buys from Qualcomm, as with "to"), and "TSMC makes the
// chips for the iPhone" or "LG supplies screens for iPhones" (the
// product's vendor, when the text names it, buys from the maker). A
// supply verb's "for" needs goods before it: "provides loans for the
// purchase" or "supplied a reason for the delay" names no buyer.

// goodsForAt returns the token after "for" (or "in", which only a product
// may follow: "supplied every modem in the iPhone 15") that follows goods
// up to three lower-case words after the verb at k ("supplies modems
// for", "makes the chips for"); else -1.
func (c *ctx) goodsForAt(k int) (int, bool) {
	for g := k + 1; g <= k+3 && g < len(c.toks); g++ {
		if t := &c.toks[g]; t.kind != tWord || t.cap {
			return -1, false
		}
		if !madeGoods(c.w(g)) && !madeGoods(c.w(g)+"s") { // "modem" through "modems"
			continue
		}
		switch c.w(g + 1) {
		case "for":
			return g + 2, false
		case "in", "inside":
			return g + 2, true
		}
		return -1, false
	}
	return -1, false
}

// goodsForBuyers adds, for the verb at k of the seller mention subj, the
// buyers named after "goods for": organisations, or the known vendor of a
// product ("for the iPhone"). It reports whether it found any.
func (c *ctx) goodsForBuyers(k, subj int) bool {
	x, in := c.goodsForAt(k)
	if x < 0 {
		return false
	}
	if c.w(x) == "the" {
		x++
	}
	j := c.nextMention(x, 2, false)
	if j < 0 {
		return false
	}
	seller := c.s.ments[subj].ent
	if m := c.s.ments[j]; c.typ(m) == prod {
		v, ok := c.st.vendorOf(m.ent)
		if p := c.possessorBefore(m.a, 2); p >= 0 {
			v, ok = c.s.ments[p].ent, true // "for Tesla's Model 3": the owner named with it
		}
		if !ok || v == seller || c.st.ents[v].typ != org {
			return false
		}
		c.addCustomer(v, seller, k, 0.7)
		return true
	}
	if in {
		return false // "supplies chips in Europe"
	}
	found := false
	l := c.listFrom(j)
	if m := c.s.ments[j]; m.poss && c.typ(m) == org {
		l = c.s.ments[j : j+1] // "for Tesla's cars": the owner of the goods
	}
	for _, m := range l {
		if c.typ(m) == org && m.ent != seller {
			c.addCustomer(m.ent, seller, k, 0.75)
			found = true
		}
	}
	return found
}

// commitBeforeTo are the words before "to make" that commit to making:
// "a contract to make", "agreed to make", "plans to make".
var commitBeforeTo = set("contract", "contracts", "deal", "agreement", "order", "agreed", "agrees", "plans", "planned",
	"expects", "expected", "signed", "hired", "chosen", "picked", "selected", "tapped")

// purposeMake: "to make" at k states a purpose, not a commitment
// ("licenses Y's designs to make chips for Z"), so no buyer is read.
func (c *ctx) purposeMake(k int) bool {
	return c.w(k-1) == "to" && !commitBeforeTo[c.w(k-2)]
}

// usesGoodsFrom: "Xiaomi uses chips from Nvidia and Qualcomm", "Xiaomi's
// cars use chips from Nvidia" — goods bought from the named companies, so
// the user is their customer. It reports whether it matched.
func (c *ctx) usesGoodsFrom(k int) bool {
	g := k + 1
	if g < len(c.toks) && !madeGoods(c.w(g)) && c.toks[g].kind == tWord && !c.toks[g].cap {
		g++ // one modifier: "uses custom chips from"
	}
	if !madeGoods(c.w(g)) || c.w(g+1) != "from" {
		return false
	}
	first := c.nextMention(g+2, 1, false, org)
	subj := c.subjectBefore(k, org)
	if first < 0 || subj < 0 || c.hedge || c.hedged(c.s.ments[subj].b, k) {
		return false
	}
	for _, m := range c.listFrom(first) {
		if c.typ(m) == org {
			c.addCustomer(c.s.ments[subj].ent, m.ent, k, 0.75)
		}
	}
	return true
}
