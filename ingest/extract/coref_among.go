package extract

import "github.com/cigraph/cigraph/graph"

// "Microsoft was among its early backers", "X is one of its biggest
// customers": "its" after a copula and "among" / "one of" is another
// company than the subject the copula speaks of (no company is its own
// backer), the latest one named before the subject's sentence part.

// amongIts resolves "its" at token i in that frame (-1: to nothing); ok
// is false elsewhere.
func (st *state) amongIts(si, i int) (int, bool) {
	toks := st.sents[si].toks
	c := i - 1
	switch {
	case c >= 1 && toks[c].low == "among":
		c--
	case c >= 2 && toks[c].low == "of" && oneOfWords[toks[c-1].low]:
		c -= 2
	default:
		return 0, false
	}
	if c < 1 || !copulas[toks[c].low] {
		return 0, false
	}
	subj := -1
	for _, m := range st.sents[si].ments {
		if m.b <= c && st.ents[m.ent].typ == graph.Org {
			subj = m.ent
		}
	}
	if subj < 0 {
		return 0, false
	}
	for _, e := range st.antecedent(si, i, graph.Org, 2) {
		if e != subj && !st.possessedHere(si, c, e) {
			return e, true
		}
	}
	return -1, true // the frame holds, but no company named before can be "its"
}

// possessedHere: e is named with "'s" before token c of sentence si ("X's
// fund was among its backers": X owns the subject, it is not "its").
func (st *state) possessedHere(si, c, e int) bool {
	for _, m := range st.sents[si].ments {
		if m.ent == e && m.poss && m.b <= c {
			return true
		}
	}
	return false
}
