package extract

import "strings"

// A fiscal calendar stated once ("Its fiscal year ends in June.") settles
// every later "fiscal third quarter" of the article: with a June year end,
// the fiscal third quarter of fiscal 2025 is January to March 2025, so
// 2025-Q1. Quarters are named, as in times_fiscal.go, by the calendar
// quarter holding their last month. An explicit end date in the sentence
// still wins (fiscalEnds runs after).

// fiscalCalendar records the year-end month of "fiscal year ends/ended/
// ending [in|on] June [30]" in sentence i. Only a sentence with a month
// and a time word (both in its summary) can state one.
func (st *state) fiscalCalendar(i int) {
	s := &st.sents[i]
	if s.sum.cls&cLowerCue == 0 || s.sum.cls&wMonth == 0 || !strings.Contains(st.low[s.sp.start:s.sp.end], "fiscal year") {
		return
	}
	toks := st.loadToks(i)
	for k := 0; k+3 < len(toks); k++ {
		if toks[k].low != "fiscal" || toks[k+1].low != "year" {
			continue
		}
		if m := yearEndMonth(toks, k+2); m > 0 {
			st.fyEnd = m
			return
		}
	}
}

// yearEndMonth reads "[, which] ends [in|on] June" from token x: the month,
// or 0.
func yearEndMonth(toks []token, x int) int {
	w := func(k int) string {
		if k < len(toks) {
			return toks[k].low
		}
		return ""
	}
	if w(x) == "," {
		x++
	}
	if w(x) == "which" || w(x) == "that" {
		x++
	}
	if !endedWord(w(x)) {
		return 0
	}
	// "ends in June", "ends in late September", "ends on the last
	// Saturday in March": the month within a few words of the verb
	for y := x + 1; y < len(toks) && y <= x+6; y++ {
		if toks[y].cls&wMonth != 0 && toks[y].cap {
			return int(monthNames[toks[y].low])
		}
		if toks[y].kind == tPunct {
			break
		}
	}
	return 0
}

// fiscalQuarters rewrites the fiscal quarters of a sentence to calendar
// quarters when the article gave its fiscal year end, and reads "fiscal
// year 2025" as FY2025 in any article.
func (c *ctx) fiscalQuarters(times []timex) []timex {
	if c.s.sum.cls&cLowerCue == 0 && !c.s.sum.fy {
		return times // no "fiscal" or "FY2025" in the sentence
	}
	for i := 0; i < len(times); i++ {
		t := &times[i]
		if t.value[0] == 'F' && i+1 < len(times) && times[i+1].a == t.b && times[i+1].value == t.value[2:] {
			t.b = times[i+1].b // "fiscal 2025" is one expression, not FY2025 and 2025
			times = append(times[:i+1], times[i+2:]...)
		}
		if len(t.value) == 4 && c.w(t.a-1) == "year" && c.w(t.a-2) == "fiscal" {
			t.a, t.value = t.a-2, fiscalString(t.value)
			continue
		}
		if len(t.value) != 7 || t.value[5] != 'Q' {
			continue
		}
		times = c.fiscalQuarter(times, i)
	}
	return times
}

// fiscalQuarter resolves the quarter at times[i] when "fiscal" names it:
// "fiscal third quarter" (the latest begun by the publication date),
// "fiscal third quarter of 2025", "third quarter of fiscal 2025", "fiscal
// 2025 third quarter" (the FY expression is merged into the quarter).
func (c *ctx) fiscalQuarter(times []timex, i int) []timex {
	t := times[i]
	q := int(t.value[6] - '0')
	y, fy := -1, ""
	switch {
	case i+1 < len(times) && times[i+1].a == t.b+1 && c.w(t.b) == "of" && times[i+1].value[0] == 'F':
		fy = times[i+1].value
		times[i].b = times[i+1].b
		times = append(times[:i+1], times[i+2:]...)
		times = absorbFiscalYear(times, i, fy) // times_half.go
	case i > 0 && times[i-1].value[0] == 'F' && times[i-1].b > t.a:
		fy = times[i-1].value
		times[i-1] = timex{a: times[i-1].a, b: t.b}
		times = append(times[:i], times[i+1:]...)
		i--
	case c.st.fyEnd == 0:
		if c.w(t.a-1) == "fiscal" && !c.hasYearIn(t.a, t.b) {
			times[i].value = c.bareFiscalQuarter(t.a) // "reported fiscal fourth-quarter revenue"
		}
		return times
	case c.w(t.a-1) == "fiscal" && c.hasYearIn(t.a, t.b):
		y = atoi4(t.value[:4])
	case c.w(t.a-1) != "fiscal":
		return times
	}
	if fy != "" && c.st.fyEnd == 0 {
		times[i].value = fy // without the calendar, the fiscal year is what is known
		return times
	} else if fy != "" {
		y = atoi4(fy[2:])
	}
	times[i].value = c.fiscalQuarterValue(q, y)
	return times
}

