package extract

import (
	"strings"

	"github.com/cigraph/cigraph/graph"
)

// Short forms of an organisation the article named in full, which the
// gazetteer does not list and known() did not match, so each became a
// second company:
//   - the initials around an ampersand ("M&S" for Marks & Spencer, "L&T"
//     for Larsen & Toubro): a short form X&Y names the organisation whose
//     name has an ampersand, its words before it starting with the
//     letters of X and its words after it with those of Y;
//   - a hyphenated last word ("Couche-Tard" for Alimentation Couche-Tard,
//     "Saint-Gobain" for Compagnie de Saint-Gobain). known() reads a last
//     word alone as a person's surname only; a hyphenated word is no
//     common word capitalised by position ("Electric" after General
//     Electric would be), so it may stand for the company.

// shortOrgForm returns the organisation that surface (no gazetteer name,
// not matched by known) shortens, or -1.
func (st *state) shortOrgForm(surface string) int {
	if strings.IndexByte(surface, '&') > 0 {
		return st.ampInitials(surface)
	}
	if k := st.countryShort(surface); k >= 0 { // names_country.go
		return k
	}
	if strings.IndexByte(surface, '-') > 0 && strings.IndexByte(surface, ' ') < 0 {
		return st.hyphenTail(surface)
	}
	return -1
}

// hyphenTail returns the organisation of two or more words whose last
// word is surface, or -1.
func (st *state) hyphenTail(surface string) int {
	for _, k := range st.byLast[surface] {
		if e := &st.ents[k]; e.typ == graph.Org && !e.publisher && strings.HasSuffix(e.name, " "+surface) {
			return k
		}
	}
	return -1
}

// ampInitials returns the organisation that surface abbreviates, or -1.
func (st *state) ampInitials(surface string) int {
	amp := strings.IndexByte(surface, '&')
	if amp <= 0 || len(surface) > 6 || !upperOnly(surface) {
		return -1
	}
	for k := range st.ents {
		e := &st.ents[k]
		if e.typ != graph.Org || !strings.Contains(e.name, " & ") {
			continue
		}
		x := strings.Index(e.name, " & ")
		if initialsOf(e.name[:x]) == surface[:amp] && initialsOf(e.name[x+3:]) == surface[amp+1:] {
			return k
		}
	}
	return -1
}

// initialsOf returns the first letters of the capitalised words of s
// ("Marks" -> "M"); a lower-case word has none ("Bank of America" -> "BA").
func initialsOf(s string) string {
	var buf [8]byte
	b := buf[:0]
	for _, w := range strings.Fields(s) {
		if c := w[0]; c-'A' < 26 && len(b) < len(buf) {
			b = append(b, c)
		}
	}
	return string(b)
}
