package extract

// Signed percentages: "a gross margin of negative 98%", "minus 12%",
// "an operating margin of -3%". The sign word or a minus sign glued to
// the number makes the value negative (a range "10-15%" has a number
// before its dash, and a dash after a space-less word is a hyphen).

// negativeSign reports a sign before the number token at i.
func negativeSign(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	p := &toks[i-1]
	if p.low == "negative" || p.low == "minus" {
		return true
	}
	if p.s != "-" && p.s != "−" || p.end() != toks[i].start() {
		return false
	}
	return i < 2 || toks[i-2].kind != tNum && toks[i-2].end() < p.start()
}
