package extract

import (
	"strings"

	"github.com/cigraph/cigraph/graph"
)

// A description opening a sentence ("The company reported ...", "The
// startup competes with ...") continues the subject of the sentence
// before, not its last-named company: "Lumo competes with Symbotic. The
// company employs 2,300 people" is about Lumo.

// subjectChain returns the organisation that opens sentence si-1 when the
// description at token i opens sentence si.
func (st *state) subjectChain(si, i int) (int, bool) {
	if i > 0 && !st.openingDesc(si, i) && !st.copulaDesc(si, i) { // coref_subject2.go, coref_lead.go
		if w := st.sents[si].toks[i-1].low; !speechVerb(w) && w != "that" {
			return 0, false // an object ("ordered servers from the chipmaker") is another company
		}
		return st.ownSubject(si, i)
	}
	if si == 0 {
		return 0, false
	}
	lead, ok := st.leadMention(si - 1) // coref_lead.go
	if !ok {
		return 0, false // "Shares of X rose": no subject to continue
	}
	e := &st.ents[lead.ent]
	if e.typ != graph.Org || e.publisher {
		return 0, false
	}
	return lead.ent, true
}

// ownSubject: "Its chief executive said the company expects ..." — a
// description opening a reported clause, after the sentence's opening
// organisation and no other organisation, is that organisation.
func (st *state) ownSubject(si, i int) (int, bool) {
	s := &st.sents[si]
	if s.toks[0].low == "its" {
		return st.centre(si, 0) // "Its chief executive said the company ..."
	}
	ms := s.ments
	if len(ms) > 0 && ms[0].a == 0 && ms[0].b+1 < i && s.toks[ms[0].b+1].low == "its" {
		return st.roleIts(si, ms[0].b+1) // "Hannah Moreau, its chief executive, said the company ..."
	}
	if len(ms) == 0 || ms[0].a > 0 || st.ents[ms[0].ent].typ != graph.Org {
		return 0, false
	}
	for _, m := range ms[1:] {
		if m.a >= i {
			break
		}
		if m.ent != ms[0].ent && st.ents[m.ent].typ != graph.Person {
			return 0, false
		}
	}
	return ms[0].ent, true
}

// roleIts: "Hannah Moreau, its chief executive, said ..." opening a
// sentence names no company of its own; "its" continues the subject of
// the sentence before, not its last-named company.
func (st *state) roleIts(si, i int) (int, bool) {
	s := &st.sents[si]
	if i < 2 || s.toks[i-1].low != "," || len(s.ments) == 0 {
		return 0, false
	}
	for _, m := range s.ments {
		if m.a >= i {
			break
		}
		if st.ents[m.ent].typ != graph.Person {
			return 0, false
		}
	}
	if m := s.ments[0]; m.a != 0 || m.b != i-1 {
		return 0, false // the person opens the sentence and ends at the comma
	}
	return st.subjectChain(si, 0)
}

// namedModifier: "the tower company", "the sensor unit" — a modifier
// right before the description's head that is a word of one recently
// named company's name ("Telvora Towers") picks that company over the
// latest one.
func (st *state) namedModifier(si, i int) (int, bool) {
	toks := st.sents[si].toks
	k := i + 1
	if k+1 >= len(toks) || toks[k+1].cls&wDescHead == 0 {
		return 0, false
	}
	if t := &toks[k]; t.kind != tWord || t.cap || len(t.low) < 4 {
		return 0, false
	}
	return st.recentWithWord(si, i, toks[k].low)
}

// recentWithWord returns the one organisation named in sentence si
// (before token i) or the three before whose name has a word starting
// with w ("tower" in "Telvora Towers"); none or several: false.
func (st *state) recentWithWord(si, i int, w string) (int, bool) {
	found := -1
	for k := si; k >= 0 && k >= si-3; k-- {
		for _, m := range st.sents[k].ments {
			if k == si && m.a >= i || m.ent == found || m.ref {
				continue
			}
			if ent := &st.ents[m.ent]; ent.typ != graph.Org || !nameHasWord(ent.name, w) {
				continue
			}
			if found >= 0 {
				return 0, false
			}
			found = m.ent
		}
	}
	return found, found >= 0
}

// nameHasWord: a word of name after the first starts with w, case aside.
func nameHasWord(name, w string) bool {
	for x := 1; x+len(w) <= len(name); x++ {
		if name[x-1] == ' ' && name[x]|0x20 == w[0] && strings.EqualFold(name[x:x+len(w)], w) {
			return true
		}
	}
	return false
}
