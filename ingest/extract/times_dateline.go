package extract

// datelineTime: the time t is the date of a title-case dateline opening
// the sentence ("Hsinchu, 18 April 2024 — Apple accounted for ..."), the
// day the story was filed, not the time of its facts. datelineLen knows
// only the capitalised wire form ("SEOUL, 25 April 2024 -").
func (c *ctx) datelineTime(t timex) bool {
	if t.a < 2 || t.a > 5 || t.b >= len(c.toks) || !dashWord(c.toks[t.b].s) {
		return false
	}
	x := t.a - 1
	if c.toks[x].kind == tNum {
		x-- // the day before the month: "18 April 2024"
	}
	if x < 1 || c.w(x) != "," {
		return false
	}
	for y := 0; y < x; y++ {
		if tk := &c.toks[y]; tk.kind != tWord || !tk.cap {
			return false
		}
	}
	return true
}

// dashWord: a dash that ends a dateline.
func dashWord(s string) bool { return s == "—" || s == "-" || s == "–" || s == "--" }

// titleDateline: the sentence opens on a title-case dateline, one to
// three capitalised words, a comma, a day, a month and a year, and a dash
// ("Seoul, 23 January 2025 —"), the form of the Asian and European English
// press; datelinePub then dates the story from it.
func titleDateline(toks []token) bool {
	j := 0
	for j < len(toks) && j < 3 && toks[j].kind == tWord && toks[j].cap {
		j++
	}
	if j == 0 || j+4 >= len(toks) || toks[j].s != "," || toks[j+1].kind != tNum || toks[j+2].cls&wMonth == 0 {
		return false
	}
	return toks[j+3].kind == tNum && dashWord(toks[j+4].s)
}
