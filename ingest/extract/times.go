package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// timex is a time expression at tokens [a, b), resolved to the ONTOLOGY
// form: "2024", "2024-Q1", "2024-03", "2024-03-12" or "FY2024".
type timex struct {
	a, b  int
	value string
}

var monthNames = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
}

var ordinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

// findTimes returns the time expressions of a sentence resolved against pub
// (relative ones are dropped when pub is zero).
func findTimes(toks []token, pub time.Time, out []timex) []timex {
	return findTimesIn(toks, pub, out, nil)
}

// findTimesIn is findTimes with the day strings of pub's week kept in
// days (nil: none kept).
func findTimesIn(toks []token, pub time.Time, out []timex, days *dayMemo) []timex {
	for i := 0; i < len(toks); i++ {
		if noTimeStart(&toks[i]) || !timeStart(&toks[i]) && !(toks[i].low == "the" && i+1 < len(toks) && toks[i+1].cls&wTime != 0) {
			continue
		}
		if tx, ok := timeAt(toks, i, pub, days); ok {
			out = append(out, tx)
			i = tx.b - 1
		}
	}
	return out
}

// timeStart reports whether a time expression can start at t. A number
// starts one only as a year (four digits), an ordinal ("1st", class wTime)
// or "1st-quarter"; only a word with an inner hyphen can end with
// "-quarter" (its flags tell).
func timeStart(t *token) bool {
	return t.kind == tNum && len(t.s) == 4 || t.cls&wTime != 0 || len(t.low) >= 4 && t.low[0] == 'f' && t.low[1] == 'y' ||
		t.flags&tfHyphen != 0 && strings.HasSuffix(t.low, "-quarter")
}

// noTimeStart: neither timeStart nor the "the" of findTimesIn can hold at
// t, told from its bits and first byte for most tokens: a number sets
// tfDigit (it starts with a digit, and the flags are exact), "-quarter"
// tfHyphen, and "fy..." and "the" start with 'f' or 't'.
func noTimeStart(t *token) bool {
	return t.flags&(tfDigit|tfHyphen) == 0 && t.cls&wTime == 0 && (len(t.low) < 3 || t.low[0] != 'f' && t.low[0] != 't')
}

// The month, weekday and ordinal maps are only probed for tokens of class
// wTime: staticClasses gives every key of them that class.
func timeAt(toks []token, i int, pub time.Time, days *dayMemo) (timex, bool) {
	t := &toks[i]
	w := func(k int) string {
		if i+k < len(toks) {
			return toks[i+k].low
		}
		return ""
	}
	switch {
	case t.kind == tNum && w(1) == "fiscal" && w(2) == "year" && isYearTok(t.s): // "its 2023 fiscal year"
		return fiscal(i, t.s)
	case t.kind == tNum && yearLike(t.s) && !(i > 0 && (toks[i-1].s == "$" || toks[i-1].s == ",")):
		return timex{a: i, b: i + 1, value: t.s}, true
	case strings.HasPrefix(t.low, "fy") && len(t.low) >= 4 && isDigit(t.low[2]):
		return fiscal(i, t.low[2:])
	case t.low == "fiscal" && isYearTok(w(1)):
		return fiscal(i, w(1))
	case t.low == "q1" || t.low == "q2" || t.low == "q3" || t.low == "q4":
		return quarterOf(toks, i, i+1, int(t.low[1]-'0'), pub)
	case t.low == "first" && w(1) == "three" && w(2) == "months": // "the first three months of 2024"
		return quarterOf(toks, i, i+3, 1, pub)
	case t.cls&wOrdinal != 0 && ordinals[t.low] > 0 && (w(1) == "quarter" || w(1) == "-" && w(2) == "quarter" || strings.HasSuffix(t.low, "-quarter")):
		b := i + 2
		if w(1) == "-" {
			b++
		}
		return quarterOf(toks, i, b, ordinals[t.low], pub)
	case t.flags&tfHyphen != 0 && strings.HasSuffix(t.low, "-quarter") && ordinals[strings.TrimSuffix(t.low, "-quarter")] > 0:
		return quarterOf(toks, i, i+1, ordinals[strings.TrimSuffix(t.low, "-quarter")], pub)
	case t.cls&wOrdinal != 0 && w(1) == "half" && (t.low == "first" || t.low == "second"):
		return halfOf(toks, i, pub) // times_half.go
	case t.cap && t.cls&wMonth != 0 && monthNames[t.low] > 0:
		if tx, ok := monthRange(toks, i, pub); ok { // times_dayfirst.go
			return tx, true
		}
		return monthAt(toks, i, pub)
	}
	if pub.IsZero() || t.cls&wTime == 0 && t.low != "the" {
		return timex{}, false // relativeAt starts only at time words or "the"
	}
	return relativeAtIn(toks, i, w, pub, days)
}

