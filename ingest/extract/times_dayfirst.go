package extract

import "time"

// British and European dates put the day first: "on 10 April 2024", "the
// 52 weeks to 24 February". A story filed under a dateline ("SEOUL, 25
// April 2024 -", "SAN JOSE, Calif., March 18, 2024 -") dates its "today"
// and "on Thursday" from that line, not from when it was published.

// dayBefore returns the day number written right before the month name at
// i ("10 April"), or 0.
func dayBefore(toks []token, i int) int {
	if i == 0 {
		return 0
	}
	t := &toks[i-1]
	if t.kind != tNum || len(t.s) > 2 || i >= 2 && currencySymbols[toks[i-2].s] != "" {
		return 0
	}
	d := 0
	for x := 0; x < len(t.s); x++ {
		if t.s[x] < '0' || t.s[x] > '9' {
			return 0
		}
		d = d*10 + int(t.s[x]-'0')
	}
	if d > 31 {
		return 0
	}
	return d
}

// datelinePub returns the date of a dateline opening one of the first two
// sentences, when it gives day, month and year.
func (st *state) datelinePub() (time.Time, bool) {
	for i := 0; i < len(st.sents) && i < 2; i++ {
		st.loadToks(i)
		toks := st.sents[i].toks
		if !datelineCity(toks) && !titleDateline(toks) { // times_dateline.go
			continue
		}
		for x := 1; x < len(toks) && x < 10; x++ {
			if toks[x].cls&wMonth == 0 || monthNames[toks[x].low] == 0 {
				continue
			}
			t, ok := monthAt(toks, x, time.Time{})
			if ok && len(t.value) == 10 {
				if d, err := time.Parse("2006-01-02", t.value); err == nil {
					return d, true
				}
			}
			return time.Time{}, false
		}
	}
	return time.Time{}, false
}

// yearTo: British reports end a period with "to": "the year to 31 March"
// and "the 52 weeks to 24 February" are a fiscal year ending then, "the
// three months to March" a quarter. It rewrites t and reports whether it
// did.
func (c *ctx) yearTo(t *timex) bool {
	v := t.value
	if len(v) < 7 || v[4] != '-' || v[5] == 'Q' || c.w(t.a-1) != "to" {
		return false
	}
	switch x := t.a - 2; {
	case c.w(x) == "year" || c.w(x) == "weeks" && (c.w(x-1) == "52" || c.w(x-1) == "53"):
		t.value = "FY" + v[:4]
	case c.w(x) == "months" && c.w(x-1) == "three":
		t.value = quarterOfMonth(v)
	default:
		return false
	}
	return true
}

// monthRange: "January to March [2024]", "April through June" spans one
// calendar quarter; the year is the one written after it, else the
// latest such quarter before publication.
func monthRange(toks []token, i int, pub time.Time) (timex, bool) {
	if i+2 >= len(toks) || toks[i+1].low != "to" && toks[i+1].low != "through" && toks[i+1].s != "-" {
		return timex{}, false
	}
	m1, m2 := int(monthNames[toks[i].low]), int(monthNames[toks[i+2].low])
	if m2 == 0 || toks[i+2].cls&wMonth == 0 || (m1-1)%3 != 0 || m2 != m1+2 {
		return timex{}, false
	}
	return quarterOf(toks, i, i+3, (m1-1)/3+1, pub)
}
