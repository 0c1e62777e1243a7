package extract

// Given names that are also month abbreviations ("Jan Jenisch", "Jun
// Yang"). The nonname cue that keeps "Jan 5" and "in Jun" out of names
// made findMentions skip the first name, and the surname alone was then
// dropped or read as a company. A word that is both a nonname cue and a
// first name (three letters or more: "He" is a pronoun) opens a person's
// name when a plain capitalised word follows it.

// firstNameCue returns the index after the name opening at i, or ok
// false.
func (st *state) firstNameCue(s *sentence, i int) (int, bool) {
	toks := s.toks
	if toks[i].cls&cFirstname == 0 || len(toks[i].s) < 3 || i+1 >= len(toks) {
		return 0, false
	}
	const not = cNonname | cPlace | cOrghead | cSuffix | cGazFirst | cTicker
	n := 1
	for i+n < len(toks) && n <= 2 && toks[i+n].kind == tWord && toks[i+n].cap && toks[i+n].cls&not == 0 {
		n++
	}
	if n == 1 {
		return 0, false
	}
	before := len(s.ments)
	k := st.addMention(s, i, n, -1)
	return k, len(s.ments) > before
}
