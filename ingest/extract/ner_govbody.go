package extract

import "github.com/cigraph/cigraph/graph"

// Government bodies named in lower case: "the German defense ministry",
// "Japan's trade ministry". ONTOLOGY counts a government body as an ORG,
// and gold names "U.S. Department of Defense" as one; the lower-case form
// names one body just as well (a nationality or country fixes which), so
// it is an ORG too, named by its words without "the". It is output like
// any uncued candidate: when a fact uses it or it recurs. A bare "the
// ministry" or "the government" names no one body and stays out, as does
// "the U.S. government" (dev gold leaves such governments out).

// govBodyClasses gives the heads of government bodies, the anonymous
// customer labels and "fiscal" their class bits, so a sentence whose
// summary lacks them skips the rules that start from them.
func govBodyClasses(cls map[string]uint64) {
	for _, w := range []string{"ministry", "Ministry", "department", "Department"} {
		cls[w] |= cGovHead
	}
	for _, w := range []string{"Customer", "Customers", "fiscal", "Fiscal"} {
		cls[w] |= cLowerCue
	}
}

// demonyms fix the country of a body named by an adjective.
var demonyms = set("American", "African", "Arab", "Asian", "Australian", "Austrian", "Belgian", "Brazilian", "British", "Canadian", "Chinese", "Danish", "Dutch",
	"Emirati", "European", "Finnish", "French", "German", "Indian", "Indonesian", "Irish", "Israeli", "Italian", "Japanese",
	"Korean", "Malaysian", "Mexican", "Norwegian", "Polish", "Russian", "Saudi", "Singaporean", "Spanish",
	"Swedish", "Swiss", "Taiwanese", "Thai", "Turkish", "Ukrainian", "Vietnamese", "U.S.", "US", "UK", "U.K.")

// govBodyLen returns the length of a government body's name starting at
// token i, or 0: a demonym (or "Country's") and one to three lower-case
// words ending in a head ("German defense ministry"), or capitalised ones
// (the demonym then belongs to the name too). Only a capitalised
// cue word (nonname or place) can start one, and the head is looked for
// before any map.
func govBodyLen(toks []token, i int) int {
	if toks[i].cls&(cNonname|cPlace) == 0 {
		return 0
	}
	x := i + 1
	if x < len(toks) && toks[x].low == "'s" {
		x++
	}
	for j := x; j < len(toks) && j <= x+3; j++ {
		t := &toks[j]
		if t.kind != tWord || t.cap != toks[x].cap {
			return 0 // all in lower case, or all capitalised ("German Defense Ministry")
		}
		if t.cls&cGovHead != 0 && j > x {
			return govBodyAt(toks, i, x, j)
		}
	}
	return 0
}

// govBodyAt checks the start of the body whose head is at h: a demonym,
// or a place with "'s" (x is the first word after the start).
func govBodyAt(toks []token, i, x, h int) int {
	if x == i+1 && !demonyms[toks[i].s] || x == i+2 && toks[i].cls&cPlace == 0 {
		return 0
	}
	if h+2 < len(toks) && toks[h+1].low == "of" && toks[h+2].cap {
		return 0 // "ministry of Economy ...": a name capRun reads
	}
	return h + 1 - i
}

// addGovBody adds the mention of the body of n tokens at i and returns the
// token after it.
func (st *state) addGovBody(s *sentence, i, n int) int {
	toks := s.toks
	surface := s.text[toks[i].start()-s.sp.start : toks[i+n-1].end()-s.sp.start]
	ent := st.entityFor(surface, graph.Org, -1)
	st.addForm(ent, surface)
	if i > 0 && toks[i-1].kind != tPunct {
		st.ents[ent].mid++
	}
	poss := i+n < len(toks) && toks[i+n].low == "'s"
	s.ments = append(s.ments, mention{a: i, b: i + n, ent: ent, poss: poss})
	return i + n
}

// anonCustomerLen: "Customer A", "Customer B" label a customer a filing
// will not name; the label is no entity (ONTOLOGY: anonymous customers
// are not facts). It returns the tokens to skip, or 0.
func anonCustomerLen(toks []token, i int) int {
	if toks[i].s != "Customer" && toks[i].s != "Customers" || i+1 >= len(toks) {
		return 0
	}
	n := &toks[i+1]
	if n.kind == tWord && len(n.s) == 1 && n.s[0]-'A' < 26 {
		return 2
	}
	return 0
}

// mayLowerName: a lower-case name rule can start at t, in a sentence of
// class bits cls. It is asked at most capitalised words, so it is small
// enough to inline: no hyphen in t, and neither a government head nor a
// "Customer" label in the sentence, rule all of them out.
func mayLowerName(t *token, cls uint64) bool {
	return t.flags&tfHyphen != 0 || cls&(cGovHead|cLowerCue) != 0
}

// lowerCaseName runs the lower-case name rules at token i of s: it returns
// the token to go on from and true when one of them read the tokens.
func (st *state) lowerCaseName(s *sentence, i int) (int, bool) {
	toks := s.toks
	if n := anonCustomerLen(toks, i) + lowerHyphenLen(&toks[i]); n > 0 {
		return i + n, true
	}
	if s.sum.cls&cGovHead == 0 {
		return i, false
	}
	if n := govBodyLen(toks, i); n > 0 {
		return st.addGovBody(s, i, n), true
	}
	return i, false
}

// lowerHyphenLen: "cable-TV", "non-GAAP" start in lower case: a prefix and
// a capitalised word joined by a hyphen are no name (the capital after the
// hyphen marks the word as one a name may be).
func lowerHyphenLen(t *token) int {
	if t.flags&tfHyphen == 0 || t.kind != tWord || t.s[0]-'a' >= 26 {
		return 0
	}
	h := hyphenAt(t)
	if h < 3 {
		return 0
	}
	for i := 0; i < h; i++ {
		if t.s[i]-'a' >= 26 {
			return 0
		}
	}
	return 1
}

// theTitledAppositive: "Seamus Grady, the chief executive, said" -> the
// run is a person: a title with "the" or "its" set off by commas after a
// two- or three-word run (titledAppositive wants "Acme's chief executive").
// The closing comma keeps out "Acme Corp, the chief rival of ...".
func theTitledAppositive(toks []token, i, n int) bool {
	x := i + n + 1
	if n < 2 || n > 3 || x+2 >= len(toks) || toks[i+n].s != "," {
		return false
	}
	if w := toks[x].low; w != "the" && w != "its" && w != "their" {
		return false
	}
	for _, t := range toks[i : i+n] {
		if t.kind != tWord || t.cls&(cOrghead|cSuffix|cNonname|cPlace) != 0 {
			return false
		}
	}
	e := x + 1
	former := e < len(toks) && pastTitleWord(toks[e].low) // rel_stake_events.go
	if former {
		e, x = e+1, x+1 // "P, the former chairman of Y,": a past post names a person too
	}
	for e < len(toks) && (personTitles[toks[e].low] || toks[e].low == "and" && e > x+1) {
		e++
	}
	return e > x+1 && e < len(toks) && (toks[e].s == "," || former && toks[e].low == "of") && toks[e-1].low != "and" || titledOf(toks, x+1) // rel_leads_domain.go
}
