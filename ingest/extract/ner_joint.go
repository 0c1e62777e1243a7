package extract

import "github.com/cigraph/cigraph/graph"

// Joint-venture names made of two known companies and a word of their
// own ("Sony Honda Mobility", "Toyota Denso Tech"): unknownTail stops at
// the second known name, so the run split into a company and an unknown
// product. jointTail accepts such a tail when both known names are
// companies and one or two unknown words close the run. Headlines are
// left alone: there capitalised words run on ("Apple Samsung Battle").

// jointTail reports whether tokens [a, b) after the known company at
// token i are a second known company and an unknown tail.
func (st *state) jointTail(s *sentence, i, a, b int) bool {
	if b-a < 2 || s.sp.headline || s.toks[a].cls&cGazFirst == 0 || !st.orgEntryAt(s, i) {
		return false
	}
	g, lex := st.gazetteer(s, a)
	if g == 0 || a+g >= b || b-(a+g) > 2 || st.lx.entries[lex].typ != graph.Org {
		return false
	}
	return st.unknownTail(s, a+g, b)
}

// orgEntryAt: the gazetteer name at token i is a company.
func (st *state) orgEntryAt(s *sentence, i int) bool {
	g, lex := st.gazetteer(s, i)
	return g > 0 && lex >= 0 && st.lx.entries[lex].typ == graph.Org
}

// jointRun: the unknown run [i, i+n) is such a joint name, a company for
// typeOf whatever its context ("Sony Honda Mobility will use chips" is
// not a product of the chips frame).
func (st *state) jointRun(s *sentence, i, n int) bool {
	if n < 3 || s.toks[i].cls&cGazFirst == 0 {
		return false
	}
	g, _ := st.gazetteer(s, i)
	return g > 0 && st.jointTail(s, i, i+g, i+n)
}

// productTail: the run ends before a product noun ("AMD Instinct GPUs"),
// so its unknown tail is a product line of the known company, not part
// of a longer company name ("Toyota Tsusho said").
func productTail(toks []token, j int) bool {
	return j < len(toks) && toks[j].cls&wProdNoun != 0
}
