package extract

import (
	"strings"

	"github.com/cigraph/cigraph/graph"
)

// A product line the gazetteer lists with its versions as forms ("iPhone"
// with "iPhone 15") is one entity. When the text names the line bare as
// well as one version ("the iPhone 15 range ... Apple's iPhones"), the
// fullest form is no name for it: "Galaxy phones compete with iPhones" is
// about the line, not the iPhone 15. The line's own name stays; an
// entity seen only as the version keeps the version's name.

// lineVersionForm: form f of lexicon product e extends the line's name,
// and the text also named the line bare.
func (st *state) lineVersionForm(e *entity, f string) bool {
	if e.lex < 0 || e.typ != graph.Product {
		return false
	}
	line := st.lx.entries[e.lex].name
	return len(f) > len(line)+1 && strings.HasPrefix(f, line+" ") && contains2(e.forms, line)
}
