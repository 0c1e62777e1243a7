package extract

import "strings"

// Fiscal periods: a company's "fiscal second quarter" is not the calendar
// one, so it is only resolved to a calendar quarter when the text gives
// its end ("the fiscal second quarter ended March 31" is 2024-Q1, the
// quarter holding that month). Without an end date the reading stays that
// of quarterOf. The same end date also settles a bare "the quarter ended
// in March", and "the fiscal year ended June 30, 2024" is FY2024.

// endedWord: w joins a period to its end date (a switch: asked of the
// word before every date).
func endedWord(w string) bool {
	return w == "ended" || w == "ending" || w == "ends" || w == "through"
}

// fiscalEnds rewrites, in place, each quarter or fiscal year followed by
// its end date into one expression (a sentence states few times, and
// most no end date: the loop is short and allocates nothing).
func (c *ctx) fiscalEnds(times []timex) []timex {
	if len(times) == 0 {
		return times
	}
	for i := 0; i < len(times); i++ {
		if c.yearTo(&times[i]) { // times_dayfirst.go
			continue
		}
		times = c.fyQuarterEnded(times, i) // (times_half.go) an FY quarter with its end date

		if c.threeMonthsEnd(times[i]) { // times_more.go
			times[i].value = quarterOfMonth(times[i].value)
			continue
		}
		d := c.endDateAfter(times, i)
		if d < 0 {
			continue
		}
		v := times[d].value
		if strings.Contains(times[i].value, "-Q") {
			times[i] = timex{a: times[i].a, b: times[d].b, value: quarterOfMonth(v)}
			times = append(times[:d], times[d+1:]...)
		} else if a, ok := c.fiscalYearBefore(times[d].a); ok && len(v) >= 4 {
			times[d] = timex{a: a, b: times[d].b, value: "FY" + v[:4]}
		}
	}
	return times
}

// endDateAfter returns the index of the month or day that ends the period
// at times[i] ("... quarter, which ended on March 31"), or -1. The period
// is times[i] itself, or the year-word phrase before a month (i is then
// the month's own index).
func (c *ctx) endDateAfter(times []timex, i int) int {
	if len(times[i].value) >= 7 && times[i].value[4] == '-' && times[i].value[5] != 'Q' {
		if _, ok := c.fiscalYearBefore(times[i].a); ok {
			return i // "fiscal year ended June 30": the month is the end
		}
	}
	if i+1 >= len(times) || !strings.Contains(times[i].value, "-Q") {
		return -1
	}
	x := times[i].b
	if c.w(x) == "," {
		x++
	}
	if c.w(x) == "which" || c.w(x) == "that" {
		x++
	}
	if !endedWord(c.w(x)) {
		return -1
	}
	x++
	if c.w(x) == "in" || c.w(x) == "on" {
		x++
	}
	if n := times[i+1]; n.a == x && len(n.value) >= 7 && n.value[5] != 'Q' && n.value[4] == '-' {
		return i + 1
	}
	return -1
}

// fiscalYearBefore: tokens before a are "fiscal year ended/ending" (or
// "fiscal year, which ended"); it returns the index of "fiscal".
func (c *ctx) fiscalYearBefore(a int) (int, bool) {
	x := a - 1
	if c.w(x) == "in" || c.w(x) == "on" {
		x--
	}
	if !endedWord(c.w(x)) {
		return 0, false
	}
	x--
	if c.w(x) == "which" || c.w(x) == "that" {
		x--
	}
	if c.w(x) == "," {
		x--
	}
	if c.w(x) == "year" && c.w(x-1) == "fiscal" {
		return x - 1, true
	}
	return 0, false
}

// quarterOfMonth maps "2024-03" or "2024-03-31" to "2024-Q1".
func quarterOfMonth(v string) string {
	m := int(v[5]-'0')*10 + int(v[6]-'0')
	return v[:4] + "-Q" + string(rune('0'+(m-1)/3+1))
}
