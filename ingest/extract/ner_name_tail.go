package extract

import "github.com/cigraph/cigraph/graph"

// A one-word gazetteer alias that is also a common word, right after
// another capitalised word, is the tail of a longer name: "Salesforce
// Tower in San Francisco" is a building, not Tower Semiconductor;
// "Amazon Frontier" no Frontier Communications. The longer name's head
// is read as before; the tail names nothing. A first name before it is
// ambiguousRetype's (a surname), and a row of two words or more, or a
// word that no gazetteer row marks ambiguous, is read as before.

// nameTail: the ambiguous one-word company alias at [i, i+1) follows
// another name's mention with nothing between ("After Frontier said",
// "With Frontier" in a headline: a capitalised word that names nothing
// leaves the alias as before).
func (st *state) nameTail(s *sentence, i, n, lex int) bool {
	if n > 1 || i == 0 || len(s.ments) == 0 || s.ments[len(s.ments)-1].b != i {
		return false
	}
	e := &st.lx.entries[lex] // (no copy: an entry is large)
	prev := &s.toks[i-1]
	return e.ambiguous && e.typ == graph.Org && prev.cap && prev.kind == tWord && prev.cls&cFirstname == 0
}

// ambiguousSite: the ambiguous one-word alias is a name's tail, or names
// a site as an unknown name would ("its Frontier campus in Texas":
// facilityNoun). "The Stargate project" keeps its venture: a project
// named like a company is often the company.
func (st *state) ambiguousSite(s *sentence, i, n, lex int) bool {
	if n > 1 || !st.lx.entries[lex].ambiguous {
		return false
	}
	if st.nameTail(s, i, n, lex) {
		return true
	}
	j := facilityNoun(s.toks, i, n)
	return j >= 0 && s.toks[j].low != "project"
}