// fiscalQuarterValue is the calendar quarter holding the last month of
// fiscal quarter q of fiscal year y (y < 0: the latest begun by pub).
func (c *ctx) fiscalQuarterValue(q, y int) string {
	pub := c.st.pub
	if y < 0 && pub.IsZero() {
		y = 0
	}
	if y < 0 {
		y = pub.Year() + 1 // walk back to the latest begun quarter
		for c.fiscalEndMonth(q, y)-2 > pub.Year()*12+int(pub.Month())-1 {
			y--
		}
	}
	m := c.fiscalEndMonth(q, y)
	return quarterString(m/12, m%12/3+1)
}

// fiscalEndMonth numbers the last month of fiscal quarter q of fiscal year
// y as year*12 + month-1 (the fiscal year ends in month fyEnd of year y).
func (c *ctx) fiscalEndMonth(q, y int) int {
	return y*12 + c.st.fyEnd - 1 - 3*(4-q)
}

// hasYearIn: a four-digit year among tokens [a, b).
func (c *ctx) hasYearIn(a, b int) bool {
	for k := a; k < b && k < len(c.toks); k++ {
		if isYearTok(c.toks[k].s) {
			return true
		}
	}
	return false
}

// atoi4 reads a four-digit year (0 for anything else).
func atoi4(s string) int {
	if len(s) != 4 {
		return 0
	}
	n := 0
	for i := 0; i < 4; i++ {
		if !isDigit(s[i]) {
			return 0
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// ordinalQuarter: "quarter" or "half" at i is a period ("the third quarter
// of", "the last quarter of 2024", "the first half of 2024"), not the
// fraction "a quarter of" or "nearly half of".
func ordinalQuarter(toks []token, i int) bool {
	if (toks[i].low != "quarter" && toks[i].low != "half") || i == 0 {
		return false
	}
	p := toks[i-1].low
	return toks[i-1].cls&wOrdinal != 0 || p == "last" || p == "final" || p == "back" || p == "latter"
}

// openingTime: the time that opens the sentence ("In the fiscal third
// quarter, X reported revenue of ...") dates the figures of its clause
// when none follows them. It ends before k and a comma follows it.
func (c *ctx) openingTime(k int) string {
	for _, t := range c.timeList() {
		if t.a <= 4 && t.b < k && c.w(t.b) == "," {
			return t.value
		}
	}
	return ""
}

// bareFiscalQuarter dates a fiscal quarter of an unknown fiscal calendar
// named without a year ("Microsoft reported fiscal fourth-quarter
// revenue", read on July 30). Companies report a quarter two to eight
// weeks after it ends, so the quarter reported is the calendar quarter
// holding the day 60 days before publication (Microsoft's June quarter,
// not the calendar fourth quarter of the year before; the quarter holding
// a fiscal quarter's last month, as fiscalQuarterValue reads one); one to
// come ("expects fiscal first-quarter revenue") is the quarter after it.
// The fiscal ordinal cannot say more without the fiscal year's end.
func (c *ctx) bareFiscalQuarter(a int) string {
	d := c.st.pub.AddDate(0, 0, -60)
	if futureBefore(c.toks, a) {
		d = d.AddDate(0, 3, 0)
	}
	return quarterString(d.Year(), (int(d.Month())-1)/3+1)
}
