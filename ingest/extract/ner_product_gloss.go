package extract

// "Karuna's lead experimental medicine, KarXT, combines ...": a name set
// off by commas right after a lower-case product noun glosses that noun,
// so it is a product ("drug KarXT" without the commas is read by the
// product-noun cue in classify).

// commaGlossed: the run [i, i+n) sits between commas, after a lower-case
// product noun.
func commaGlossed(toks []token, i, n int) bool {
	if i < 2 || i+n >= len(toks) || toks[i-1].s != "," || toks[i+n].s != "," {
		return false
	}
	p := &toks[i-2]
	return p.cls&wProdNoun != 0 && !p.cap && p.kind == tWord
}

// theNamedThing: "the Virginia Payload Module" — a run of three words
// after "the" that opens with a given name names a thing (a module, a
// programme, a class of ships), not a person: people's names take no
// article. Two-word runs ("the Jordan case") are left to the other cues.
func theNamedThing(prev token, run []token) bool {
	return len(run) == 3 && prev.low == "the" && run[0].cls&cFirstname != 0
}

// brandListItem: "owns brands including Sensodyne toothpaste, Advil
// painkillers and Centrum vitamins" — the names listed after "brands
// including|like|such as" are brands, that is products. The walk back
// from i stops at a sentence mark or after twelve tokens.
func brandListItem(toks []token, i int) bool {
	for x := i - 1; x >= 1 && x >= i-12; x-- {
		switch toks[x].low {
		case ".", ";", ":":
			return false
		case "including", "like":
			return toks[x-1].low == "brands"
		case "as":
			return toks[x-1].low == "such" && x >= 2 && toks[x-2].low == "brands"
		}
	}
	return false
}
