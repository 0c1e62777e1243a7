package extract

import "strings"

// lexThe drops the article of a plain form whose rest is the entity's
// lexicon name: "The Walt Disney Company" reads "The Walt Disney" once its
// suffix is gone, and the lexicon calls the company "Walt Disney". A name
// whose lexicon form keeps the article ("The Trade Desk") stays as it is.
func (st *state) lexThe(e *entity, p string) string {
	if e.lex < 0 || !strings.HasPrefix(p, "The ") {
		return p
	}
	if st.lx.entries[e.lex].name == p[4:] {
		return p[4:]
	}
	return p
}
