package extract

// "Chief Technology Officer", "Chief Information Security Officer": the
// capitalised words between "Chief" and "Officer" are part of a title,
// never a name ("Technology" had become a company that a later "the
// company's" could resolve to).

// titleInner: the capitalised run at i follows "Chief" and ends in
// "Officer" within four words.
func titleInner(toks []token, i int) bool {
	if i == 0 || toks[i-1].low != "chief" {
		return false
	}
	for j := i; j < len(toks) && j < i+4 && toks[j].cap; j++ {
		if toks[j].low == "officer" {
			return true
		}
	}
	return false
}
