package extract

import "github.com/cigraph/cigraph/graph"

// A place in the possessive before a company is a modifier of the name,
// not an owner: "backed by Saudi Arabia's Public Investment Fund", "a
// venture with Oracle and Abu Dhabi's MGX". The mention is widened to
// start at the place, so frames that look for a name right after "by" or
// in a list find it where a bare name would stand.

// placeOwnerStart returns the first token of the place that stands in the
// possessive right before the name at token i ("Abu Dhabi" 's MGX), or i.
func (st *state) placeOwnerStart(s *sentence, i int, typ graph.EntityType) int {
	toks := s.toks
	if i < 2 || toks[i-1].low != "'s" || typ == graph.Person {
		return i
	}
	for x := i - 2; x >= 0 && x >= i-4; x-- {
		if !toks[x].cap || toks[x].kind != tWord {
			return i
		}
		if st.lx.place[s.text[toks[x].start()-s.sp.start:toks[i-2].end()-s.sp.start]] {
			return x
		}
	}
	return i
}
