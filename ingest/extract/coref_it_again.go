package extract

// "In October it agreed to acquire Mirati, and on Tuesday it agreed to
// buy RayzeBio": a subject "it" opening a coordinated clause continues the
// subject "it" of the first clause. centre cannot see the first "it" (the
// sentence's references are added once all are read), so it would take
// the first company named, the object of the first clause.

// subjectItAgain returns the entity of an earlier subject "it" of the
// sentence (refs found so far) when "it" at i opens a clause after ",
// and" and at most three adverbial words; else ents.
func subjectItAgain(refs []mention, toks []token, i int, ents []int) []int {
	if len(refs) == 0 || toks[i].low != "it" || !afterCommaAnd(toks, i) {
		return ents
	}
	for _, r := range refs {
		if r.b == r.a+1 && toks[r.a].low == "it" && !r.poss && r.b < len(toks) && toks[r.b].cls&wFinite != 0 {
			return []int{r.ent}
		}
	}
	return ents
}

// afterCommaAnd: ", and" comes at most three adverbial tokens before i
// ("and on Tuesday it", "and later it").
func afterCommaAnd(toks []token, i int) bool {
	for x := i - 1; x >= 2 && x >= i-4; x-- {
		t := &toks[x]
		if t.low == "and" {
			return toks[x-1].s == ","
		}
		if t.kind != tWord || t.cls&(wTime|wWeekday|wMonth) == 0 && !adverbialWord(t.low) {
			return false
		}
	}
	return false
}

// adverbialWord: words of a short adverbial between "and" and a subject.
func adverbialWord(w string) bool {
	switch w {
	case "on", "in", "later", "then", "also", "separately", "subsequently", "earlier", "since":
		return true
	}
	return false
}
