package extract

// A dateline opens a story with the city in capitals, a comma and the
// date: "SEOUL, 25 April 2024 - ...", "SAN JOSE, Calif., March 18, 2024 -".
// The city is where the story was filed, not a party to it.

// datelineCity: toks open with one to three upper-case words, a comma,
// and (after at most a state abbreviation) a day or a month name.
func datelineCity(toks []token) bool { return datelineLen(toks) > 0 }

// datelineStart: toks open with a word of two capitals or more and a comma
// follows within three tokens (byte tests, before datelineLen reads the
// line).
func datelineStart(toks []token) bool {
	s := toks[0].s
	if len(s) < 2 || s[0]-'A' >= 26 || s[1]-'A' >= 26 || len(toks) < 4 {
		return false
	}
	return toks[1].s == "," || toks[2].s == "," || toks[3].s == "," // "SAN JOSE, Calif.,"
}

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
	return len(toks) > 2 && toks[1].cls&wProdNoun != 0 && toks[2].cls&wOrgNoun != 0
}
