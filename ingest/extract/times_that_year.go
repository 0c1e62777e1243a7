package extract

// "The company was founded in 2019. Revenue was $1.8 billion that year.":
// "that year" and "the same year" name the year the previous sentence
// stated. Only a plain four-digit year of the sentence just before is
// taken; with none, or with several different years, nothing is read.

// thatYear appends to times the year "that year" refers to.
func (c *ctx) thatYear(times []timex) []timex {
	// a sentence without the word "year" (class wYear) reads nothing
	if c.si == 0 || c.s.sum.cls&wYear == 0 {
		return times
	}
	for i := 1; i < len(c.toks); i++ {
		if c.toks[i].low != "year" {
			continue
		}
		if p := c.toks[i-1].low; p == "that" || p == "same" && i > 1 && c.toks[i-2].low == "the" {
			if y := prevYear(c.st.sents[c.si-1].toks); y != "" {
				return append(times, timex{a: i - 1, b: i + 1, value: y})
			}
		}
	}
	return times
}

// prevYear is the one year toks name ("" for none or for two different).
func prevYear(toks []token) string {
	y := ""
	for i := range toks {
		t := &toks[i]
		if t.kind != tNum || !yearLike(t.s) || i > 0 && toks[i-1].s == "$" {
			continue
		}
		if y != "" && y != t.s {
			return ""
		}
		y = t.s
	}
	return y
}
