package extract

import "github.com/cigraph/cigraph/graph"

// unitTopic: a lead that opens on "X's EV arm" or "X's cloud unit" is about
// X's unit, so the article's topic is X (or the unit itself when the
// article names it as X's subsidiary: "Amazon's cloud unit" is AWS), not
// the next organisation of the headline ("X's EV arm signs deal with Y" is
// not about Y). It returns -1 when m does not open such a phrase, -2 when
// it does but neither owner nor unit is named again (no topic).
func (st *state) unitTopic(s *sentence, m mention) int {
	if !possUnit(s, m) {
		return -1
	}
	for i := range st.facts {
		f := &st.facts[i]
		if f.typ == graph.SubsidiaryOf && f.obj == m.ent && st.ents[f.subj].mentions >= 2 {
			return f.subj
		}
	}
	if st.ents[m.ent].mentions < 2 {
		return -2
	}
	return m.ent
}

// possUnit: the possessive mention m heads a unit noun within three words
// ("X's electric-vehicle unit", "X's cloud computing arm").
func possUnit(s *sentence, m mention) bool {
	if !m.poss || m.ref || m.b+1 >= len(s.toks) {
		return false
	}
	for x := m.b + 1; x < len(s.toks) && x <= m.b+4; x++ {
		t := &s.toks[x]
		if unitHeads[t.low] {
			return true
		}
		if t.kind != tWord || t.cap && !acronymWord(t.s) {
			return false // "X's EV arm" passes, "X's Redmi brand" does not
		}
	}
	return false
}

// acronymWord: a short all-capital word ("EV", "AI", "HBM").
func acronymWord(w string) bool {
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// topicNot is t unless it is not (or none).
func topicNot(t, not int) int {
	if t < 0 || t == not {
		return -1
	}
	return t
}
