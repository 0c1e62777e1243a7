package extract

// "trade on the Nasdaq under the ticker ALAB", "under the symbol ARM": the
// capitals after "ticker" or "symbol" are a stock code, not a company of
// the story. Read as a name, the code became an entity of its own (and
// took the valuation of the sentence), or, matching the gazetteer without
// case ("ARM"), the canonical name of the listed company.

// tickerAfterCue: token i is an all-capital code right after a ticker
// noun. The length test first: most words before a name are not six
// letters long.
func tickerAfterCue(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	p := toks[i-1].low
	return len(p) == 6 && (p == "ticker" || p == "symbol") && len(toks[i].s) <= 5 && upperOnly(toks[i].s)
}
