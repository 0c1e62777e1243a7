package extract

import "strings"

// Wire datelines: "SAN JOSE, Calif., Sept 21 (Reuters) -", "NEW YORK,
// March 3 —", "SEATTLE --". The upper-case city is where the story was
// filed; neither it nor the agency in brackets is an entity of the story,
// and the city must not become the subject of the first fact.

// datelineEnd is the number of tokens of the dateline that opens toks, or 0.
func (st *state) datelineEnd(toks []token) int {
	j := upperRun(toks)
	if j == 0 {
		return 0
	}
	for n := 0; j+n < len(toks) && n < 10; n++ {
		t := &toks[j+n]
		if isDashTok(t.s) {
			if n == 0 && (j > 1 || !st.lx.place[titleWord(toks[0].s)]) {
				return 0 // "IBM - the company said": only a known city stands alone before the dash
			}
			return j + n + dashRun(toks[j+n:])
		}
		if !(t.s == "," || t.s == "." || t.s == "(" || t.s == ")" || t.cap || t.kind == tNum) {
			return 0
		}
	}
	return 0
}

// upperRun: the count of leading upper-case words (at most four).
func upperRun(toks []token) int {
	j := 0
	for j < len(toks) && j < 4 && toks[j].kind == tWord && len(toks[j].s) >= 2 && upperOnly(toks[j].s) {
		j++
	}
	return j
}

func isDashTok(s string) bool { return s == "-" || s == "—" || s == "–" }

func dashRun(toks []token) int {
	n := 0
	for n < len(toks) && isDashTok(toks[n].s) {
		n++
	}
	return n
}

// titleWord: "SEATTLE" -> "Seattle", as the place list spells it.
func titleWord(s string) string {
	if len(s) < 2 {
		return s
	}
	return s[:1] + strings.ToLower(s[1:])
}
