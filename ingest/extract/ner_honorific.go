package extract

// British honours open a person's name in the press ("Sir Terry Leahy",
// "Dame Emma Walmsley"): the honorific is no part of the name, and like
// "Mr" it marks the name after it as a person's (personTitles).

// honorific: t is "Sir" or "Dame" before another capitalised word.
func honorific(toks []token, i int) bool {
	t := &toks[i]
	return (t.s == "Sir" || t.s == "Dame") && i+1 < len(toks) && toks[i+1].cap && toks[i+1].kind == tWord
}
