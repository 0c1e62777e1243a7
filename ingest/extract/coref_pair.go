package extract

import "github.com/cigraph/cigraph/graph"

// "Splunk already works closely with Amazon. The two companies signed an
// agreement in 2021": a sentence opening with "the two companies" right
// after one that names exactly two companies means those two, however
// salient others were in the paragraphs before.

// prevPair returns the two organisations of sentence si-1 when it names
// exactly two and opens with one of them (as its subject).
func (st *state) prevPair(si int) ([]int, bool) {
	if si == 0 || st.subjectList(si-1) == 0 {
		return nil, false
	}
	out := st.antBuf[:0]
	for _, m := range st.sents[si-1].ments {
		e := &st.ents[m.ent]
		if e.typ != graph.Org || e.publisher || contains(out, m.ent) {
			continue
		}
		if len(out) == 2 {
			return nil, false // three or more: salience decides
		}
		out = append(out, m.ent)
	}
	if len(out) != 2 || st.examplePair(si-1, out[1]) {
		return nil, false
	}
	st.antBuf = out[:0] // every caller reads the result at once
	return out, true
}

// examplePair: the second company of sentence k is named as an example
// ("stores, including Safeway and Vons"), not as a party.
func (st *state) examplePair(k, e int) bool {
	s := &st.sents[k]
	for _, m := range s.ments {
		if m.ent != e {
			continue
		}
		for x := m.a - 1; x >= 0 && x >= m.a-5; x-- {
			if w := s.toks[x].low; w == "including" || w == "such" || w == "like" {
				return true
			}
		}
	}
	return false
}
