package extract

// lowerCompound: a hyphenated word whose last part is lower case
// ("Third-party", "Long-term", "Cloud-based") is a common adjective that
// opens a sentence, not a name: names capitalise every part
// ("Coca-Cola", "T-Mobile").
func lowerCompound(w string) bool {
	h := -1
	for x := len(w) - 2; x > 0; x-- {
		if w[x] == '-' {
			h = x
			break
		}
	}
	return h > 0 && w[h+1] >= 'a' && w[h+1] <= 'z'
}

// titleComma: an unknown two- or three-word name set off by commas next to
// a title is a person even when no given name is known: "its chief
// executive, Amnon Shashua, said" and "Rajeev Badyal, vice president of
// Project Kuiper, said" (personContext reads single-word titles only).
func titleComma(toks []token, i, n int) bool {
	if n < 2 || n > 3 || i+n+1 >= len(toks) || toks[i+n].s != "," {
		return false
	}
	for _, t := range toks[i : i+n] {
		if t.kind != tWord || !t.cap || t.cls&(cOrghead|cSuffix|cNonname|cPlace) != 0 {
			return false
		}
	}
	if i >= 2 && toks[i-1].s == "," && personTitles[toks[i-2].low] && !toks[i-2].cap && toks[i-2].low != "investor" {
		return true // "its chief executive, NAME,"
	}
	a := i + n + 1
	return titleOpeners[toks[a].low] && a+1 < len(toks) && personTitles[toks[a+1].low]
}

// titleOpeners open a two-word title ("vice president", "senior director").
var titleOpeners = set("vice", "senior", "executive", "general", "managing", "deputy", "former")

// openerAdjectives are common adjectives and quantifiers that open a
// sentence before a lower-case noun ("Large technology companies have
// ...", "Several banks said"): never a one-word name there.
var openerAdjectives = set("large", "larger", "largest", "small", "smaller", "smallest", "major", "several",
	"few", "fewer", "foreign", "existing", "potential", "prospective", "traditional", "established",
	"emerging", "rising", "falling", "slowing", "growing", "similar", "recent", "various", "numerous",
	"certain", "multiple", "current", "former", "future", "typical", "private", "domestic", "leading",
	"younger", "older", "bigger", "biggest", "wealthy", "smart", "cheaper", "higher", "lower", "tighter",
	"stronger", "weaker", "faster", "slower", "heavy", "light", "early", "initial", "overall", "annual",
	"quarterly", "monthly", "weekly", "daily", "net", "gross", "total", "average", "combined", "joint", "remaining",
	"key", "main", // a factbox's lead-in: "Key facts:", "Main backers:" (text_list.go)
	"first", "second", "third", "fourth", "fifth") // "Fourth quarter highlights:"

// openerAdjective: a one-word sentence opener of openerAdjectives followed
// by a lower-case word.
func openerAdjective(toks []token) bool {
	return len(toks) > 1 && toks[1].kind == tWord && !toks[1].cap && openerAdjectives[toks[0].low]
}

// datelineOpened: token i opens the story text after a wire dateline
// ("Jan 16 (Reuters) - Chip design software maker Synopsys said"): only
// capitalised words, numbers and marks stand before its dash, so i is a
// sentence opener like token 0.
func datelineOpened(toks []token, i int) bool {
	if i < 2 || i > 10 || !isDashTok(toks[i-1].s) && toks[i-1].s != "--" {
		return false
	}
	for _, t := range toks[:i-1] {
		if t.kind == tWord && !t.cap {
			return false
		}
	}
	return true
}

// descriptorOpener: the opener heads a description of the name that
// follows ("Chip design software maker Synopsys"): up to four lower-case
// words end in an organisation noun, and a capitalised word comes next.
// A relational noun keeps the opener a company ("Kestrel chip unit
// Boreal", "Kestrel rival Boreal").
func descriptorOpener(toks []token) bool {
	for x := 1; x < len(toks) && x <= 4; x++ {
		t := &toks[x]
		if t.kind != tWord || t.cap {
			return false
		}
		if t.cls&wOrgNoun != 0 {
			return x+1 < len(toks) && toks[x+1].cap && !relationalHeads[t.low]
		}
	}
	return false
}

// relationalHeads name a company by its tie to the word before them.
var relationalHeads = set("unit", "units", "subsidiary", "affiliate", "partner", "customer", "client", "competitor",
	"rival", "rivals", "peer", "acquirer", "buyer", "owner", "parent", "investor", "backer", "supplier", "partners")

// aTitledAppositive: "Cédric O, a former digital minister, ..." — a two-
// or three-word name set off by an indefinite title phrase (at most three
// lower-case words before the title, which ends the phrase) is a person.
func aTitledAppositive(toks []token, i, n int) bool {
	x := i + n + 1
	if n < 2 || n > 3 || x+2 >= len(toks) || toks[i+n].s != "," || toks[x].low != "a" && toks[x].low != "an" {
		return false
	}
	for _, t := range toks[i : i+n] {
		if t.kind != tWord || t.cls&(cOrghead|cSuffix|cNonname|cPlace) != 0 {
			return false
		}
	}
	for e := x + 1; e < len(toks) && e <= x+4; e++ {
		t := &toks[e]
		if t.kind != tWord || t.cap {
			return false
		}
		if personTitles[t.low] && t.low != "investor" && t.low != "executive" {
			nx := e + 1
			return nx == len(toks) || toks[nx].s == "," || toks[nx].s == "." || toks[nx].low == "of" || toks[nx].low == "at"
		}
	}
	return false
}

// pluralOrgNoun: a one-word opener that is the plural of an organisation
// noun of the cue list orgnoun ("Investors backed Quillbridge", "Rivals
// say", "Suppliers raised prices") is a common noun, never a name.
func pluralOrgNoun(t *token) bool {
	return t.cls&wOrgNoun != 0 && len(t.low) > 3 && t.low[len(t.low)-1] == 's' && t.low[len(t.low)-2] != 's'
}
