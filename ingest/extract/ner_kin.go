package extract

import "github.com/cigraph/cigraph/graph"

// Relatives and namesakes of a person the article named: "his son
// Alexandre Arnault" after Bernard Arnault, "Lachlan Murdoch" after
// Rupert Murdoch. A two-word run whose second word is the surname of a
// person already found is another person of that family, even when the
// first-name list lacks the given name; without this the run was read as
// an unknown company, or dropped.

// kinName: the run [first last] ends with a known person's surname.
func (st *state) kinName(run []token) bool {
	if len(run) != 2 || run[0].kind != tWord || !run[0].cap || run[0].cls&(cNonname|cPlace|cGazFirst) != 0 {
		return false
	}
	for _, k := range st.byLast[run[1].s] {
		if st.ents[k].typ == graph.Person {
			return true
		}
	}
	return false
}
