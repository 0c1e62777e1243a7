package extract

import (
	"strings"

	"github.com/cigraph/cigraph/graph"
)

// A product whose name embeds its maker ("Microsoft Azure", "Nvidia
// H100") names the maker even where the article never names it alone:
// the maker is the counterparty a purchase of the product needs.

// embeddedMaker returns the maker o of product p when a form of p the
// text uses starts with o; the maker becomes an entity of the article.
func (st *state) embeddedMaker(p int, o string) (int, bool) {
	e := &st.ents[p]
	lex, ok := st.lx.byName[normName(o)]
	if !ok || st.lx.entries[lex].typ != graph.Org {
		return 0, false
	}
	if !strings.HasPrefix(e.name, o+" ") && !formWithPrefix(e.forms, o+" ") && !st.makerFormFirst(e.name, lex) {
		return 0, false
	}
	x := &st.lx.entries[lex]
	k := st.entityFor(x.name, graph.Org, lex)
	m := &st.ents[k]
	m.cued, m.owner, m.role = true, x.owner, x.role
	m.mentions = max(m.mentions, 1)
	return k, k != p
}

func formWithPrefix(forms []string, p string) bool {
	for _, f := range forms {
		if strings.HasPrefix(f, p) {
			return true
		}
	}
	return false
}

// makerFormFirst: the first word of a product's name is another form of
// its maker, lexicon entry lex ("AWS Marketplace": AWS is Amazon Web
// Services).
func (st *state) makerFormFirst(name string, lex int) bool {
	first, _, ok := strings.Cut(name, " ")
	if !ok {
		return false
	}
	x, ok := st.lx.byName[normName(first)]
	return ok && x == lex
}
