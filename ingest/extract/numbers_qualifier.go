package extract

import "strings"

// Qualifiers and periods of amounts: "nearly", "about", "up to" before a
// figure, "a month", "per quarter", "annualized" after it.

var qualifierWords = map[string]string{
	"nearly": "approx", "almost": "approx", "about": "approx", "approximately": "approx",
	"roughly": "approx", "around": "approx", "some": "approx", "circa": "approx", "~": "approx",
	"estimated": "approx", "over": "more_than", "above": "more_than", "exceeding": "more_than",
}

// qualifierBefore reads the hedge in front of a number ("nearly", "up to").
func qualifierBefore(toks []token, a int) string {
	if q := phraseQualifier(toks, a); q != "" {
		return q
	}
	if a >= 1 {
		if q := qualifierOf(&toks[a-1]); q != "" {
			return q
		}
	}
	return "exact"
}

// phraseQualifier reads a hedge of several words before token a: "up to",
// "as much as", "as many as", "at least", "more than", "upwards of", "a
// bit more", "close to", "less than", "fewer than". It is asked of every
// amount, so it switches on the word before a, which each phrase ends
// with, instead of testing each phrase.
func phraseQualifier(toks []token, a int) string {
	w := func(k int) string {
		if a-k >= 0 {
			return toks[a-k].low
		}
		return ""
	}
	switch w(1) {
	case "to":
		switch w(2) {
		case "up":
			return "up_to"
		case "close":
			return "approx"
		}
	case "as":
		if w(3) == "as" && (w(2) == "much" || w(2) == "many") {
			return "up_to"
		}
	case "least":
		if w(2) == "at" {
			return "at_least"
		}
	case "than":
		switch w(2) {
		case "more":
			return "more_than"
		case "less", "fewer":
			return "up_to"
		}
	case "of":
		if w(2) == "upwards" {
			return "more_than"
		}
	case "more":
		if w(3) == "a" && w(2) == "bit" {
			return "more_than"
		}
	}
	return ""
}

// qualifierOf is qualifierWords[t.low], probing the map only for words of
// class wQual (single-byte punctuation such as "~" has no word class).
func qualifierOf(t *token) string {
	if t.cls&wQual != 0 {
		return qualifierWords[t.low]
	}
	if t.kind == tPunct && t.low == "~" { // the one punctuation key
		return "approx"
	}
	return ""
}

// periodAfter reads "per month", "a year", "annually", "/year" after an amount.
func periodAfter(toks []token, b int) (string, int) {
	w := func(k int) string {
		if b+k < len(toks) {
			return toks[b+k].low
		}
		return ""
	}
	if p := periodWord(w(0)); p != "" && (w(0) == "annually" || w(0) == "monthly" || w(0) == "quarterly" || strings.HasPrefix(w(0), "annuali")) {
		return p, b + 1
	}
	if (w(0) == "per" || w(0) == "a" || w(0) == "each" || w(0) == "every" || w(0) == "/") && periodWord(w(1)) != "" {
		if w(0) == "a" && relativeTail(w(2)) {
			return "", b // "$1 billion a year earlier": a time, not a rate
		}
		return periodWord(w(1)), b + 2
	}
	if w(0) == "upfront" || w(0) == "up-front" {
		return "once", b // "$200 million upfront": a one-time payment (a licence fee)
	}
	if w(0) == "in" && (strings.HasPrefix(w(1), "annuali") || w(1) == "annual") {
		if w(1) == "annual" {
			return "year", b
		}
		return "annualized", b
	}
	return "", b
}

// relativeTail: "a year earlier", "a quarter ago" place an event in time.
func relativeTail(w string) bool {
	switch w {
	case "earlier", "ago", "before", "later", "after", "prior":
		return true
	}
	return false
}

// periodBefore reads "monthly expenditure of ... $20 million" style periods.
func periodBefore(toks []token, a int) string {
	for k := a - 1; k >= 0 && k >= a-16; k-- {
		switch toks[k].low {
		case "monthly":
			return "month"
		case "annualized", "annualised":
			return "annualized"
		case "quarterly":
			return "quarter"
		}
	}
	return ""
}

func periodWord(w string) string {
	switch w {
	case "month", "monthly", "mo":
		return "month"
	case "year", "annually", "annum", "yr", "annual":
		return "year"
	case "quarter", "quarterly":
		return "quarter"
	case "annualized", "annualised":
		return "annualized"
	}
	return ""
}
