package extract

// theOverlap: a lexicon phrase that opens with "The" at token i and is n
// tokens long ("The National", a newspaper) ends inside a longer phrase that
// starts right after "The": "The National Basketball Association finalized
// ..." names the league, so the longer name wins.
func (st *state) theOverlap(s *sentence, i, n int) bool {
	if n < 2 || s.toks[i].low != "the" {
		return false
	}
	m, _ := st.gazetteer(s, i+1)
	return i+1+m > i+n
}
