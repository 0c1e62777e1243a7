package extract

// Programmes, studios, franchises and families: an unknown capitalised
// run right before such a lower-case noun names a scheme, a game series,
// a team or a family, not a company or a product ("its Developer Exchange
// program", "the Assassin's Creed, Far Cry and Rainbow Six franchises",
// "Zynga's Peak studio", "the founding Guillemot family"). Gazetteer names
// never reach this test ("the Bethesda studios").

// programNoun: nouns after such a run.
func programNoun(w string) bool {
	switch w {
	case "program", "programme", "programs", "programmes", "initiative", "initiatives",
		"studio", "franchise", "franchises", "scheme", "family", "dynasty":
		return true
	}
	return false
}

// programRun: the capitalised words from i (at most four) end right
// before a programNoun.
func programRun(toks []token, i int) bool {
	j := i
	for j < len(toks) && j < i+4 && toks[j].cap && toks[j].kind == tWord {
		j++
	}
	return j > i && j < len(toks) && !toks[j].cap && programNoun(toks[j].low)
}
