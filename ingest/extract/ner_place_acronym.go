package extract

// A multi-word place with a short acronym in a description: "the Abu Dhabi
// AI investment firm", "a Tel Aviv AI startup". A single-word place never
// starts an unknown run ("the Paris AI startup" names nothing), but the
// run of a two-word place went on into the acronym and, "AI" being a
// company word ("Stability AI"), made "Abu Dhabi AI" a company. Between an
// article and a lower-case noun the run describes, it names nothing (a
// legal suffix still names: "the Abu Dhabi SA unit").
func (st *state) placeAcronymRun(toks []token, i, n int) bool {
	if n < 3 || toks[i].cls&cMultiFirst == 0 || i == 0 || i+n >= len(toks) {
		return false
	}
	if a := toks[i-1].low; a != "the" && a != "a" && a != "an" || toks[i+n].kind != tWord || toks[i+n].cap {
		return false
	}
	last := &toks[i+n-1]
	return len(last.s) <= 3 && upperOnly(last.s) && last.cls&cSuffix == 0 && st.placeRun(toks, i) == n-1
}
