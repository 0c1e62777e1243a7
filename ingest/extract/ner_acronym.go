package extract

import (
	"strings"

	"github.com/cigraph/cigraph/graph"
)

// "Health Care Service Corp (HCSC)": initials in brackets right after an
// organisation's name are a form of it, so a later "HCSC" is the same
// company, not a new one. The test is cheap: most names are followed by
// no bracket.

// acronymAlias records the bracketed initials at token j as a form of ent.
func (st *state) acronymAlias(s *sentence, j, ent int, surface string) {
	toks := s.toks
	if j+2 >= len(toks) || toks[j].s != "(" || toks[j+2].s != ")" || st.ents[ent].typ != graph.Org {
		return
	}
	a := toks[j+1].s
	if len(a) < 2 || len(a) > 8 || !upperOnly(a) || !st.initialsOf(surface, a) {
		return
	}
	st.addForm(ent, a)
}

// initialsOf: a is the initials of the words of name, with or without its
// legal suffix ("HCSC", "HCS" for "Health Care Service Corp").
func (st *state) initialsOf(name, a string) bool {
	var b [8]byte
	n, suffix := 0, false
	for _, w := range strings.Fields(name) {
		if n == len(b) || w[0] < 'A' || w[0] > 'Z' {
			return false
		}
		b[n] = w[0]
		n++
		suffix = st.lx.isSuffix(w)
	}
	return string(b[:n]) == a || suffix && string(b[:n-1]) == a
}
