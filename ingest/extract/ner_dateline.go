package extract

import "strings"

// Wire datelines: "SAN JOSE, Calif., Sept 21 (Reuters) -", "NEW YORK,
// March 3 —", "SEATTLE --", "SEOUL, 25 April 2024 - ...". The upper-case
// city is where the story was filed; neither it nor the agency in brackets
// is an entity of the story, and the city must not become the subject of
// the first fact. datelineEnd reads a dateline that ends in a dash;
// datelineLen one whose city is followed by a comma and a date.

// datelineWords is the number of opening tokens that belong to a dateline
// of either form, or 0 (notName asks it for the first words of a sentence
// that opens in capitals).
func (st *state) datelineWords(toks []token) int {
	return max(st.datelineEnd(toks), datelineLen(toks))
}

// datelineEnd is the number of tokens of the dateline that opens toks, or 0.
func (st *state) datelineEnd(toks []token) int {
	j := upperRun(toks)
	if j == 0 {
		return 0
	}
	for n := 0; j+n < len(toks) && n < 10; n++ {
		t := &toks[j+n]
		if isDashTok(t.s) {
			if n == 0 && (j > 1 && !st.upperPlace(toks[:j]) || j == 1 && !st.lx.place[titleWord(toks[0].s)]) { // ner_dateline_city.go
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

// datelineCity: toks open with one to three upper-case words, a comma,
// and (after at most a state abbreviation) a day or a month name.
func datelineCity(toks []token) bool { return datelineLen(toks) > 0 }

// datelineLen returns the index of the date after the dateline city (the
// city and a state abbreviation before it name nothing), or 0.
func datelineLen(toks []token) int {
	j := 0
	for j < len(toks) && j < 3 && toks[j].kind == tWord && len(toks[j].s) > 1 && upperOnly(toks[j].s) {
		j++
	}
	if j == 0 || j >= len(toks) || toks[j].s != "," {
		return 0
	}
	for x := j + 1; x < len(toks) && x <= j+4; x++ {
		if _, ok := monthNames[toks[x].low]; ok || toks[x].kind == tNum {
			return x
		}
	}
	return 0
}

// cuedOpener: a one-word name at the start of a sentence cued only by the
// noun after it is still a common word when it is itself a noun of
// companies ("Investors watch run-rates": "watch" is no product here), or
// when the cue noun modifies a company noun ("Large cloud companies").
func (st *state) cuedOpener(toks []token) bool {
	if toks[0].cls&wOrgNoun != 0 {
		return true
	}
	return len(toks) > 2 && toks[1].cls&wProdNoun != 0 && (toks[2].cls&wOrgNoun != 0 || figureNouns[toks[2].low]) // "Infrastructure software revenue": a segment's figure
}