func isYearTok(s string) bool { return len(s) == 4 && yearLike(s) }

func fiscal(i int, y string) (timex, bool) {
	if len(y) == 2 {
		y = "20" + y
	}
	if !isYearTok(y) {
		return timex{}, false
	}
	return timex{a: i, b: i + 1, value: fiscalString(y)}, true
}

// quarterOf resolves "the first quarter [of] [2018]"; without a year the
// latest such quarter not after pub, or the coming one in future-tense
// copy ("will start shipping in the fourth quarter").
func quarterOf(toks []token, a, b, q int, pub time.Time) (timex, bool) {
	if b < len(toks) && toks[b].low == "of" && b+1 < len(toks) && isYearTok(toks[b+1].s) {
		return timex{a: a, b: b + 2, value: quarterOfYear(toks[b+1].s, q)}, true
	}
	if b < len(toks) && isYearTok(toks[b].s) {
		return timex{a: a, b: b + 1, value: quarterOfYear(toks[b].s, q)}, true
	}
	if a > 0 && isYearTok(toks[a-1].s) {
		return timex{a: a - 1, b: b, value: quarterOfYear(toks[a-1].s, q)}, true
	}
	if pub.IsZero() {
		return timex{}, false
	}
	y := pub.Year()
	if (q-1)*3+1 > int(pub.Month()) && !futureBefore(toks, a) {
		y--
	}
	return timex{a: a, b: b, value: quarterString(y, q)}, true
}

// monthAt resolves "March", "June 3", "Oct. 14, 2022", "May 2022", "March this year".
func monthAt(toks []token, i int, pub time.Time) (timex, bool) {
	m := monthNames[toks[i].low]
	if toks[i].low == "may" && !(i+1 < len(toks) && (toks[i+1].kind == tNum)) && !(i > 0 && isTimePrep(toks[i-1].low)) {
		return timex{}, false // the verb "May"
	}
	b := i + 1
	if b < len(toks) && toks[b].s == "." {
		b++
	}
	day := 0
	if b < len(toks) && toks[b].kind == tNum && len(toks[b].s) <= 2 {
		day, _ = strconv.Atoi(toks[b].s)
		b++
		if b < len(toks) && toks[b].s == "," {
			b++
		}
	}
	year := 0
	if b < len(toks) && isYearTok(toks[b].s) {
		year, _ = strconv.Atoi(toks[b].s)
		b++
	} else if b+1 < len(toks) && toks[b].low == "this" && toks[b+1].low == "year" && !pub.IsZero() {
		year = pub.Year()
		b += 2
	} else if b+1 < len(toks) && toks[b].low == "last" && toks[b+1].low == "year" && !pub.IsZero() {
		year = pub.Year() - 1
		b += 2
	} else if !pub.IsZero() {
		year = monthYear(toks, i, m, pub)
	} else {
		return timex{}, false
	}
	if d := dayBefore(toks, i); day == 0 && d > 0 { // times_dayfirst.go
		day, i = d, i-1
	}
	if day > 0 && day <= 31 {
		return timex{a: i, b: b, value: dateString(year, m, day)}, true
	}
	return timex{a: i, b: b, value: dateString(year, m, 0)}, true
}

func isTimePrep(w string) bool {
	switch w {
	case "in", "since", "by", "until", "of", "early", "late", "mid", "last", "next", "this", "through":
		return true
	}
	return false
}

// relativeAt (called only at words of class wTime, and "the") resolves "last year", "this year", "yesterday", "on Tuesday",
// "earlier this week", "the June quarter", "by the end of the decade".
func relativeAt(toks []token, i int, w func(int) string, pub time.Time) (timex, bool) {
	return relativeAtIn(toks, i, w, pub, nil)
}

