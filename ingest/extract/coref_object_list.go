package extract

import "github.com/cigraph/cigraph/graph"

// "Tesla buys cells from Panasonic, LG and CATL. Panasonic has made cells
// for the carmaker since 2017": a description in object position means the
// previous sentence's subject when that sentence ended on a list of objects
// after a preposition (the suppliers, not the buyer the story is about),
// and the subject is not the one acting in this sentence.

// subjectOverList returns that subject for the description at token i of
// sentence si.
func (st *state) subjectOverList(si, i int) (int, bool) {
	toks := st.sents[si].toks
	if si == 0 || i == 0 || !objectPrepGate.in(objectPreps, toks[i-1].low) || st.subjectList(si-1) != 1 {
		return 0, false
	}
	prev := &st.sents[si-1]
	subj := prev.ments[0].ent
	if st.namedBefore(si, i, subj) || !st.endsOnObjectList(si-1) {
		return 0, false
	}
	return subj, true
}

// namedBefore: entity e has a mention before token i of sentence si.
func (st *state) namedBefore(si, i, e int) bool {
	for _, m := range st.sents[si].ments {
		if m.a < i && m.ent == e {
			return true
		}
	}
	return false
}

// endsOnObjectList: the last organisation of sentence s belongs to a list
// of two or more names whose first follows an object preposition ("from
// A, B and C").
func (st *state) endsOnObjectList(s int) bool {
	sent := &st.sents[s]
	ms := sent.ments
	j := len(ms) - 1
	for j > 0 && st.ents[ms[j].ent].typ != graph.Org {
		j--
	}
	if j <= 0 {
		return false
	}
	h := j
	for h > 1 && ms[h-1].b <= ms[h].a && onlyJoiners(sent.toks[ms[h-1].b:ms[h].a]) {
		h--
	}
	a := ms[h].a
	return h < j && a > 0 && objectPrepGate.in(objectPreps, sent.toks[a-1].low)
}
