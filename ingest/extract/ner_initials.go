package extract

// People named with initials: "Warren E. Buffett", "K. Krithivasan",
// "Robert F. Kennedy Jr.". The period after an initial ended the
// capitalised run ("Warren E"), and the name counted more tokens than
// the person tests allow. A period continues the run after a one-letter
// capital followed by a capitalised word, when the run opens with that
// initial (after a title, see titledStart) or with a known first name,
// and after "Jr" or "Sr", which end a name.

// initialDot: the "." at j continues the run that started at i.
func initialDot(toks []token, i, j int) bool {
	p := &toks[j-1]
	if p.s == "Jr" || p.s == "Sr" {
		return j-1 > i
	}
	if len(p.s) != 1 || !p.cap || j+1 >= len(toks) {
		return false
	}
	n := &toks[j+1]
	return n.kind == tWord && n.cap && n.cls&(cNonname|cOrghead|cSuffix) == 0 && (j-1 == i && titledStart(toks, i) || toks[i].cls&cFirstname != 0)
}

// titledStart: a name may open with an initial at the start of the
// sentence, after a comma or after a title ("chief executive K. Jones");
// elsewhere a lone capital is a grade or a funding round ("a Series B.
// Sequoia led", where the sentence did not end).
func titledStart(toks []token, i int) bool {
	return i == 0 || toks[i-1].s == "," || toks[i-1].cls&wPersonTitle != 0 && !toks[i-1].cap
}

// initialedName: the run holds an initial or "Jr." and one to three
// capitalised words, none a company word: a person.
func initialedName(run []token) bool {
	words, dots := 0, 0
	for k := range run {
		t := &run[k]
		switch {
		case t.s == ".":
			dots++
		case t.kind != tWord || !t.cap || t.cls&(cOrghead|cSuffix) != 0:
			return false
		case len(t.s) > 1 && t.s != "Jr" && t.s != "Sr":
			words++
		}
	}
	return dots > 0 && words >= 1 && words <= 3
}
