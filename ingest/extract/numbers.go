package extract

import (
	"strconv"
	"strings"

	"github.com/cigraph/cigraph/graph"
)

// money is an amount of money found in a sentence at tokens [a, b).
type money struct {
	a, b     int
	amt      graph.Amount
	perShare bool // "$229 per share": a price, not a deal value
}

// percent is a percentage at tokens [a, b).
type percent struct {
	a, b      int
	value     float64
	qualifier string
}

var multipliers = map[string]float64{
	"thousand": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
	"billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12, "t": 1e12,
	"crore": 1e7, "crores": 1e7, "cr": 1e7, "lakh": 1e5, "lakhs": 1e5, // numbers_asia.go
}

var currencySymbols = map[string]string{"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW"}

var currencyCodes = map[string]string{
	"usd": "USD", "eur": "EUR", "gbp": "GBP", "cny": "CNY", "rmb": "CNY", "jpy": "JPY", "krw": "KRW",
	"inr": "INR", "aud": "AUD", "cad": "CAD", "chf": "CHF", "hkd": "HKD", "twd": "TWD", "sgd": "SGD",
	"rs": "INR", // numbers_asia.go
}

var currencyWords = map[string]string{
	"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP", "sterling": "GBP",
	"yuan": "CNY", "renminbi": "CNY", "yen": "JPY", "won": "KRW", "rupees": "INR",
}

// findMoney returns the money amounts of a sentence.
func findMoney(toks []token, out []money) []money {
	for i := 0; i < len(toks); i++ {
		if t := &toks[i]; noMoneyStart(t) || !moneyStart(t) || !unitAfterNumber(toks, i) {
			continue
		}
		m, ok := moneyAt(toks, i)
		if !ok {
			continue
		}
		if m.amt.Qualifier == "" {
			m.amt.Qualifier = qualifierBefore(toks, m.a)
		}
		if m.amt.Period == "" { // else "$30 billion-a-year" said it
			m.amt.Period, m.b = periodAfter(toks, m.b)
		}
		if m.amt.Period == "" {
			m.amt.Period = periodBefore(toks, m.a)
		}
		m.perShare = m.b+1 < len(toks) && toks[m.b].low == "per" && toks[m.b+1].low == "share" ||
			m.b+2 < len(toks) && toks[m.b].low == "a" && toks[m.b+1].low == "share"
		if conv, ok := conversionAfter(toks, m.b); ok {
			if m.amt.Unit != "USD" && conv.amt.Unit == "USD" {
				q := m.amt.Qualifier
				m.amt = conv.amt
				m.amt.Period = firstNonEmpty(m.amt.Period, periodOf(m))
				if q == "" || q == "exact" {
					q = "approx"
				}
				m.amt.Qualifier = q
			}
			m.b = conv.b + 1
		}
		rangePerShare(out, &m, toks) // metrics_arr.go
		out = append(out, m)
		i = m.b - 1
	}
	return out
}

func periodOf(m money) string { return m.amt.Period }

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// noMoneyStart: moneyStart(t) is false, told inline from three bits for
// most tokens: every disjunct of moneyStart needs a number, a word of class
// wMoney or the flag tfDigit.
func noMoneyStart(t *token) bool {
	return t.kind != tNum && t.cls&wMoney == 0 && t.flags&tfDigit == 0
}

// moneyStart reports whether an amount can start at t.
func moneyStart(t *token) bool {
	// a digit in the fourth byte sets tfDigit (the flags are exact): most
	// words fail that bit test, not the byte and length tests
	return t.kind == tNum || t.cls&wMoney != 0 || t.flags&tfDigit != 0 && len(t.low) > 3 && isDigit(t.low[3]) && currencyCodes[t.low[:3]] != "" ||
		t.flags&tfDigit != 0 && t.kind == tWord && gluedStart(t.low) // numbers_asia.go
}

// unitAfterNumber: a bare number at token i can start an amount only when
// a multiplier or currency word follows ("27.7 billion dollars", "80
// billion (£65bn)", "20M euros"): moneyWords reads no other. Most numbers
// (years, counts, dates) fail here without being parsed.
func unitAfterNumber(toks []token, i int) bool {
	return toks[i].kind != tNum || i+1 < len(toks) && toks[i+1].cls&(wMult|wCurWord) != 0
}

// conversionAfter reads "(£48bn)" or "($920 million)" right after an amount.
func conversionAfter(toks []token, b int) (money, bool) {
	if b >= len(toks) || toks[b].s != "(" {
		return money{}, false
	}
	m, ok := moneyAt(toks, b+1)
	if !ok || m.b >= len(toks) || toks[m.b].s != ")" {
		return money{}, false
	}
	return m, true
}

