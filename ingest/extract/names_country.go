package extract

import (
	"strings"

	"github.com/cigraph/cigraph/graph"
)

// A company whose name opens on its country ("United States Steel") is
// mostly called by the country's initials ("US Steel"). capRun drops the
// initials (a place word never starts a name), leaving "Steel" as a second
// company; the short form is read here as the full name's alias.

// countryInitials returns the country's name for the initials news copy
// uses, or "" (a switch: every capitalised two-letter word asks).
func countryInitials(w string) string {
	switch w {
	case "US":
		return "United States"
	case "UK":
		return "United Kingdom"
	}
	return ""
}

// countryShort returns the organisation named in full whose short form is
// surface ("US Steel" for United States Steel), or -1.
func (st *state) countryShort(surface string) int {
	sp := strings.IndexByte(surface, ' ')
	if sp < 0 || countryInitials(surface[:sp]) == "" {
		return -1
	}
	full := countryInitials(surface[:sp]) + surface[sp:]
	for _, k := range st.byLast[surface[strings.LastIndexByte(surface, ' ')+1:]] {
		if e := &st.ents[k]; e.typ == graph.Org && e.name == full {
			return k
		}
	}
	return -1
}

// countryInitialsName records "US Steel" at i when the article named the
// company in full before; it returns the index after it, or false.
func (st *state) countryInitialsName(s *sentence, i int) (int, bool) {
	toks := s.toks
	if i+1 >= len(toks) || !toks[i+1].cap || countryInitials(toks[i].s) == "" {
		return 0, false
	}
	n := 1 + st.capRun(toks, i+1)
	if n < 2 {
		return 0, false
	}
	surface := s.text[toks[i].start()-s.sp.start : toks[i+n-1].end()-s.sp.start]
	if st.countryShort(surface) < 0 {
		return 0, false
	}
	return st.addMention(s, i, n, -1), true
}

// commaSuffix extends the name [i, i+n) that ends with a legal suffix by
// a second one after a comma: "Taiwan Semiconductor Manufacturing Co.,
// Ltd.", the East Asian form. It returns the new length.
func commaSuffix(toks []token, i, n int) int {
	e := i + n
	if e+1 >= len(toks) || toks[e].s != "," || toks[e+1].cls&cSuffix == 0 || toks[e+1].kind != tWord {
		return n
	}
	last := &toks[e-1]
	if last.s == "." && n > 1 {
		last = &toks[e-2]
	}
	if last.cls&cSuffix == 0 || last.low != "co" {
		return n
	}
	if e+2 < len(toks) && toks[e+2].s == "." {
		return n + 3
	}
	return n + 2
}
