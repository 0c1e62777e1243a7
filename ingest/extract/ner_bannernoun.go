package extract

// Store banners and franchises named between "the" and a noun for a
// chain of outlets ("the Circle K chain", "the Vons banner"). The noun
// says what the name is, as "chipmaker" does before one, but typeOf read
// only nouns before a name. Nouns for a company as such ("the Sunnyvale
// company", "the Dallas carrier") are left out: a city often stands
// before them as a description, and the gazetteer does not list every
// city.
var bannerNouns = set("chain", "chains", "banner", "banners", "franchise", "supermarket", "supermarkets")

// bannerNoun: the unknown run [i, i+n) stands between "the" and such a
// noun, perhaps after two lower-case words ("the 7-Eleven convenience
// store chain").
func bannerNoun(toks []token, i, n int) bool {
	if i == 0 || toks[i-1].low != "the" {
		return false
	}
	for k := i + n; k < len(toks) && k < i+n+3; k++ {
		if t := &toks[k]; t.kind != tWord || t.cap {
			return false
		} else if bannerNouns[t.low] {
			return true
		}
	}
	return false
}
