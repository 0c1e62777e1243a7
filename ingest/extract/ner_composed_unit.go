package extract

import "github.com/cigraph/cigraph/graph"

// A company's unit named by the company and a unit word: "Samsung
// Foundry", "Huawei Cloud", "Samsung Semiconductor". findMentions reads
// the whole run as one organisation (the word is an orghead); the unit
// is owned by the company its name starts with, as "Google Cloud" is
// Google's in the lexicon, so it gets that owner and a SUBSIDIARY_OF
// fact. A lexicon name ("Hua Hong Semiconductor") never reaches here.

// composedUnitWords end a composed unit's name.
var composedUnitWords = set("foundry", "cloud", "semiconductor")

// composedUnit gives the organisation just added at tokens [a, b) the
// lexicon organisation head (the entry of its first b-a-1 words) as
// owner when its last word is a unit word ("Samsung Foundry").
func (st *state) composedUnit(s *sentence, a, b, head int) {
	if len(s.ments) == 0 || head < 0 || b-a < 2 || !composedUnitGate.in(composedUnitWords, s.toks[b-1].low) && !st.stateUnitTail(s.toks[b-1:b], head) {
		return
	}
	m := s.ments[len(s.ments)-1]
	x := &st.lx.entries[head]
	if m.a != a || m.b != b || x.typ != graph.Org || x.kind != "company" {
		return
	}
	if e := &st.ents[m.ent]; e.typ == graph.Org && e.lex < 0 && e.owner == "" {
		e.owner = x.name
	}
}

// composedParent adds SUBSIDIARY_OF for the mention m of sentence si of
// such a unit; the owner becomes an entity of the article, as a maker
// named inside its product's name does (embeddedMaker).
func (st *state) composedParent(si int, m mention) {
	e := &st.ents[m.ent]
	lex, ok := st.lx.byName[normName(e.owner)]
	if !ok || st.lx.entries[lex].typ != graph.Org {
		return
	}
	x := &st.lx.entries[lex]
	k := st.entityFor(x.name, graph.Org, lex)
	if k == m.ent {
		return
	}
	p := &st.ents[k]
	p.cued, p.owner, p.role = true, x.owner, x.role
	p.mentions = max(p.mentions, 1)
	st.addFact(fact{typ: graph.SubsidiaryOf, subj: m.ent, obj: k, confidence: 0.7, sent: si, status: graph.StatusCurrent})
}

// stateUnitTail: the tail after a lexicon utility is a place, so the run
// names the utility's operating company for that state ("Entergy
// Louisiana", "Duke Energy Florida"): a unit of the utility, not the
// utility and a place.
func (st *state) stateUnitTail(tail []token, head int) bool {
	return len(tail) == 1 && tail[0].cls&cPlace != 0 && st.lx.cue("powerseller", lowerASCII(st.lx.entries[head].name))
}
