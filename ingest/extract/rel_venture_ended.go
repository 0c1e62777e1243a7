package extract

import "github.com/cigraph/cigraph/graph"

// Stakes in a venture that has ended: "Fox and Warner Bros. Discovery own
// stakes in the Venu Sports joint venture with Disney, which was scrapped
// in January" — the stakes are former, as the ties of a lapsed deal are
// (rel_deal_lapsed.go).

// lapseRelWords may stand between a tie noun's relative clause and its
// lapse word: ", which was later scrapped".
var lapseRelWords = set("which", "that", "was", "were", "has", "have", "had", "been", "later", "eventually", "since", "then", "quietly", "formally")

// formerVentureStakes sets the current stakes among facts[n:] in the
// venture named right before the venture noun at v ("the Venu Sports
// joint venture") to former.
func (c *ctx) formerVentureStakes(n, v int) {
	if v < 0 {
		return
	}
	name := -1
	for _, m := range c.s.ments {
		if m.b <= v && m.b >= v-2 && !m.ref && c.typ(m) == org {
			name = m.ent
		}
	}
	if name < 0 {
		return
	}
	for i := n; i < len(c.st.facts); i++ {
		if f := &c.st.facts[i]; f.typ == graph.InvestsIn && f.obj == name && f.status == graph.StatusCurrent {
			f.status = graph.StatusFormer
		}
	}
}
