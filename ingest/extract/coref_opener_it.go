package extract

import "github.com/cigraph/cigraph/graph"

// "Intel lags Nvidia and AMD. Earlier this month it agreed to sell a stake
// in its Altera unit": after an opener ("Earlier this month", "On
// Tuesday,") the subject "it" and a later "its" are one company when the
// sentence names no other company between them. centre cannot see the
// opening "it" (references are added once the sentence is read), so "its"
// would take the last company named before, AMD.

// openerItChain returns the entity of that subject "it" for "its" or "it"
// at i in place of ents; else ents.
func (st *state) openerItChain(si int, refs []mention, i int, ents []int) []int {
	s := &st.sents[si]
	if len(ents) != 1 || len(refs) == 0 || refs[0].poss || refs[0].ent == ents[0] || s.toks[refs[0].a].low != "it" {
		return ents
	}
	if w := s.toks[i].low; w != "it" && w != "its" || refs[0].a == 0 || !st.openerBefore(si, refs[0].a) && !st.frontedAdverbial(si, refs[0].a) {
		return ents
	}
	for _, m := range s.ments {
		if m.a < i && st.ents[m.ent].typ == graph.Org {
			return ents // a company named before "its" may be meant
		}
	}
	return []int{refs[0].ent}
}
