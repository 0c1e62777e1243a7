package extract

// Business lines: "Cigna agreed to sell its Medicare business", "their
// Asia operations". A lone capitalised word between a possessive
// determiner and a line-of-business noun names a market, programme or
// region the company serves, not a company of its own: it is no entity
// (and a sale of it names no acquired company). A name of two or more
// words ("its Mead Johnson nutrition unit") and a "unit", "arm" or
// "subsidiary" stay names: those are often companies acting in their own
// name. Gazetteer names never reach this test.

// businessLine: the capitalised token i is such a lone word, or names a
// site (siteNamed).
func businessLine(toks []token, i int) bool {
	if siteNamed(toks, i) || basedIn(toks, i) {
		return true
	}
	if i == 0 || i+1 >= len(toks) || !lineNoun(toks[i+1].low) {
		return false
	}
	switch toks[i-1].low {
	case "its", "their":
		return true
	}
	return false
}

// lineNoun: nouns for a line of business rather than a legal entity.
func lineNoun(w string) bool {
	switch w {
	case "business", "businesses", "operations", "segment", "franchise", "portfolio":
		return true
	}
	return false
}

// siteNamed: "the Stabroek block", "the Kashagan oil field" — a lone
// capitalised word before a lower-case noun for an oil, gas or mineral
// site names the site, not a company (a stake in it is no investment in
// a company).
func siteNamed(toks []token, i int) bool {
	j := i + 1
	if j < len(toks) && (toks[j].low == "oil" || toks[j].low == "gas") {
		j++
	}
	if j >= len(toks) || toks[j].cap {
		return false
	}
	switch toks[j].low {
	case "block", "blocks", "field", "fields", "oilfield", "gasfield", "basin", "deposit", "prospect", "reservoir", "mine", "formation":
		return true
	}
	return false
}

// basedIn: "Electric Boat, based in Groton, Connecticut", "based in Abu
// Dhabi" — the capitalised words after "based in" or "headquartered in"
// name a place, whether or not the place list knows it.
func basedIn(toks []token, i int) bool {
	j := i - 1
	for j > i-4 && j >= 0 && toks[j].cap && toks[j].kind == tWord {
		j--
	}
	return j >= 1 && toks[j].low == "in" && (toks[j-1].low == "based" || toks[j-1].low == "headquartered")
}
