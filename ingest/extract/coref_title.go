package extract

import "github.com/cigraph/cigraph/graph"

// A bare title opening a sentence ("Chief executive Jane Roe says ...")
// names the executive of the company the story was just about: the
// subject of the last sentence that names a company, not whichever
// company that sentence named last ("X competes with Y. Chief executive
// Z says" -> Z leads X).

// leadingOrg returns the first company mentioned (a name or a resolved
// pronoun) in the last of the three sentences before si that names one.
func (st *state) leadingOrg(si int) (int, bool) {
	for k := si - 1; k >= 0 && k >= si-3; k-- {
		for j, m := range st.sents[k].ments {
			if st.ents[m.ent].typ != graph.Org || st.ents[m.ent].publisher || st.investorMention(k, j) {
				continue
			}
			return m.ent, true
		}
	}
	return 0, false
}
