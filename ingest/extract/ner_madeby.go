package extract

// Brands in the object of "sells", "makes" or "the maker of": "Kenvue
// sells Tylenol, Listerine and Neutrogena", "Procter & Gamble, the
// maker of Tide and Pampers". The verb says the names are products, but
// typeOf read only the word right before a name and product nouns after
// it, so unknown brands were dropped (one mention, no cue) or read as
// companies. Past forms are left out: "sold Asda to ..." sells a
// business.
var productVerbs = set("sells", "makes", "markets", "produces", "manufactures")

// productListCue: the run at i is a member of a list of capitalised
// names (with "the") that follows such a verb or "maker(s) of". A list
// with a known name in it is left to that name's type: "the maker of
// Jeep and Peugeot" lists car brands, which the gazetteer makes units.
func productListCue(toks []token, i, n int) bool {
	if !listMemberEnd(toks, i+n) {
		return false
	}
	k := i - 1
	for steps := 0; k >= 0 && steps < 12; steps++ {
		t := &toks[k]
		if t.s == "," || t.low == "and" || t.low == "the" || t.cap && t.kind == tWord && t.cls&cGazFirst == 0 {
			k--
			continue
		}
		break
	}
	if k < 0 || k == i-1 && toks[k].low != "the" && toks[k].kind == tPunct {
		return false
	}
	t := &toks[k]
	if t.low == "of" {
		return k > 0 && (toks[k-1].low == "maker" || toks[k-1].low == "makers")
	}
	return !t.cap && productVerbs[t.low]
}

// listMemberEnd: the token at j ends a member of the list: the sentence
// end, a comma, a conjunction or stop, or a lower-case word ("sells
// Tylenol on its own"). A possessive or a stray mark makes the name an
// owner or a fragment ("the maker of Zenta's buds").
func listMemberEnd(toks []token, j int) bool {
	if j >= len(toks) {
		return true
	}
	t := &toks[j]
	if t.kind == tPunct {
		return t.s == "," || t.s == "." || t.s == ";" || t.s == ")"
	}
	return t.kind == tWord && !t.cap
}
