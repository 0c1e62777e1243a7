package extract

import "github.com/cigraph/cigraph/graph"

// "It replaced Intel's processors with its own designs, and it is working
// on parts it buys from Qualcomm": once a sentence opens with a reference
// ("It", "The company") to X, a later "it" or "its" is X as well when the
// only other company the sentence names before it is a possessive (a
// modifier, never the subject). centre cannot see the opening reference:
// the sentence's references are added once all are read.

// openingItChain returns the opening reference's entity for "it"/"its" at
// i in place of ents when ents is a company named before i in sentence si
// only as a possessive; else ents.
func (st *state) openingItChain(si int, refs []mention, i int, ents []int) []int {
	toks := st.sents[si].toks
	if len(ents) != 1 || len(refs) == 0 || refs[0].a != 0 || refs[0].poss || refs[0].ent == ents[0] {
		return ents
	}
	if w := toks[i].low; w != "it" && w != "its" {
		return ents
	}
	named := false
	for _, m := range st.sents[si].ments {
		if m.a >= i {
			break
		}
		if m.ent == ents[0] {
			if !m.poss {
				return ents // named as a subject or object: it may be meant
			}
			named = true
		}
	}
	if !named {
		return ents
	}
	return []int{refs[0].ent}
}

// itsOwnProduct: "customers of its Azure cloud" — "its" right before a
// product the gazetteer gives a maker named in the story is that maker's,
// whatever company the sentence named last.
func (st *state) itsOwnProduct(si, i int, ents []int) []int {
	s := &st.sents[si]
	if s.toks[i].low != "its" || len(ents) != 1 {
		return ents
	}
	for _, m := range s.ments {
		if m.a != i+1 || st.ents[m.ent].typ != graph.Product || st.ents[m.ent].owner == "" {
			continue
		}
		if k, ok := st.byKey[st.norm(st.ents[m.ent].owner)]; ok && k != m.ent && st.ents[k].typ == graph.Org && st.ents[k].mentions > 0 {
			return st.one(k)
		}
	}
	return ents
}
