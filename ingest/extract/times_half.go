package extract

import "time"

// Half years. The ONTOLOGY has no half-year form, so "the first half of
// 2024" is dated by its year (a time inside the year is right only at the
// year's precision), "the second half of fiscal 2025" by FY2025. A figure
// for a half is neither a year's nor a quarter's: halfPeriod clears the
// period flowPeriod would infer from the year.

// halfOf resolves "first|second half [of] [fiscal] [2024]" at ordinal i;
// without a year, the latest such half begun by pub, or the coming one in
// future-tense copy ("expects to ship in the second half").
func halfOf(toks []token, i int, pub time.Time) (timex, bool) {
	b := i + 2
	if b < len(toks) && toks[b].low == "of" {
		b++
	}
	fy := b < len(toks) && toks[b].low == "fiscal"
	if fy {
		b++
	}
	if b < len(toks) && isYearTok(toks[b].s) {
		if fy {
			return timex{a: i, b: b + 1, value: fiscalString(toks[b].s)}, true
		}
		return timex{a: i, b: b + 1, value: toks[b].s}, true
	}
	if pub.IsZero() {
		return timex{}, false
	}
	y := pub.Year()
	if toks[i].low == "second" && pub.Month() <= 6 && !futureBefore(toks, i) {
		y--
	}
	return timex{a: i, b: i + 2, value: yearString(y)}, true
}

// halfPeriod: the period of a figure dated by a half year or by a quarter
// of a fiscal year ("the third quarter of fiscal 2025" is dated FY2025
// but is a quarter's figure).
func (c *ctx) halfPeriod(period, t string) string {
	if period != "year" || t == "" {
		return period
	}
	for _, x := range c.times {
		if x.value != t {
			continue
		}
		for k := x.a; k < x.b; k++ {
			switch {
			case c.w(k) == "half":
				return ""
			case c.w(k) == "quarter" && t[0] == 'F':
				return "quarter"
			}
		}
	}
	return period
}

// absorbFiscalYear: "fiscal 2025" is read as FY2025 at "fiscal" and as the
// year 2025 after it; once the quarter before has taken the FY ("the
// second quarter of fiscal 2025"), the bare year that follows is part of
// it too, not a calendar time of its own.
func absorbFiscalYear(times []timex, i int, fy string) []timex {
	if i+1 < len(times) && times[i+1].a <= times[i].b && times[i+1].value == fy[2:] {
		times[i].b = times[i+1].b
		times = append(times[:i+1], times[i+2:]...)
	}
	return times
}

// fyQuarterEnded: "the first quarter of fiscal 2025, which ended Sept. 30,
// 2024" — without the article's fiscal calendar the quarter was dated
// FY2025 (fiscalQuarter); its stated end date names the calendar quarter
// (2024-Q3), as fiscalEnds does for quarters read as calendar ones.
func (c *ctx) fyQuarterEnded(times []timex, i int) []timex {
	t := times[i]
	if t.value[0] != 'F' || t.b-t.a < 3 || !c.spanHas(t, "quarter") {
		return times
	}
	times[i].value = "0000-Q1" // endDateAfter reads quarters only
	d := c.endDateAfter(times, i)
	if d < 0 {
		times[i].value = t.value
		return times
	}
	times[i] = timex{a: t.a, b: times[d].b, value: quarterOfMonth(times[d].value)}
	return append(times[:d], times[d+1:]...)
}

// spanHas: the word w is among the tokens of t.
func (c *ctx) spanHas(t timex, w string) bool {
	for k := t.a; k < t.b; k++ {
		if c.w(k) == w {
			return true
		}
	}
	return false
}
