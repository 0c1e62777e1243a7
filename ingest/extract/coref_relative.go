package extract

import "github.com/cigraph/cigraph/graph"

// "its" after a closed relative clause, or inside an open one, belongs to
// the clause's head: in "The chipmaker, which is the main supplier to
// Nvidia, said it would sample its new product" Nvidia sits inside the
// clause, and in "Apple, which designs its own chips" the head is Apple.
// The resolvers above read the nearest or first organisation.

// relativeHead returns ents, or the head of the relative clause around or
// closed before token i when ents is not the head. refs are the
// references of this sentence resolved so far.
func (st *state) relativeHead(si, i int, refs []mention, ents []int) []int {
	s := &st.sents[si]
	if len(ents) != 1 || s.toks[i].low != "its" && s.toks[i].low != "it" {
		return ents
	}
	open, shut := -1, -1
	if s.sum.cls&wRelOpen != 0 { // relativeSpan needs a "which" or "who" (class wRelOpen): without one it finds none
		open, shut = relativeSpan(s.toks, i)
	}
	if open < 0 {
		return st.openingRef(s, i, refs, ents)
	}
	if shut < 0 {
		shut = i // "Apple, which designs its own chips": its is the head's
	} else if !inSpan(s.ments, ents[0], open, shut) && !inSpan(refs, ents[0], open, shut) {
		return ents
	}
	for _, ms := range [2][]mention{s.ments, refs} {
		for _, m := range ms {
			if m.b == open && st.ents[m.ent].typ == graph.Org {
				return st.one(m.ent)
			}
		}
	}
	return ents
}

// relativeSpan finds ", which ... ," before i: the opening and closing
// comma (-1 while the clause is still open at i), or -1, -1.
func relativeSpan(toks []token, i int) (int, int) {
	shut := -1
	for j := i - 1; j > 0 && j >= i-30; j-- {
		if l := toks[j].low; len(l) == 0 || l[0] != ',' && l[0] != 'w' {
			continue // the cheap test first: asked at every "its"
		}
		switch toks[j].low {
		case ",":
			if shut < 0 {
				shut = j
			}
		case "which", "who":
			if toks[j-1].low == "," {
				return j - 1, shut // shut < 0: the clause is still open at i
			}
			return -1, -1
		}
	}
	return -1, -1
}

// inSpan: entity e has a mention between tokens a and b.
func inSpan(ms []mention, e, a, b int) bool {
	for _, m := range ms {
		if m.ent == e && m.a > a && m.b <= b {
			return true
		}
	}
	return false
}

// openingRef: "The chipmaker said it would sample its product" — a
// description that opens the sentence is the subject "its" continues, when
// the resolvers reached back to an earlier sentence (no organisation is
// named in this one before i).
func (st *state) openingRef(s *sentence, i int, refs []mention, ents []int) []int {
	if len(refs) == 0 || refs[0].a != 0 || refs[0].ent == ents[0] || st.ents[refs[0].ent].typ != graph.Org {
		return ents
	}
	for _, m := range s.ments {
		if m.a < i && st.ents[m.ent].typ == graph.Org {
			return ents // a name of this sentence: the resolvers chose among them
		}
	}
	return st.one(refs[0].ent)
}
