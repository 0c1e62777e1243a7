package extract

import (
	"strings"

	"github.com/cigraph/cigraph/graph"
)

// Amounts written loosely: a multiplier glued to its period
// ("$30 billion-a-year") or a vague count ("several million dollars").

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

// fewMult: "several million dollars" or "a few billion euros" at i.
func fewMult(toks []token, i int) bool {
	n := i + 1
	if toks[i].low == "a" && n < len(toks) && toks[n].low == "few" {
		n++
	} else if toks[i].low != "several" {
		return false
	}
	return n+1 < len(toks) && toks[n].cls&wMult != 0 && multipliers[toks[n].low] >= 1e6 && toks[n+1].cls&wCurWord != 0 && currencyWords[toks[n+1].low] != ""
}

// bareBillions reads "80 billion (£65bn)": a dollar figure whose currency is
// only given by the conversion that follows.
func bareBillions(toks []token, i int) (money, bool) {
	if i+1 >= len(toks) || toks[i+1].cls&wMult == 0 || multipliers[toks[i+1].low] < 1e6 {
		return money{}, false
	}
	v, suffix, ok := parseNumber(toks[i].s)
	if !ok || suffix != "" {
		return money{}, false
	}
	if _, conv := conversionAfter(toks, i+2); !conv {
		return money{}, false
	}
	return money{a: i, b: i + 2, amt: graph.Amount{Value: v * multipliers[toks[i+1].low], Unit: "USD"}}, true
}
