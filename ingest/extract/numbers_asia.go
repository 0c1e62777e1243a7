package extract

// Asian money forms of the international business press: the won and the
// rupee glued to their figure ("W66.2tn", "Rs43,574cr"), the Indian
// multipliers ("Rs 5,000 crore", "Rs 20 lakh") and the New Taiwan dollar
// ("NT$2.16tn"). The multipliers and "Rs" sit in the maps of numbers.go.

// gluedCurrency returns the length and currency of a short prefix glued
// to a figure ("W66.2tn": 1, "KRW"), or 0. A lone "W" is a won only with
// a multiplier ("W3" may be a model name): the caller checks.
func gluedCurrency(low string) (int, string) {
	switch {
	case len(low) > 2 && low[0] == 'w' && isDigit(low[1]):
		return 1, "KRW"
	case len(low) > 3 && low[0] == 'r' && low[1] == 's' && isDigit(low[2]):
		return 2, "INR"
	}
	return 0, ""
}

// gluedMoney reads the amount of a glued-prefix token at i.
func gluedMoney(toks []token, i int) (money, bool) {
	n, unit := gluedCurrency(toks[i].low)
	if n == 0 {
		return money{}, false
	}
	num := toks[i].s[n:]
	if _, suffix, ok := parseNumber(num); !ok || unit == "KRW" && suffix == "" && multiplierOf(toks, i+1) == 0 {
		return money{}, false
	}
	return numberWithUnit(toks, i, num, unit)
}

// gluedStart: an amount may start at the word low (moneyStart).
func gluedStart(low string) bool {
	n, _ := gluedCurrency(low)
	return n > 0
}