// currencySymbol is currencySymbols[s], with "$", by far the most
// frequent, answered without hashing.
func currencySymbol(s string) string {
	if s == "$" {
		return "USD"
	}
	return currencySymbols[s]
}

// dollarPrefix names the dollar of "US$", "A$", "C$", "HK$" (a switch: no
// map literal built per call).
func dollarPrefix(low string) string {
	switch low {
	case "us":
		return "USD"
	case "a":
		return "AUD"
	case "c":
		return "CAD"
	case "nt":
		return "TWD" // numbers_asia.go
	}
	return "HKD"
}

// moneyAt parses an amount starting at token i.
func moneyAt(toks []token, i int) (money, bool) {
	t := toks[i]
	unit := ""
	j := i
	cur := t.cls&wMoney != 0 // every key of the currency maps has the class
	switch {
	case cur && t.kind == tPunct && currencySymbol(t.s) != "": // every symbol is a punctuation token
		unit, j = currencySymbol(t.s), i+1
	case (t.low == "us" || t.low == "a" || t.low == "c" || t.low == "hk" || t.low == "nt") && i+1 < len(toks) && toks[i+1].s == "$" && glued(t, toks[i+1]):
		unit, j = dollarPrefix(t.low), i+2
	case len(t.low) > 3 && isDigit(t.low[3]) && currencyCodes[t.low[:3]] != "":
		return numberWithUnit(toks, i, t.s[3:], currencyCodes[t.low[:3]])
	case t.kind == tWord && t.flags&tfDigit != 0 && !cur:
		if m, ok := gluedMoney(toks, i); ok { // numbers_asia.go
			return m, true
		}
	case cur && t.cap && i+1 < len(toks) && toks[i+1].kind == tNum && currencyCodes[t.low] != "":
		unit, j = currencyCodes[t.low], i+1
	}
	if unit != "" {
		if j >= len(toks) || toks[j].kind != tNum {
			return money{}, false
		}
		m, ok := numberWithUnit(toks, j, toks[j].s, unit)
		m.a = i
		return m, ok
	}
	return moneyWords(toks, i)
}

// numberWithUnit reads NUMBER [multiplier] at token i (num is its text).
func numberWithUnit(toks []token, i int, num, unit string) (money, bool) {
	v, suffix, ok := parseNumber(num)
	if !ok {
		return money{}, false
	}
	b := i + 1
	period, qual := "", ""
	if suffix != "" {
		mul, ok := multipliers[strings.ToLower(suffix)]
		if !ok {
			if mul, period, qual, ok = hyphenMultiplier(suffix); !ok { // numbers_loose.go
				return money{}, false
			}
		}
		v = scaled(v, mul) // numbers_more3.go
	} else if mul := multiplierOf(toks, b); mul != 0 {
		v = scaled(v, mul)
		b++
	} else if b < len(toks) && toks[b].flags&tfHyphen != 0 {
		if mul, p, q, ok := hyphenMultiplier(toks[b].s); ok {
			v, period, qual = scaled(v, mul), p, q
			b++
		}
	}
	if cur := currencyWordOf(toks, b); unit == "" && cur != "" {
		unit = cur
		b++
	} else if cur := nationalCurrency(toks, b); unit == "" && cur != "" { // numbers_national.go
		unit = cur
		b += 2
	}
	if unit == "" {
		return money{}, false
	}
	return money{a: i, b: b, amt: graph.Amount{Value: v, Unit: unit, Period: period, Qualifier: qual}}, true
}

// multiplierOf is multipliers[toks[b].low] (0 past the end), probing the
// map only for words of class wMult.
func multiplierOf(toks []token, b int) float64 {
	if b >= len(toks) || toks[b].cls&wMult == 0 {
		return 0
	}
	return multipliers[toks[b].low]
}

// currencyWordOf is currencyWords[toks[b].low] ("" past the end), probing
// the map only for words of class wCurWord.
func currencyWordOf(toks []token, b int) string {
	if b >= len(toks) || toks[b].cls&wCurWord == 0 {
		return ""
	}
	return currencyWords[toks[b].low]
}

