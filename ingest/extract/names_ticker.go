package extract

import (
	"strings"

	"github.com/cigraph/cigraph/graph"
)

// Instrument codes in brackets after a company ("Nvidia Corp (NVDA.O)",
// "Lockheed Martin Corp (LMT.N)"). The gazetteer tickers are read as
// mentions; a code with an exchange suffix was only rejected as a name
// (notName), and the company lost a form analysts search by. It is an
// alias of the organisation named right before the bracket, never an
// entity of its own nor its canonical name (finalNames). A bare
// capitalised word in brackets is as often initials ("(HPC)") and is
// left alone.

// tickerAlias adds the code at i to the organisation mentioned just
// before "(" and reports whether it did.
func (st *state) tickerAlias(s *sentence, i int) bool {
	toks := s.toks
	if i < 2 || toks[i-1].s != "(" || i+1 >= len(toks) || toks[i+1].s != ")" || !ricCode(toks[i].s) {
		return false
	}
	for k := len(s.ments) - 1; k >= 0; k-- {
		if m := &s.ments[k]; m.b == i-1 && !m.ref && st.ents[m.ent].typ == graph.Org {
			st.addForm(m.ent, toks[i].s)
			return true
		}
	}
	return false
}

// ricCode: two to five capitals, a "." and one or two capitals
// ("NVDA.O", "LMT.N", "BRK.B").
func ricCode(s string) bool {
	k := 0
	for k < len(s) && s[k]-'A' < 26 {
		k++
	}
	rest := s[k:]
	return k >= 2 && k <= 5 && len(rest) >= 2 && len(rest) <= 3 && rest[0] == '.' && rest[1]-'A' < 26 && upperOnly(rest[1:])
}

// codeForm: the form f is an instrument code; most forms have no "." and
// skip the scan.
func codeForm(f string) bool {
	return strings.IndexByte(f, '.') > 1 && ricCode(f)
}
