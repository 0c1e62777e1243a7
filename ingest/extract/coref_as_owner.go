package extract

// A possessive description after "replaced Y as the": "Ericsson won the
// deal, replacing Nokia as the carrier's main supplier" — the description
// names the one Y served, so it is neither Y nor the subject that replaced
// Y (the latest names, which recency alone would pick).

// displaceVerbs put a new party in the place of the one they name.
var displaceVerbs = set("replaced", "replacing", "replaces", "replace", "displaced", "displacing", "displaces",
	"supplanted", "supplanting", "supplants", "ousted", "ousting", "ousts", "unseated", "unseating")

// asOwnerNot: the description at token i of sentence si follows
// "VERB Y as" (a displace verb, Y a name) and is possessive within four
// words; it returns the latest organisation before i that is neither Y
// nor a subject of the sentence.
func (st *state) asOwnerNot(si, i int) (int, bool) {
	s := &st.sents[si]
	toks := s.toks
	if i < 3 || toks[i-1].low != "as" {
		return 0, false
	}
	y := -1
	for j := len(s.ments) - 1; j >= 0; j-- {
		if m := s.ments[j]; m.b == i-1 {
			y = j
			break
		}
	}
	if y < 0 || s.ments[y].a == 0 || !displaceVerbs[toks[s.ments[y].a-1].low] {
		return 0, false
	}
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if toks[k].low == "'s" || toks[k].low == "'" {
			var skip [4]int
			skip[0] = s.ments[y].ent
			n := min(st.subjectList(si), 3)
			for x, m := range s.ments[:n] {
				skip[x+1] = m.ent
			}
			return st.antecedentNot(si, i, skip[:n+1])
		}
		if toks[k].kind == tPunct {
			break
		}
	}
	return 0, false
}
