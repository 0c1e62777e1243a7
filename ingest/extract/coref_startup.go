package extract

import "github.com/cigraph/cigraph/graph"

// "The startup" is never a listed company: when the description's usual
// antecedent is one the gazetteer lists with a ticker ("Microsoft ... the
// startup's revenue"), the latest organisation that is not listed is meant.

// startupHeads are descriptions of young, private companies.
var startupHeads = set("startup", "start-up", "upstart")

// startupAntecedent returns got unless head is a startup word and got is a
// listed company; then the unlisted organisation of the last four
// sentences named most often so far (the latest on a tie), if any.
func (st *state) startupAntecedent(si, i int, head string, got []int) []int {
	if len(got) != 1 || !st.listed(got[0]) || !startupHeads[head] {
		return got
	}
	best := -1
	for k := si; k >= 0 && k >= si-3; k-- {
		for _, m := range st.sents[k].ments {
			if k == si && m.a >= i || st.ents[m.ent].typ != graph.Org || st.ents[m.ent].publisher || st.listed(m.ent) {
				continue
			}
			if best < 0 || st.ents[m.ent].mentions > st.ents[best].mentions {
				best = m.ent
			}
		}
	}
	if best < 0 {
		return got
	}
	return st.one(best)
}

// listed: the entity is a gazetteer company with stock tickers.
func (st *state) listed(e int) bool {
	x := st.ents[e].lex
	return x >= 0 && st.lx.entries[x].listed
}