// relativeAtIn is relativeAt with the day strings kept in days.
func relativeAtIn(toks []token, i int, w func(int) string, pub time.Time, days *dayMemo) (timex, bool) {
	t := &toks[i]
	switch {
	case (t.low == "last" || t.low == "this" || t.low == "next" || t.low == "previous") && w(1) == "year":
		// a switch, not a map literal built per call; "this" is 0
		d := 0
		switch t.low {
		case "last", "previous":
			d = -1
		case "next":
			d = 1
		}
		return timex{a: i, b: i + 2, value: yearString(pub.Year() + d)}, true
	case (t.low == "last" || t.low == "this") && (w(1) == "month" || w(1) == "week"):
		d := pub
		if t.low == "last" && w(1) == "month" {
			d = pub.AddDate(0, -1, 0)
		} else if t.low == "last" {
			d = pub.AddDate(0, 0, -7)
		}
		return timex{a: i, b: i + 2, value: formatDate(d, false)}, true
	case t.low == "yesterday":
		return timex{a: i, b: i + 1, value: days.before(pub, 1)}, true
	case t.low == "today" || t.low == "tonight":
		return timex{a: i, b: i + 1, value: days.before(pub, 0)}, true
	case t.cls&wWeekday != 0 && (weekdays[t.low] != 0 || t.low == "sunday"):
		back := (int(pub.Weekday()) - int(weekdays[t.low]) + 7) % 7
		return timex{a: i, b: i + 1, value: days.before(pub, back)}, true
	case t.low == "the" && i+1 < len(toks) && toks[i+1].cls&wMonth != 0 && monthNames[w(1)] > 0 && w(2) == "quarter":
		m, y := int(monthNames[w(1)]), pub.Year()
		if m > int(pub.Month()) {
			y--
		}
		return timex{a: i, b: i + 3, value: quarterString(y, (m-1)/3+1)}, true
	case t.low == "quarter":
		return bareQuarter(toks, i, pub)
	case t.low == "end" && w(1) == "of" && w(2) == "the" && w(3) == "decade":
		return timex{a: i, b: i + 4, value: yearString(pub.Year()/10*10 + 9)}, true
	}
	return timex{}, false
}

// The time values are built by hand: fmt and time.Format cost more than
// the rest of a time expression. Each gives exactly the string of the
// format it names, falling back to it outside the years 0-9999.

// dateString is fmt.Sprintf("%04d-%02d-%02d", y, m, day), or
// fmt.Sprintf("%04d-%02d", y, m) when day is 0.
func dateString(y int, m time.Month, day int) string {
	if y < 0 || y > 9999 || m < 1 || m > 12 || day < 0 || day > 99 {
		if day == 0 {
			return fmt.Sprintf("%04d-%02d", y, m)
		}
		return fmt.Sprintf("%04d-%02d-%02d", y, m, day)
	}
	if day == 0 {
		if s, ok := monthString(y, int(m)); ok {
			return s // timestr.go
		}
	}
	var buf [10]byte
	b := append(buf[:0], byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10),
		'-', byte('0'+m/10), byte('0'+m%10))
	if day > 0 {
		b = append(b, '-', byte('0'+day/10), byte('0'+day%10))
	}
	return string(b)
}

// formatDate is t.Format("2006-01-02"), or t.Format("2006-01") without
// the day.
func formatDate(t time.Time, withDay bool) string {
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		if withDay {
			return t.Format("2006-01-02")
		}
		return t.Format("2006-01")
	}
	if !withDay {
		d = 0
	}
	return dateString(y, m, d)
}

// quarterShift maps the word before a bare "quarter" to the quarter it
// means, counted from the quarter of publication.
var quarterShift = map[string]int{"the": -1, "that": -1, "last": -1, "previous": -1, "past": -1, "latest": -1,
	"recent": -1, "just-ended": -1, "this": 0, "current": 0, "next": 1, "coming": 1}

// quarterPreps may precede "the quarter" when it names a time.
var quarterPreps = set("in", "during", "for", "over", "through", "throughout", "since", "of", "from")

// bareQuarter resolves a quarter named without its number against the
// publication date: "in the quarter", "the latest quarter" and "last
// quarter" are the last quarter before pub (the one a results story
// reports), "this quarter" is pub's and "next quarter" the one after. "a
// quarter of sales" and "the same quarter" are no times.
func bareQuarter(toks []token, i int, pub time.Time) (timex, bool) {
	if i == 0 || i+1 < len(toks) && (toks[i+1].low == "of" || toks[i+1].low == "-") {
		return timex{}, false
	}
	prev := toks[i-1].low
	d, ok := quarterShift[prev]
	a := i - 1
	if prev == "recent" && i >= 2 && toks[i-2].low == "most" {
		a--
	}
	if !ok || (prev == "the" || prev == "that") && (i < 2 || !quarterPreps[toks[i-2].low]) {
		return timex{}, false
	}
	q := int(pub.Month()-1)/3 + d
	y := pub.Year()
	for q < 0 {
		q, y = q+4, y-1
	}
	for q > 3 {
		q, y = q-4, y+1
	}
	return timex{a: a, b: i + 1, value: quarterString(y, q+1)}, true
}

// monthYear is the year of a month named without one: the latest such
// month up to the publication's ("in December" read in November is last
// year's); "last November" read in November is a year back, and "next
// March" the first March after the publication.
func monthYear(toks []token, i int, m time.Month, pub time.Time) int {
	prev := ""
	if i > 0 {
		prev = toks[i-1].low
	}
	switch {
	case prev == "next" && m <= pub.Month():
		return pub.Year() + 1
	case prev == "next":
		return pub.Year()
	case m > pub.Month() || m == pub.Month() && prev == "last":
		return pub.Year() - 1
	}
	return pub.Year()
}
