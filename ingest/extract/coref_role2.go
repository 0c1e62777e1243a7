package extract

import "github.com/cigraph/cigraph/graph"

// "said Wang Lei, the company's chief executive," — a title apposition
// after a person, in a sentence that names no company before it, speaks
// of the company the story is about: the subject of the last sentence
// naming companies ("Zenta agreed to supply Fjord. ... the company's chief
// executive" is Zenta's), not whichever company that sentence named last.

// titledDesc returns that company for the description at token i of
// sentence si.
func (st *state) titledDesc(si, i int) (int, bool) {
	toks := st.sents[si].toks
	if i < 2 || i+3 >= len(toks) || toks[i-1].low != "," || toks[i+2].low != "'s" || !personTitles[toks[i+3].low] {
		return 0, false
	}
	personBefore := false
	for _, m := range st.sents[si].ments {
		if m.a >= i {
			break
		}
		if st.ents[m.ent].typ == graph.Org {
			return 0, false // the sentence's own company comes first
		}
		personBefore = personBefore || m.b == i-1 && st.ents[m.ent].typ == graph.Person
	}
	if !personBefore {
		return 0, false
	}
	return st.leadingOrg(si) // coref_title.go
}
