package extract

// Bank names joined by "of" to a place of two or three words ("Bank of
// New York Mellon", "Commonwealth Bank of South Africa", "National Bank
// of Abu Dhabi"). capRun joins "of" only to a capitalised word that is
// no cue word, and the first word of a multi-word place ("New", "South",
// "Saudi") is one, so the name broke into "Bank" and the rest. A
// one-word place after "of" is joined already ("Royal Bank of Canada");
// this joins the longer ones, after a company head word only, so that
// "John Smith of New York" stays a person and a place.

// ofPlace returns how many tokens from j (the "of") the run takes: "of"
// and the place, or 0.
func (st *state) ofPlace(toks []token, j int) int {
	if j == 0 || toks[j-1].cls&cOrghead == 0 || j+1 >= len(toks) || toks[j+1].cls&cMultiFirst == 0 {
		return 0
	}
	if p := st.placeRun(toks, j+1); p > 0 {
		return 1 + p
	}
	return 0
}
