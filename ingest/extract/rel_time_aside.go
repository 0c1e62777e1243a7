package extract

// Times that date an aside, not the fact: a founding year ("Scale, founded
// by A in 2016, sells to B") and the term of a comparison ("values it at
// $V, nearly double its valuation in 2021"). timeNear skips them.

// foundWords date a company's birth.
var foundWords = set("founded", "established", "incorporated", "co-founded", "cofounded")

// compareWords open the term a figure is compared with.
var compareWords = set("double", "triple", "twice", "than", "versus", "vs", "vs.", "compared")

// asideTime: the time t follows a founding verb or a comparison word
// within its own phrase (no comma between).
func (c *ctx) asideTime(t timex) bool {
	if c.w(t.a-1) != "in" {
		return false
	}
	for j := t.a - 2; j >= 0 && j >= t.a-6; j-- {
		w := c.w(j)
		if w == "," || w == ";" {
			return false
		}
		if foundGate.may(w) && foundWords[w] || compareGate.may(w) && compareWords[w] { // wordgate.go
			return true
		}
	}
	return false
}
