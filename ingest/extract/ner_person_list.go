package extract

import "github.com/cigraph/cigraph/graph"

// A name listed right after a person is a person too: "researchers Arthur
// Mensch, Guillaume Lample and Timothee Lacroix" (only the first has a
// known first name). Two or three capitalised words, after ", " or "and"
// that follow a person's mention, without a company cue (typeOf tests the
// cues first).

// personListItem: the run [i, i+n) of s continues a list of people.
func (st *state) personListItem(s *sentence, i, n int) bool {
	if n < 2 || n > 3 || i < 2 || len(s.ments) == 0 {
		return false
	}
	for _, t := range s.toks[i : i+n] {
		if !t.cap || t.kind != tWord || t.cls&(cSuffix|cOrghead) != 0 {
			return false
		}
	}
	if i+n < len(s.toks) && s.toks[i+n].low == "'s" {
		return false // "P, Zenta Grill's chief executive": an apposition
	}
	e := i - 1
	switch {
	case s.toks[e].low == "and" && s.toks[e-1].low == ",":
		e--
	case s.toks[e].low == ",":
		if i+n >= len(s.toks) || s.toks[i+n].low != "," && s.toks[i+n].low != "and" {
			return false // "P, Zenta Grill, said": no list goes on
		}
	case s.toks[e].low != "and":
		return false
	}
	last := s.ments[len(s.ments)-1]
	return last.b == e && !last.poss && st.ents[last.ent].typ == graph.Person
}
