package extract

// Names with a plural possessive inside: "Ontario Teachers' Pension Plan",
// "the Mine Workers' Benefit Fund". The bare apostrophe after a plural
// common noun, followed by a fund or organisation head, is part of the name.

// fundHeads may follow such an apostrophe (besides the orghead cue words).
var fundHeads = set("Pension", "Pensions", "Retirement", "Superannuation", "Provident", "Benefit", "Benefits",
	"Mutual", "Savings", "Union", "Association", "Federation", "Guild", "Credit", "Welfare", "Compensation")

// innerApos: the bare apostrophe at j continues the capitalised run: the
// word before is a plural that is no company head ("General Motors'" is a
// possessive) and the word after heads a fund or an organisation.
func innerApos(toks []token, j int) bool {
	if j+1 >= len(toks) || toks[j].s != "'" {
		return false
	}
	p, n := &toks[j-1], &toks[j+1]
	if p.kind != tWord || p.cls&(cOrghead|cSuffix) != 0 || p.low[len(p.low)-1] != 's' || !n.cap {
		return false
	}
	return n.cls&cOrghead != 0 || fundHeads[n.s]
}

// seriesRound: "Series C" in "a Series C round" names a funding stage, not
// a company; a product line ("Xbox Series X") is read from its first word.
func seriesRound(toks []token, i int) bool {
	if toks[i].s != "Series" || i+1 >= len(toks) {
		return false
	}
	n := toks[i+1].s
	return len(n) == 1 && n[0] >= 'A' && n[0] <= 'Z' && (i+2 >= len(toks) || !toks[i+2].cap)
}
