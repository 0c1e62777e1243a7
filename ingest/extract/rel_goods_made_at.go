package extract

// Goods bought by where they are made: "Apple agreed to buy chips made at
// TSMC's Arizona plant", "the company buys batteries produced by CATL".
// The maker named after the participle sells them.

// madeAtVerbs are the participles that name the maker of goods.
var madeAtVerbs = set("made", "produced", "manufactured", "built", "fabricated", "assembled", "packaged")

// goodsMadeAt returns the maker mention of goods named at k ("chips made
// at Y's plant", "made by Y"), else -1.
func (c *ctx) goodsMadeAt(k int) int {
	for x := k; x < len(c.toks) && x <= k+3; x++ {
		if !buyNounGate.in(buyNouns, c.w(x)) {
			if c.toks[x].kind == tPunct {
				return -1
			}
			continue
		}
		v := x + 1
		if !madeAtVerbs[c.w(v)] {
			return -1
		}
		if p := c.w(v + 1); p != "at" && p != "by" && p != "in" {
			return -1
		}
		m := c.nextMention(v+2, 2, false, org)
		if m < 0 || c.w(v+1) != "by" && !c.s.ments[m].poss {
			return -1 // "made in Taiwan"; "made at Y's plant" needs the possessive
		}
		return m
	}
	return -1
}
