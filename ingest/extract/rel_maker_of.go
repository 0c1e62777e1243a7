package extract

import "github.com/cigraph/cigraph/graph"

// "Regeneron, the maker of Dupixent, ..." and "Zealand is the maker of the
// obesity drug Petrelin": the maker offers the product, whether or not the
// lexicon knows the product's vendor.

// makerOfProduct reads the frame at "maker"/"manufacturer" k followed by
// "of"; it reports whether a product was named (a fact or not).
func (c *ctx) makerOfProduct(k int) bool {
	p := c.nextMention(k+2, 5, false, org, prod)
	if p < 0 || c.typ(c.s.ments[p]) != prod || c.s.ments[p].ref || c.hedge {
		return false // "the maker of Apple's AirPods": an organisation comes first
	}
	maker := -1
	if d := c.w(k - 1); (d == "the" || d == "a") && c.w(k-2) == "," {
		maker = c.mentionEndingAt(k-2, []graph.EntityType{org}) // rel_frames4.go: "X, the maker of Y"
	} else if (d == "the" || d == "a") && (c.w(k-2) == "is" || c.w(k-2) == "was") {
		maker = c.subjectBefore(k, org) // "X is the maker of Y"
	}
	if maker < 0 || c.s.ments[maker].poss {
		return false
	}
	l := c.s.ments[p : p+1]
	if c.w(c.s.ments[p].b) == "and" || c.w(c.s.ments[p].b) == "," {
		l = c.listFrom(p) // "the maker of A and B"
	}
	for _, m := range l {
		if v, ok := c.st.vendorOf(m.ent); ok && v == c.s.ments[maker].ent {
			continue // the lexicon's vendor: lexiconOffers (rules.go) adds it
		}
		if c.typ(m) == prod {
			c.add(fact{typ: graph.Offers, subj: c.s.ments[maker].ent, obj: m.ent, confidence: 0.75})
		}
	}
	return true
}