// moneyWords reads "27.7 billion dollars", "a billion dollars", "millions of
// dollars", "tens of billions of dollars".
func moneyWords(toks []token, i int) (money, bool) {
	t := toks[i]
	if t.kind == tNum {
		m, ok := numberWithUnit(toks, i, t.s, "")
		if ok {
			return m, true
		}
		return bareBillions(toks, i)
	}
	if (t.low == "a" || t.low == "one") && i+2 < len(toks) && toks[i+1].cls&wMult != 0 && multipliers[toks[i+1].low] >= 1e6 && toks[i+2].cls&wCurWord != 0 && currencyWords[toks[i+2].low] != "" {
		return money{a: i, b: i + 3, amt: graph.Amount{Value: multipliers[toks[i+1].low], Unit: currencyWords[toks[i+2].low]}}, true
	}
	if fewMult(toks, i) {
		// "several million dollars", "a few billion dollars": at least two
		n := i + 1
		if t.low == "a" {
			n++
		}
		return money{a: i, b: n + 2, amt: graph.Amount{Value: 2 * multipliers[toks[n].low], Unit: currencyWords[toks[n+1].low], Qualifier: "at_least"}}, true
	}
	base := 1.0
	j := i
	if (t.low == "tens" || t.low == "hundreds") && i+2 < len(toks) && toks[i+1].low == "of" {
		base, j = map[string]float64{"tens": 10, "hundreds": 100}[t.low], i+2
	}
	w := toks[j].low
	if (w == "millions" || w == "billions") && j+2 < len(toks) && toks[j+1].low == "of" && toks[j+2].cls&wCurWord != 0 && currencyWords[toks[j+2].low] != "" {
		return money{a: i, b: j + 3, amt: graph.Amount{Value: base * multipliers[w], Unit: currencyWords[toks[j+2].low], Qualifier: "at_least"}}, true
	}
	return money{}, false
}

// parseNumber reads "1.5", "10,000", "20M", "3.4bn" -> value and suffix.
func parseNumber(s string) (float64, string, bool) {
	k := 0
	for k < len(s) && (isDigit(s[k]) || s[k] == '.' || s[k] == ',') {
		k++
	}
	if k == 0 {
		return 0, "", false
	}
	if v, ok := smallInt(s[:k]); ok {
		return v, s[k:], true // what ParseFloat gives, without its cost
	}
	if v, ok := smallDecimal(s[:k]); ok {
		return v, s[k:], true
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(strings.TrimRight(s[:k], ".,"), ",", ""), 64)
	if err != nil {
		return 0, "", false
	}
	return v, s[k:], true
}

// smallInt reads a string of at most 15 ASCII digits: its value is below
// 2^53, so the float is exact (and equal to ParseFloat's).
func smallInt(s string) (float64, bool) {
	if len(s) > 15 {
		return 0, false
	}
	var n int64
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, false
		}
		n = n*10 + int64(s[i]-'0')
	}
	return float64(n), true
}

// pow10 holds the powers of ten a float64 represents exactly.
var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// smallDecimal reads "1.5" or "27.75": digits, one '.', digits, at most
// 15 digits in all. The digits as an integer (below 2^53) and the power of
// ten are exact, so their quotient is the correctly rounded value, which
// is what ParseFloat returns (its own exact fast path).
func smallDecimal(s string) (float64, bool) {
	if len(s) > 16 {
		return 0, false
	}
	var n int64
	dot := -1
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case isDigit(c):
			n = n*10 + int64(c-'0')
		case c == '.' && dot < 0:
			dot = i
		default:
			return 0, false
		}
	}
	if dot < 0 || dot == len(s)-1 {
		return 0, false
	}
	return float64(n) / pow10[len(s)-dot-1], true
}

var fractionWords = map[string]float64{
	"half": 50, "third": 33.3, "one-third": 33.3, "quarter": 25, "one-quarter": 25,
	"two-thirds": 66.7, "three-quarters": 75, "three-fourths": 75, "one-half": 50,
	"fifth": 20, "one-fifth": 20, "two-fifths": 40, "three-fifths": 60, "tenth": 10, "one-tenth": 10,
}

// findPercents returns the percentages of a sentence.
func findPercents(toks []token, out []percent) []percent {
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.kind == tNum && i+1 < len(toks) {
			next := toks[i+1].low
			if next == "%" || next == "percent" || next == "pct" || next == "per" && i+2 < len(toks) && toks[i+2].low == "cent" {
				v, suf, ok := parseNumber(t.s)
				if ok && suf == "" {
					b := i + 2
					if next == "per" {
						b++
					}
					a := i
					if negativeSign(toks, i) { // numbers_sign.go
						v, a = -v, i-1
					}
					out = append(out, percent{a: a, b: b, value: v, qualifier: qualifierBefore(toks, a)})
				}
			}
			continue
		}
		if t.cls&wPercent == 0 {
			continue
		}
		if f, ok := fractionWords[t.low]; ok && i+1 < len(toks) && toks[i+1].low == "of" {
			a := i
			if i > 0 && (toks[i-1].low == "a" || toks[i-1].low == "one") {
				a = i - 1
			} else if i > 0 && toks[i-1].low == "the" || t.low == "fifth" || t.low == "tenth" || ordinalQuarter(toks, i) {
				continue // "the fifth of" is an ordinal; "a fifth of" a share
			}
			out = append(out, percent{a: a, b: i + 1, value: f, qualifier: "approx"})
		}
	}
	return out
}
