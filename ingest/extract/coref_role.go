package extract

// Role descriptions: "the chipmaker", "the supplier", "the startup" refer
// to the company the article gave that role, not just to the latest one:
// "chipmaker Nvidia ... Microsoft ... the chipmaker" is Nvidia. A role is
// given by the word right before a name ("Taiwanese chipmaker TSMC") or
// by an apposition after it ("CoreWeave, a cloud provider,"). Only a
// role given to exactly one company in the last four sentences decides;
// words every company shares ("the company", "the group") say nothing.

// vagueHeads are description heads that give no role.
var vagueHeads = set("company", "firm", "group", "business", "unit", "corporation", "giant", "behemoth",
	"conglomerate", "buyer", "acquirer")

// roleHolder returns the only company given the role head before token i
// of sentence si.
func (st *state) roleHolder(si, i int, head string) (int, bool) {
	if vagueGate.in(vagueHeads, head) {
		return 0, false
	}
	found := -1
	for k := si; k >= 0 && k >= si-3; k-- {
		s := &st.sents[k]
		if s.sum.cls&wDescAny == 0 {
			continue // no description word: no role given here
		}
		for _, m := range s.ments {
			if k == si && m.a >= i || !st.givesRole(s, m, head) {
				continue
			}
			if found >= 0 && found != m.ent {
				return 0, false // two chipmakers: the role does not decide
			}
			found = m.ent
		}
	}
	return found, found >= 0
}

// givesRole: the mention m of s is given the role head, before it or in
// an apposition ("X, the [adjectives] head").
func (st *state) givesRole(s *sentence, m mention, head string) bool {
	toks := s.toks
	if m.a > 0 && toks[m.a-1].low == head {
		return true
	}
	if m.b+1 >= len(toks) || toks[m.b].s != "," {
		return false
	}
	if w := toks[m.b+1].low; w != "a" && w != "an" && w != "the" {
		return false
	}
	for x := m.b + 2; x < len(toks) && x <= m.b+5; x++ {
		if toks[x].low == head {
			return x+1 >= len(toks) || !speechVerbs[toks[x+1].low] // "X, the hedge fund said": a speaker after the comma, no apposition
		}
		if toks[x].kind == tPunct {
			return false
		}
	}
	return false
}
