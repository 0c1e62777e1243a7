package extract

import "github.com/cigraph/cigraph/graph"

// The subject of an object relative clause: in "Microsoft owns Mojang,
// which it bought in 2014" the "it" right after ", which" is not the head
// Mojang ("which" is the object of "bought") but the sentence's subject,
// the first company named before the head.

// relativeSubjectIt returns that company for "it" at i directly after ",
// which|that", else ents.
func (st *state) relativeSubjectIt(si, i int, ents []int) []int {
	s := &st.sents[si]
	if len(ents) != 1 || i < 3 || s.toks[i].low != "it" || s.toks[i-1].low != "which" && s.toks[i-1].low != "that" || s.toks[i-2].low != "," {
		return ents
	}
	head := -1
	for j, m := range s.ments {
		if m.b == i-2 && st.ents[m.ent].typ == graph.Org {
			head = j
		}
	}
	if head < 0 || st.ents[ents[0]].typ == graph.Org && ents[0] != s.ments[head].ent {
		return ents // "it" already names another company than the head
	}
	for _, m := range s.ments[:head] {
		if st.ents[m.ent].typ == graph.Org && !m.poss && m.ent != s.ments[head].ent {
			return st.one(m.ent) // "Microsoft owns Mojang, which it bought"
		}
	}
	return ents
}
