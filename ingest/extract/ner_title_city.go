package extract

import "strings"

// "Chief Technology Officer", "Chief Information Security Officer": the
// capitalised words between "Chief" and "Officer" are part of a title,
// never a name ("Technology" had become a company that a later "the
// company's" could resolve to).

// titleInner: the capitalised run at i follows "Chief" and ends in
// "Officer" within four words.
func titleInner(toks []token, i int) bool {
	if i == 0 || toks[i-1].low != "chief" {
		return false
	}
	for j := i; j < len(toks) && j < i+4 && toks[j].cap; j++ {
		if toks[j].low == "officer" {
			return true
		}
	}
	return false
}

// cityBeforeBased: the capitalised run at i is a city before its state or
// country in a "-based" adjective: "the Wallingford, Connecticut-based
// company", "a San Jose, California-based startup". The city is no name
// (it had become a company that a later "the company" resolved to).
func cityBeforeBased(toks []token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].low != "," && !toks[i+1].cap {
		return false // (most names go on in lower case: no scan)
	}
	j := i
	for j < len(toks) && j < i+3 && toks[j].cap {
		j++
	}
	if j+1 >= len(toks) || toks[j].low != "," || toks[j+1].flags&tfHyphen == 0 {
		return false
	}
	w := toks[j+1].low
	return strings.HasSuffix(w, "-based") || strings.HasSuffix(w, "-headquartered")
}
