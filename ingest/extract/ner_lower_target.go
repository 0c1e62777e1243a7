package extract

import "github.com/cigraph/cigraph/graph"

// "OpenAI will buy io, the hardware startup founded by Jony Ive": a brand
// written all in lower case is skipped by the name scan (nameFrom), but
// right after an acquisition verb and glossed by ", the ... startup"
// (company, firm) the word is the company bought.

// lowerBeforeRef: the reference starting at i opens such a gloss ("buy
// io, the hardware startup"); the word before its comma is added as a
// company, so that the description resolves to it (the most recent
// organisation). It asks only at the starts of references (resolveRefs).
func (st *state) lowerBeforeRef(s *sentence, i int) {
	toks := s.toks
	if i < 3 || i+2 >= len(toks) || toks[i-1].s != "," || !acquireVerbs[toks[i-3].low] || !lowerGlossed(toks, i-2) {
		return
	}
	st.insertLowerOrg(s, i-2)
}

// lowerGlossed: toks[i] is a lower-case word followed by ", the" and a
// company noun within three words, and the gloss goes on as a description
// ("founded by", "behind", "that"), not as a clause of its own.
func lowerGlossed(toks []token, i int) bool {
	t := &toks[i]
	if t.kind != tWord || t.cap || t.flags&tfUpper != 0 || len(t.s) > 12 || toks[i+1].s != "," {
		return false
	}
	if toks[i+2].low != "the" {
		return false // "a ... company" starts no reference (lowerBeforeRef)
	}
	for x := i + 3; x < len(toks) && x <= i+5; x++ {
		switch toks[x].low {
		case "startup", "start-up", "company", "firm":
			return x+1 < len(toks) && glossEnds[toks[x+1].low] // not "..., the company said"
		}
	}
	return false
}

// insertLowerOrg adds the one-token organisation at i to s.ments, kept in
// token order. It runs while the sentence's mentions are found (s.ments
// ends the arena then, as resolveRefs' own appends assume).
func (st *state) insertLowerOrg(s *sentence, i int) {
	p := 0
	for p < len(s.ments) && s.ments[p].a < i {
		p++
	}
	if p < len(s.ments) && s.ments[p].a == i {
		return
	}
	surface := s.text[s.toks[i].start()-s.sp.start : s.toks[i].end()-s.sp.start]
	ent := st.entityFor(surface, graph.Org, -1)
	st.addForm(ent, surface)
	st.ents[ent].cued = true
	st.ents[ent].mid++
	s.ments = append(s.ments, mention{})
	copy(s.ments[p+1:], s.ments[p:])
	s.ments[p] = mention{a: i, b: i + 1, ent: ent}
}

// glossEnds may follow the company noun of such a gloss.
var glossEnds = set(",", ".", "founded", "co-founded", "started", "created", "run", "led", "backed", "behind",
	"that", "which", "based", "for", "in", "from")
