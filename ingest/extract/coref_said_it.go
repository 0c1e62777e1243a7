package extract

// "The company has lost ground to Nvidia in AI chips, and said in January
// that it expects revenue of $12 billion": a speech verb that continues
// the sentence's first clause after "and" has that clause's subject, and
// its "that it" is the speaker, not the company named last (Nvidia).

// saidThatIt returns the subject's entity for "it" at i after "and said
// … that", when the sentence opens with that subject (a reference found
// so far, or a company named at its start); else ents.
func (st *state) saidThatIt(si, i int, refs []mention, ents []int) []int {
	toks := st.sents[si].toks
	if toks[i].low != "it" || i < 4 || toks[i-1].low != "that" {
		return ents
	}
	v := -1
	for x := i - 2; x >= 1 && x >= i-6; x-- {
		if speechVerb(toks[x].low) {
			v = x
			break
		}
	}
	if v < 0 || toks[v-1].low != "and" || st.mentionBetween(si, v, i) {
		return ents // "and Y said that it": Y speaks
	}
	if subj := st.openingSubject(si, refs); subj >= 0 {
		return []int{subj}
	}
	return ents
}

// mentionBetween: a name of sentence si lies in tokens (a, b).
func (st *state) mentionBetween(si, a, b int) bool {
	for _, m := range st.sents[si].ments {
		if m.a > a && m.a < b {
			return true
		}
	}
	return false
}

// openingSubject: the company that opens sentence si, as a reference
// found so far or a name at token 0, not a possessive; else -1.
func (st *state) openingSubject(si int, refs []mention) int {
	if len(refs) > 0 && refs[0].a == 0 && !refs[0].poss {
		return refs[0].ent
	}
	for _, m := range st.sents[si].ments {
		if m.a == 0 && !m.poss && st.ents[m.ent].typ == org {
			return m.ent
		}
		break
	}
	return -1
}
