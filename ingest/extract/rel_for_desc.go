package extract

// "BAIC, which built cars for the brand": a description after "for" names
// the customer by its head noun; it is the company the sentence (or the
// one before) is about, not the maker itself.

// forDescHeads are the heads such a description uses, beyond descHeads.
var forDescHeads = set("brand", "automaker", "carmaker", "label")

// forDescription returns the entity that "for the HEAD" at token f refers
// to, else -1: the first company of the sentence before the maker subj,
// else the first of the sentence before.
func (c *ctx) forDescription(f, subj int) int {
	if c.w(f+1) != "the" || !(descHeads[c.w(f+2)] || forDescHeads[c.w(f+2)]) || c.toks[f+2].cap {
		return -1
	}
	maker := c.s.ments[subj]
	for _, m := range c.s.ments {
		if m.a >= maker.a {
			break
		}
		if c.typ(m) == org && !m.poss && m.ent != maker.ent {
			return m.ent
		}
	}
	if c.si == 0 {
		return -1
	}
	for _, m := range c.st.sents[c.si-1].ments {
		if c.st.ents[m.ent].typ == org && !m.poss && !c.st.ents[m.ent].publisher && m.ent != maker.ent {
			return m.ent
		}
	}
	return -1
}
