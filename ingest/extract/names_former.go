package extract

import "github.com/cigraph/cigraph/graph"

// Former names: "Zenta Health, formerly known as Halden Labs," names one
// company twice. The former name becomes an alias of the entity named just
// before it, not a second entity, and never its canonical name.

// formerOf returns the mention index of the entity that the name at token
// i (of n tokens) is a former name of: the name follows ", formerly",
// "(previously known as", ", which was once called" and the like, and is
// followed by punctuation (so "formerly Zenta chief executive" is not one).
//
// Asked of every name, it is small enough to be inlined: the word before
// the name is tested first, and formerAt reads the rest.
func (st *state) formerOf(s *sentence, i, n int) (int, bool) {
	if i < 3 || !formerBefore(s.toks[i-1].low) {
		return 0, false
	}
	return st.formerAt(s, i, n)
}

// formerAt is formerOf past its first test.
func (st *state) formerAt(s *sentence, i, n int) (int, bool) {
	toks := s.toks
	if len(s.ments) == 0 || i+n < len(toks) && (toks[i+n].kind != tPunct || toks[i+n].low == "'s") {
		return 0, false
	}
	x := i - 1
	switch toks[x].low {
	case "as":
		if toks[x-1].low != "known" {
			return 0, false
		}
		x -= 2
	case "called", "named":
		x--
	}
	if x < 1 || !formerWord(toks[x].low) {
		return 0, false
	}
	x--
	if toks[x].low == "was" && x >= 2 && (toks[x-1].low == "which" || toks[x-1].low == "that") {
		x -= 2
	}
	j := len(s.ments) - 1
	if m := s.ments[j]; (toks[x].low != "," && toks[x].low != "(") || m.b != x || m.ref || st.ents[m.ent].typ == graph.Person {
		return 0, false
	}
	return j, true
}

// formerBefore: w can stand right before a former name.
func formerBefore(w string) bool {
	return formerWord(w) || w == "as" || w == "called" || w == "named"
}

// formerWord: w introduces a former name.
func formerWord(w string) bool {
	return w == "formerly" || w == "previously" || w == "once"
}

// addFormer records the name at [i, i+n) as a former name of the entity of
// mention j; it returns the index after the name.
func (st *state) addFormer(s *sentence, i, n, j int, surface string) int {
	ent := s.ments[j].ent
	st.addForm(ent, surface)
	st.ents[ent].former = surface
	s.ments = append(s.ments, mention{a: i, b: i + n, ent: ent})
	return i + n
}

// renameWords follow "formerly" in a former name ("previously called X"):
// statusAt reads no former status there.
var renameWords = set("known", "called", "named")
