package extract

// "The startup raised $675 million from A, B and C, and it is working
// with D": a description that opens the sentence is its subject, and "it"
// (or "its": ", and its chip unit sells to D") opening the second clause
// continues that subject. centre cannot see the
// description (the sentence's references are added once all are read), so
// it would take the first company named, an investor.

// openingRefIt returns the entity of a description that opens the
// sentence (refs found so far) when "it" or "its" at i follows ", and";
// else ents.
func openingRefIt(refs []mention, toks []token, i int, ents []int) []int {
	if len(refs) == 0 || refs[0].a > 1 || refs[0].poss || i < 3 || toks[i].low != "it" && toks[i].low != "its" {
		return ents
	}
	if toks[i-1].low != "and" || toks[i-2].low != "," {
		return ents
	}
	return []int{refs[0].ent}
}
