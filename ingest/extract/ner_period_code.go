package extract

// Reporting-period codes of results copy ("FY25", "FY2026", "H1") are
// capitalised and alphanumeric, so they looked like model or product
// names; they name a time, never an entity. ("H100" is a chip: a half-year
// code has no digits after its number; "3Q24" is a number token and never
// reaches here.)

// periodCode: s is FY + two or four digits, or H1/H2, or Q1-Q4.
func periodCode(s string) bool {
	switch {
	case len(s) == 2:
		return s[0] == 'H' && (s[1] == '1' || s[1] == '2') || s[0] == 'Q' && s[1] >= '1' && s[1] <= '4'
	case len(s) == 4 || len(s) == 6:
		return s[0] == 'F' && s[1] == 'Y' && allDigits(s[2:])
	}
	return false
}

// allDigits: s is digits only.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}
