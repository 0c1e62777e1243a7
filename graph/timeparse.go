package graph

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

var validTimeRe = regexp.MustCompile(`^(FY)?(\d{4})(?:-(Q[1-4]|H[12]|\d{2})(?:-(\d{2}))?)?$`)

// ParseValidTime turns a written time ("2024", "FY2024", "2024-Q1",
// "2024-H2", "2024-03", "2024-03-12") into the half-open interval of UTC
// dates it covers: from is the first day, to the first day after. A fiscal
// year is read as the calendar year of the same number (the fiscal calendar
// of the company is not known). The empty string has no interval.
func ParseValidTime(s string) (from, to *time.Time, err error) {
	s = strings.ToUpper(strings.TrimSpace(s))
	if s == "" {
		return nil, nil, nil
	}
	m := validTimeRe.FindStringSubmatch(s)
	if m == nil || (m[1] != "" && m[3] != "") || (m[4] != "" && !isDigits(m[3])) {
		return nil, nil, fmt.Errorf("time %q is not YYYY, FYYYYY, YYYY-Qn, YYYY-Hn, YYYY-MM or YYYY-MM-DD", s)
	}
	year, _ := strconv.Atoi(m[2])
	start, months, days := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC), 12, 0
	switch part := m[3]; {
	case part == "":
	case part[0] == 'Q':
		start, months = start.AddDate(0, 3*int(part[1]-'1'), 0), 3
	case part[0] == 'H':
		start, months = start.AddDate(0, 6*int(part[1]-'1'), 0), 6
	default:
		month, _ := strconv.Atoi(part)
		if month < 1 || month > 12 {
			return nil, nil, fmt.Errorf("time %q: month %d out of range", s, month)
		}
		start, months = start.AddDate(0, month-1, 0), 1
	}
	if m[4] != "" {
		day, _ := strconv.Atoi(m[4])
		d := time.Date(year, start.Month(), day, 0, 0, 0, 0, time.UTC)
		if day < 1 || d.Month() != start.Month() {
			return nil, nil, fmt.Errorf("time %q: day %d out of range", s, day)
		}
		start, months, days = d, 0, 1
	}
	end := start.AddDate(0, months, days)
	return &start, &end, nil
}

func isDigits(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil
}

// ParsePublished reads an article date: YYYY-MM-DD (midnight UTC) or RFC 3339.
func ParsePublished(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.DateOnly, time.RFC3339Nano, "2006-01-02T15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("date %q is not YYYY-MM-DD or RFC 3339", s)
}
