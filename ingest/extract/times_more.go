package extract

// "the three months ended March 31, 2024" is a filing's name for a
// calendar quarter: the end date stands for its quarter (2024-Q1), not
// for the day.

// threeMonthsEnd: the time t is a month or day after "three months
// ended" (or "ending").
func (c *ctx) threeMonthsEnd(t timex) bool {
	v := t.value
	if len(v) < 7 || v[4] != '-' || v[5] == 'Q' {
		return false
	}
	x := t.a - 1
	if c.w(x) == "on" {
		x--
	}
	return endedWord(c.w(x)) && c.w(x-1) == "months" && c.w(x-2) == "three"
}
