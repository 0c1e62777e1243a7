package extract

import "strings"

// Stock exchanges named as the place where shares trade ("rose 6% on the
// Nasdaq", "listed on the New York Stock Exchange") are venues, not
// parties of the story, as indexes are (notEntityRun). An exchange that
// acts ("Nasdaq agreed to buy Adenza", "the Nasdaq's chief") is read as
// before: only a run after "on" or "on the", with no possessive after
// it, is a venue.

// venueNames are the exchanges news names by a short form.
var venueNames = set("nasdaq", "nyse", "hkex", "twse", "euronext", "lse", "tsx", "asx", "sgx", "jse")

// venueRun: the run [i, i+n) names an exchange where shares trade, or
// the index named after it in a market report ("the S&P 500 and the
// Nasdaq rose").
func venueRun(toks []token, i, n int) bool {
	if i == 0 || i+n < len(toks) && toks[i+n].low == "'s" {
		return false
	}
	p := i - 1
	if p > 0 && toks[p].low == "the" {
		p--
	}
	last := toks[i+n-1].low
	venue := n == 1 && venueGate.may(last) && venueNames[last] // wordgate.go
	if venue && indexBefore(toks, p) {
		return true
	}
	return toks[p].low == "on" && (venue || strings.HasPrefix(last, "exchange"))
}

// indexBefore: an index name stands at most seven tokens before p, the
// word before the exchange ("S&P 500 rose 1% and", "Dow, and").
func indexBefore(toks []token, p int) bool {
	for k := p; k >= 0 && k > p-8; k-- {
		if indexNamed(&toks[k]) || toks[k].cls&wNumIndex != 0 {
			return true
		}
	}
	return false
}
