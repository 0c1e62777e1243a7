package extract

import "github.com/cigraph/cigraph/graph"

// Company names that open with a nationality adjective ("American Axle",
// "British American Tobacco", "Canadian Solar"). The adjective is a
// nonname cue, so findMentions skipped it and kept only the rest, or
// dropped a one-word rest as a common word. Here the adjective (two at
// most) joins the capitalised run after it when that run would be read
// as an unknown company on its own: no gazetteer name ("Chinese Alibaba"
// stays Alibaba), no title, first name or government head ("French
// President Macron", "German Economy Ministry" are read elsewhere).

// rejected returns the token after i, a word findMentions rejected as a
// name start, or the token after the company name that opens with it.
// Only a nonname word of four bytes or more ("The", "In" are none)
// before a capital may open one.
func (st *state) rejected(s *sentence, i int) int {
	if t := &s.toks[i]; t.cls&cNonname != 0 && len(t.s) > 3 && i+1 < len(s.toks) && s.toks[i+1].cap {
		if j, ok := st.demonymName(s, i); ok {
			return j
		}
	}
	if len(s.toks[i].s) == 2 && s.toks[i].flags&tfUpper != 0 {
		if j, ok := st.countryInitialsName(s, i); ok { // names_country.go
			return j
		}
	}
	if i+1 < len(s.toks) && s.toks[i+1].s == "&" {
		if j, ok := st.ampNonname(s, i); ok { // ner_ampersand.go
			return j
		}
	}
	if i > 0 && s.toks[i-1].s == "(" && st.tickerAlias(s, i) { // names_ticker.go
		return i + 1
	}
	if s.toks[i].cls&cFirstname != 0 { // ner_monthname.go
		if j, ok := st.firstNameCue(s, i); ok {
			return j
		}
	}
	return i + 1
}

// demonymName adds the mention of a name opening with the demonym at
// token i and returns the index after it; ok is false when there is
// none.
func (st *state) demonymName(s *sentence, i int) (int, bool) {
	toks := s.toks
	if !demonyms[toks[i].s] {
		return 0, false
	}
	if toks[i].cls&cGazFirst != 0 {
		if n, _ := st.gazetteer(s, i); n > 0 {
			return 0, false // "American Express"
		}
	}
	j := i + 1
	if j+1 < len(toks) && demonyms[toks[j].s] && toks[j+1].cap {
		j++ // "British American Tobacco"
	}
	n := st.capRun(toks, j)
	if n == 0 || !demonymRest(toks[j:j+n]) || !st.unknownOrg(s, j, n) {
		return 0, false
	}
	before := len(s.ments)
	k := st.addMention(s, i, j+n-i, -1)
	return k, len(s.ments) > before
}

// demonymRest: every word of the run after the adjective may belong to a
// company name: capitalised, not a cue of another kind of name.
func demonymRest(run []token) bool {
	const not = cNonname | cTicker | cPlace | cFirstname | cGovHead | wTitle | wPersonTitle
	for k := range run {
		if run[k].cls&not != 0 && !(k > 0 && run[k].cls&(cSuffix|cOrghead) != 0) {
			return false
		}
	}
	return true
}

// unknownOrg: the run [j, j+n) is no gazetteer name and reads as a
// company: it ends with a company head word ("Airlines") or typeOf says so.
func (st *state) unknownOrg(s *sentence, j, n int) bool {
	if s.toks[j].cls&cGazFirst != 0 {
		if g, _ := st.gazetteer(s, j); g > 0 {
			return false // "Chinese Alibaba": the known name alone
		}
	}
	if s.toks[j+n-1].cls&(cSuffix|cOrghead) != 0 {
		return true
	}
	typ, _ := st.typeOf(s, j, n)
	return typ == graph.Org
}
