package extract

// "Microsoft's finance chief", "its operations chief": a lower-case
// business function before a title word is part of the title (the role is
// "finance chief", not "chief"). titleRun still needs a role word in the
// run, so the function word alone makes no title.

// domainTitleWord: t is such a function word, in lower case.
func domainTitleWord(t *token) bool {
	return !t.cap && titleDomains[t.low]
}

var titleDomains = set("finance", "operations", "operating", "marketing", "commercial", "strategy", "product",
	"information", "digital", "legal", "investment", "revenue", "people", "medical", "scientific", "sales")

// titledOf: the words from a are a title ending in a person's title word
// and followed by "of|at" and a capitalised word: "Dana Pryce, the chief
// financial officer of Zenta Labs, said" (theTitledAppositive reads the
// run before it as a person's name).
func titledOf(toks []token, a int) bool {
	e := a
	for e < len(toks) && !toks[e].cap && (titleWords[toks[e].low] || personTitles[toks[e].low] || titleDomains[toks[e].low]) {
		e++
	}
	if e == a || e+1 >= len(toks) || !personTitles[toks[e-1].low] || !toks[e+1].cap {
		return false
	}
	return toks[e].low == "of" || toks[e].low == "at"
}
