package extract

import (
	"strconv"
	"time"
)

// Time strings without allocation. Most time values are a year ("2024"),
// a month ("2024-03"), a quarter ("2024-Q1") or a fiscal year ("FY2024")
// of the years around now; dateTab holds all of those for the years
// tabFirstYear to tabFirstYear+tabYears-1, back to back, and a value is
// cut from it. The table is built once and never written again.
const (
	tabFirstYear = 1900
	tabYears     = 300
	tabMonths    = tabYears * 4               // offset of the months, 7 bytes each
	tabQuarters  = tabMonths + tabYears*12*7  // of the quarters, 7 bytes each
	tabFiscal    = tabQuarters + tabYears*4*7 // of the fiscal years, 6 bytes each
	tabLen       = tabFiscal + tabYears*6
)

var dateTab = buildDateTab()

func buildDateTab() string {
	b := make([]byte, 0, tabLen)
	for y := tabFirstYear; y < tabFirstYear+tabYears; y++ {
		b = strconv.AppendInt(b, int64(y), 10)
	}
	for y := tabFirstYear; y < tabFirstYear+tabYears; y++ {
		for m := 1; m <= 12; m++ {
			b = append(strconv.AppendInt(b, int64(y), 10), '-', byte('0'+m/10), byte('0'+m%10))
		}
	}
	for y := tabFirstYear; y < tabFirstYear+tabYears; y++ {
		for q := 1; q <= 4; q++ {
			b = append(strconv.AppendInt(b, int64(y), 10), '-', 'Q', byte('0'+q))
		}
	}
	for y := tabFirstYear; y < tabFirstYear+tabYears; y++ {
		b = strconv.AppendInt(append(b, 'F', 'Y'), int64(y), 10)
	}
	return string(b)
}

// inTab: year y has its strings in dateTab.
func inTab(y int) bool { return y >= tabFirstYear && y < tabFirstYear+tabYears }

// yearString is strconv.Itoa(y).
func yearString(y int) string {
	if !inTab(y) {
		return strconv.Itoa(y)
	}
	o := (y - tabFirstYear) * 4
	return dateTab[o : o+4]
}

// monthString is dateString(y, m, 0) for a month m in 1..12.
func monthString(y, m int) (string, bool) {
	if !inTab(y) || m < 1 || m > 12 {
		return "", false
	}
	o := tabMonths + ((y-tabFirstYear)*12+m-1)*7
	return dateTab[o : o+7], true
}

// quarterString is strconv.Itoa(y) + "-Q" + strconv.Itoa(q).
func quarterString(y, q int) string {
	if !inTab(y) || q < 1 || q > 4 {
		return strconv.Itoa(y) + "-Q" + strconv.Itoa(q)
	}
	o := tabQuarters + ((y-tabFirstYear)*4+q-1)*7
	return dateTab[o : o+7]
}

// fiscalString is "FY" + y for a year of four digits.
func fiscalString(y string) string {
	if n, err := strconv.Atoi(y); err == nil && len(y) == 4 && inTab(n) {
		o := tabFiscal + (n-tabFirstYear)*6
		return dateTab[o : o+6]
	}
	return "FY" + y
}

// quarterOfYear is ys + "-Q" + strconv.Itoa(q) for a year token ys
// (isYearTok: four digits, no leading zero, so Itoa gives ys back).
func quarterOfYear(ys string, q int) string {
	y, err := strconv.Atoi(ys)
	if err != nil || !isYearTok(ys) {
		return ys + "-Q" + strconv.Itoa(q)
	}
	return quarterString(y, q)
}

// dayMemo keeps the dates of the seven days up to the publication date
// ("yesterday", "on Tuesday"), formatted once per article: relate keeps
// one per article, as its publication date is fixed.
type dayMemo [7]string

// before is formatDate(pub.AddDate(0, 0, -n), true) for n in 0..6.
func (d *dayMemo) before(pub time.Time, n int) string {
	if d == nil {
		return formatDate(pub.AddDate(0, 0, -n), true)
	}
	if d[n] == "" {
		d[n] = formatDate(pub.AddDate(0, 0, -n), true)
	}
	return d[n]
}
