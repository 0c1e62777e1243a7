package extract

import "strings"

// hyphenMultiplier reads a multiplier glued to its period: "billion-a-year"
// in "$30 billion-a-year contract", "bn-a-year", "million-per-month". It
// or "$2 billion-plus" (at least). It returns the multiplier, the period
// and the qualifier the glued words give.
func hyphenMultiplier(w string) (mul float64, period, qual string, ok bool) {
	k := strings.IndexByte(w, '-')
	if k <= 0 {
		return 0, "", "", false
	}
	if mul, ok = multipliers[strings.ToLower(w[:k])]; !ok {
		return 0, "", "", false
	}
	rest := strings.ToLower(w[k+1:])
	if rest == "plus" {
		return mul, "", "at_least", true
	}
	for _, p := range []string{"a-", "per-", "each-"} {
		if after, found := strings.CutPrefix(rest, p); found && periodWord(after) != "" {
			return mul, periodWord(after), "", true
		}
	}
	return 0, "", "", false
}
