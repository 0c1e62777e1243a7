package extract

import (
	"strings"

	"github.com/cigraph/cigraph/graph"
)

var personTitles = map[string]bool{
	"ceo": true, "officer": true, "executive": true, "chairman": true, "chairwoman": true,
	"president": true, "founder": true, "co-founder": true, "cofounder": true, "analyst": true,
	"dr": true, "dr.": true, "mr": true, "mrs": true, "ms": true, "cfo": true, "cto": true, "coo": true,
	"director": true, "chief": true, "minister": true, "secretary": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "boss": true, "investor": true, "billionaire": true,
	"co-chief": true, "co-ceo": true,
	"sir": true, "dame": true, // ner_honorific.go
}

var orgAfterPossessive = map[string]bool{
	"ceo": true, "chief": true, "board": true, "shares": true, "stock": true, "revenue": true,
	"revenues": true, "sales": true, "parent": true, "founder": true, "co-founder": true,
	"shareholders": true, "investors": true, "customers": true, "customer": true, "suppliers": true,
	"supplier": true, "largest": true, "biggest": true, "main": true, "profit": true, "profits": true,
	"valuation": true, "market": true, "acquisition": true, "investment": true, "executives": true,
	"chairman": true, "president": true, "subsidiary": true, "unit": true, "stake": true, "share": true,
}

// typeOf types an unknown capitalised run from its context; cued is false
// when nothing but capitalisation speaks for it.
func (st *state) typeOf(s *sentence, i, n int) (graph.EntityType, bool) {
	toks := s.toks
	run := toks[i : i+n]
	at := func(k int) token {
		if k >= 0 && k < len(toks) {
			return toks[k]
		}
		return token{}
	}
	prev, prev2, next, next2 := at(i-1), at(i-2), at(i+n), at(i+n+1)
	last := run[len(run)-1]
	if last.s == "." && n > 1 {
		last = run[n-2]
	}
	switch {
	case last.cls&(cSuffix|cOrghead) != 0 && n > 1:
		return graph.Org, true
	case n > 2 && st.jointRun(s, i, n): // ner_joint.go
		return graph.Org, true
	case theNamedThing(prev, run): // ner_product_gloss.go
		return "", false
	case brandListItem(toks, i): // ner_product_gloss.go
		return graph.Product, true
	case st.isPersonName(run) || n >= 2 && n <= 3 && (personTitles[prev.low] || personTitles[strings.TrimSuffix(prev.low, ".")]) && last.cls&cOrghead == 0,
		personContext(run, prev, next, next2), titledAppositive(toks, i, n), founderRun(toks, i, n), // ner_more.go
		theTitledAppositive(toks, i, n), titleComma(toks, i, n), aTitledAppositive(toks, i, n), // ner_govbody.go, ner_opener.go
		n > 2 && initialedName(run), st.kinName(run), // ner_initials.go, ner_kin.go
		st.personListItem(s, i, n): // ner_person_list.go
		return graph.Person, true
	case prev.low == "-" && prev2.low == "co" || strings.HasSuffix(prev.low, "-based") || next.low == "-based":
		return graph.Org, strings.HasSuffix(prev.low, "-based")
	case ownedByRun(toks, i): // ner_possessed_unit.go
		return graph.Org, true
	case prev.cls&wOrgNoun != 0 && prev.kind == tWord && !prev.cap || prev.low == "publication":
		return graph.Org, true
	case prev.s == "," && next.s == "," && orgNounComma(prev2): // ner_nounname.go: "His design firm, LoveFrom, will ..."
		return graph.Org, true
	case prev.low == "'s" && st.prevMentionIsOrg(s, i-1):
		return possessedType(run, next, next2)
	case glossed(run, next, next2):
		return "", false // "Average Selling Price (ASP)": a term with its initials
	case acronymOnly(run) && st.productNounAfter(toks, i+n):
		return "", false
	case st.productNounAfter(toks, i+n) || prev.cls&wProdNoun != 0 && !prev.cap || prev.low == "called" || prev.low == "dubbed",
		productListCue(toks, i, n), // ner_madeby.go
		commaGlossed(toks, i, n):   // ner_product_gloss.go
		return graph.Product, true
	case makerNoun(next.low) && next2.cap && next2.kind == tWord && next2.cls&cNonname == 0 && (i > 0 || n > 1): // ner_maker_head.go: "Elden Ring developer FromSoftware" (not the opener "Drug developer X")
		return graph.Product, true
	case productLike(run[0].s) && n <= 2 && !(next.s == "," && (next2.low == "a" || next2.low == "an")):
		return graph.Product, true
	case next.low == "'s" && orgAfterPossessive[next2.low]:
		return graph.Org, true
	case (prev.low == "its" || prev.low == "their") && unitNouns[next.low] && n <= 3:
		return graph.Org, true // "sell its Innomotics unit": a business it owns
	case prev.low == "the" && bannerNoun(toks, i, n): // ner_bannernoun.go
		return graph.Org, true
	case (prev.low == "of" || prev.low == "in") && (prev2.low == "shares" || prev2.low == "stake"):
		return graph.Org, true
	case next.s == "(" && next2.kind == tWord && upperOnly(next2.s) && len(next2.s) >= 2:
		return graph.Org, true
	case next.s == "," && (next2.low == "a" || next2.low == "an" || next2.low == "the") && st.orgNounWithin(toks, i+n+2, 6):
		return graph.Org, true
	case next.s == "," && st.productApposition(toks, i+n+1): // ner_product_apposition.go
		return graph.Product, true
	}
	if n == 1 && len(run[0].s) <= 2 {
		return "", false
	}
	return graph.Org, false
}

// isPersonName: a known first name followed by one or two capitalised words.
func (st *state) isPersonName(run []token) bool {
	if len(run) < 2 || len(run) > 3 || run[0].cls&cFirstname == 0 {
		return false
	}
	for _, t := range run[1:] {
		if t.kind != tWord || !t.cap || t.cls&(cOrghead|cSuffix) != 0 {
			return false
		}
	}
	return true
}

func (st *state) prevMentionIsOrg(s *sentence, possTok int) bool {
	for _, m := range s.ments {
		if m.b == possTok {
			return st.ents[m.ent].typ == graph.Org
		}
	}
	return false
}

// productNounAfter: "Fios offering", "Masterpass digital payment solution".
func (st *state) productNounAfter(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+4; j++ {
		t := toks[j]
		if t.kind != tWord || t.cap && t.cls&(cNonname|wProdNoun) != cNonname|wProdNoun { // "GPUs" is no name
			return false
		}
		if t.cls&wProdNoun != 0 {
			return j+1 >= len(toks) || toks[j+1].low != "of"
		}
		if t.cls&wOrgNoun != 0 || verbAfterName(t) {
			return false
		}
	}
	return false
}

// verbAfterName: the lower-case word t after a name, before goods, is a
// verb (or a frame word), so the goods are the verb's object, not the
// name's head: "Korvel buys chips from Y" names a buyer, not a chip called Korvel.
func verbAfterName(t token) bool {
	if t.cap {
		return false
	}
	return t.cls&(wFinite|wMake|wTrigger) != 0
}

func (st *state) orgNounWithin(toks []token, k, n int) bool {
	for j := k; j < len(toks) && j < k+n; j++ {
		if toks[j].cls&wOrgNoun != 0 {
			return true
		}
		if toks[j].s == "," {
			return false
		}
	}
	return false
}

// unitNouns name a company held by another: "Castor's Dawnrise unit".
var unitNouns = set("unit", "units", "subsidiary", "division", "arm", "affiliate")

// possessedType types a run after an organisation's possessive: "Acme's
// Widget" is a product, "Acme's Beta unit" an organisation, and a run cut
// short before another capitalised word ("Acme's South African parent")
// or glossed by its initials ("Acme's Average Selling Price (ASP)") is none.
func possessedType(run []token, next, next2 token) (graph.EntityType, bool) {
	switch {
	case next.low == "'s" && orgAfterPossessive[next2.low], unitNouns[next.low], possessedUnit(run, next): // ner_possessed_unit.go
		return graph.Org, true
	case next.kind == tWord && next.cap, glossed(run, next, next2):
		return "", false
	case len(run) == 1 && possessedSpeaker[next.low]:
		return graph.Person, true // "Nvidia's Huang said": a surname, not a product
	}
	return graph.Product, true
}

// possessedSpeaker: the verbs after "X's Surname" that make it a person.
var possessedSpeaker = set("said", "says", "told", "added", "noted", "wrote", "argued", "explained", "insisted", "warned")

// glossed reports a multi-word run followed by "(" and its own initials:
// "High Performance Computing (HPC)", a descriptive term, not a name.
func glossed(run []token, open, acr token) bool {
	if open.s != "(" || len(run) < 2 || len(acr.s) != len(run) || !upperOnly(acr.s) {
		return false
	}
	for i, t := range run {
		if t.s == "" || t.s[0] != acr.s[i] {
			return false
		}
	}
	return true
}

// acronymOnly: a lone all-capitals word such as "ATM" before "network" is an
// abbreviation of a common noun more often than a product name.
func acronymOnly(run []token) bool {
	return len(run) == 1 && len(run[0].s) <= 4 && upperOnly(run[0].s)
}

// hireVerbs name a person to a post: "X named Jane Doe as chief executive".
var hireVerbs = set("named", "appointed", "hired", "tapped", "promoted", "elected", "picked")

// personContext: a two- or three-word name followed by ", who" or hired
// "as" something ("named Jane Doe as chief executive", or without the
// "as": "named Jane Doe chief executive").
func personContext(run []token, prev, next, next2 token) bool {
	if len(run) < 2 || len(run) > 3 {
		return false
	}
	for _, t := range run {
		if t.kind != tWord || !t.cap || t.cls&(cOrghead|cSuffix|cNonname|cPlace) != 0 {
			return false
		}
	}
	if successionCue(prev, next, next2) { // ner_succession.go
		return true
	}
	return next.s == "," && (next2.low == "who" || personTitles[next2.low] && next2.low != "investor") ||
		hireGate.may(prev.low) && hireVerbs[prev.low] && (next.low == "as" || hiredTitle(next.low)) // wordgate.go
}

// lexCued: a gazetteer match counts as a cued entity unless it is a
// one- or two-letter form of an ambiguous row ("X" in "said on X"), which
// needs a context cue (lexicon README, flags); without one it is a bare
// candidate, kept only when a relation uses it or it recurs.
func (st *state) lexCued(s *sentence, i, n, lex int) bool {
	e := &st.lx.entries[lex] // (no copy: an entry is large)
	// a title-case headline capitalises verbs too ("Regulators Circle Big Tech")
	if !e.ambiguous || n > 1 || len(s.toks[i].s) > 2 && !st.vendorAbsent(e) && !s.sp.headline {
		return true
	}
	_, cued := st.typeOf(s, i, n)
	return cued
}

// ambiguousRetype: the one-word form of an ambiguous row is read as an
// unknown name when its context cues an organisation and the row is a
// product whose maker the article does not name ("Leaf, a small startup"
// is no car), or when a first name precedes it ("Editing by Jan Harvey": a
// surname).
func (st *state) ambiguousRetype(s *sentence, i, n, lex int) bool {
	e := &st.lx.entries[lex] // (no copy: an entry is large)
	if !e.ambiguous || n > 1 {
		return false
	}
	if i > 0 && s.toks[i-1].cls&cFirstname != 0 && s.toks[i-1].cap {
		return true
	}
	typ, cued := st.typeOf(s, i, n)
	// a product whose maker the article names keeps its type: "Google
	// launched Gemini, a rival to ChatGPT" is no company called Gemini
	return cued && typ == graph.Org && e.typ == graph.Product && st.vendorAbsent(e)
}

// indexWords end the names of market indexes and exchanges' listings,
// which are never entities of the story ("Dow Jones Industrial Average",
// "Nasdaq Composite", "the Stoxx 600 index").
var indexWords = set("average", "composite", "index", "indexes", "indices")

// notEntityRun: a run that is part of an index name, or an exchange before
// a ticker ("NYSE: AAPL", "Nasdaq: NVDA").
func (st *state) notEntityRun(s *sentence, i, n int) bool {
	toks := s.toks
	if credited(toks, i, n) || indexNamed(&toks[i]) || datelineAgency(toks, i, n) || venueRun(toks, i, n) || figureOpener(toks, i, n) || wireSlashed(toks, i, n) { // ner_venue.go, ner_figure_opener.go, ner_wire_dateline.go
		return true
	}
	if numIdx := toks[i].cls&wNumIndex != 0; numIdx && i+n < len(toks) && toks[i+n].kind == tNum || n > 1 && numIdx && toks[i+n-1].kind == tNum {
		return true // "the Nasdaq 100", "Russell 2000" (not Nasdaq the exchange operator)
	}
	if i+n+1 < len(toks) && toks[i+n].s == ":" && upperOnly(toks[i+n+1].s) && toks[i+n+1].kind == tWord {
		return true
	}
	if s.sum.cls&wIndexWord == 0 {
		return false // the tests below need an index word ("Composite", "index")
	}
	j := i + n
	for j < len(toks) && j < i+n+3 && (capLike(&toks[j]) || toks[j].kind == tNum) {
		j++
	}
	for k := i; k < j; k++ {
		if k > i && toks[k].cap && toks[k].cls&wIndexWord != 0 {
			return true
		}
	}
	return j < len(toks) && toks[j].low == "index" && j > i+n-1 && toks[j-1].kind == tNum
}

// figureNouns are the lower-case nouns of a report's figures; a lone
// capitalised word before one at the start of a sentence is an adjective
// or noun capitalised by position ("Gross margin rose", "Operating income").
var figureNouns = set("margin", "margins", "revenue", "revenues", "sales", "profit", "profits",
	"income", "earnings", "demand", "spending", "growth", "prices", "costs", "output", "orders",
	"shipments", "volumes", "rates", "expenses", "losses", "debt", "cash")

// commonOpener: the sentence opens with one capitalised word and a figure
// noun, or a noun phrase ending in one.
func commonOpener(toks []token) bool {
	if len(toks) < 2 || toks[0].cls&wFigure != 0 {
		return len(toks) > 1
	}
	for x := 1; x < len(toks) && x <= 3 && !toks[x].cap && toks[x].kind == tWord; x++ {
		if toks[x].cls&wFigure != 0 {
			return true // "Edge computing sales rose"
		}
	}
	return false
}

// articleHead: a one-word gazetteer alias that heads an organisation the
// article already named in full is a short form of that one ("Lumen
// Retail ... Lumen competes"), not the unrelated lexicon company.
func (st *state) articleHead(surface string, n, lex int) int {
	if lex < 0 || n > 1 || st.lx.entries[lex].name == surface {
		return -1
	}
	for _, k := range st.byFirst[surface] {
		e := &st.ents[k]
		if e.lex < 0 && e.typ == graph.Org && e.owner == "" && strings.HasPrefix(e.name, surface+" ") { // not "Samsung Foundry" (ner_composed_unit.go)
			return k
		}
	}
	return -1
}

// creditWords open an image credit: "Photo by Jane Doe", "Credit: Jane Doe".
var creditWords = set("photo", "photos", "photograph", "picture", "image", "images", "illustration", "credit", "credits")

// credited: the run is an image credit, "Jane Doe/Agency" or after "Photo
// by" / "Credit:"; credits are not entities of the story (ONTOLOGY).
func credited(toks []token, i, n int) bool {
	// every test below needs "by", "/" or ":" before the run, or "/" after
	// it: asked of every candidate run, most fail this one first
	if !(i > 0 && creditMark(toks[i-1].low) || i+n < len(toks) && toks[i+n].s == "/") {
		return false
	}
	if bylined(toks, i, n) {
		return true
	}
	// a two-word name before the slash: "Microsoft/OpenAI" is no credit
	if n >= 2 && i+n+1 < len(toks) && toks[i+n].s == "/" && toks[i+n+1].cap {
		return true
	}
	if i > 2 && toks[i-1].s == "/" && toks[i-2].cap && toks[i-3].cap && toks[i-3].kind == tWord {
		return true // the agency after the slash
	}
	// only x = i-2 can open a credit (x < i-1); the cheap tests on the
	// token after it go before the map probe
	if x := i - 2; x >= 0 {
		return (toks[x+1].low == "by" || toks[x+1].s == ":" && strings.HasPrefix(toks[x].low, "credit")) && creditWords[toks[x].low]
	}
	return false
}

// creditMark: w may stand before a credited run ("by", "/", ":").
func creditMark(w string) bool { return w == "by" || w == "/" || w == ":" }

// indexNamed: indexNames[t.low without trailing digits] ("ASX200"), read
// from the class bits unless the word ends in a digit.
func indexNamed(t *token) bool {
	if w := t.low; w != "" && w[len(w)-1]-'0' < 10 {
		return indexNames[strings.TrimRight(w, "0123456789")]
	}
	return t.cls&wIndexName != 0
}

// titledAppositive: "Harley Finkelstein, Shopify's president," or "Jane
// Roe, the company's chief operating officer": a two- or three-word name
// glossed by an organisation's executive title is a person, even with a
// first name the list lacks. The title must end the phrase ("Walmart's
// chief rival" is no title).
func titledAppositive(toks []token, i, n int) bool {
	if n < 2 || n > 3 || i+n+2 >= len(toks) || toks[i+n].s != "," {
		return false
	}
	for _, t := range toks[i : i+n] {
		if t.kind != tWord || t.cls&(cOrghead|cSuffix|cNonname|cPlace) != 0 {
			return false
		}
	}
	x := i + n + 1
	for x < len(toks) && x < i+n+6 && toks[x].low != "'s" {
		x++
	}
	if x >= len(toks) || toks[x].low != "'s" {
		return false
	}
	e := x + 1
	if e < len(toks) && pastTitleWord(toks[e].low) { // "Y's former CFO": rel_stake_events.go
		e++
		x++
	}
	for e < len(toks) && personTitles[toks[e].low] || e < len(toks) && (toks[e].low == "operating" || toks[e].low == "financial") {
		e++
	}
	return e > x+1 && (e == len(toks) || toks[e].kind == tPunct || toks[e].low == "of" || toks[e].low == "and")
}

// bylineWords precede "by" in a story's credits: "Reporting by Jane Doe;
// Editing by John Roe".
var bylineWords = set("reporting", "editing", "writing", "reported", "edited", "written", "additional")

// bylined: the run is a reporter or editor named in the credits, or the
// name of a "By Jane Doe" line; they are no entities of the story.
func bylined(toks []token, i, n int) bool {
	if i == 0 || toks[i-1].low != "by" {
		return false
	}
	if i >= 2 && bylineWords[toks[i-2].low] {
		return true
	}
	if i == 1 && toks[0].cap {
		return i+n == len(toks) || toks[i+n].s == ";" || toks[i+n].s == "|" || toks[i+n].s == "," && i+n+1 < len(toks) && toks[i+n+1].cap
	}
	return i >= 2 && (toks[i-2].s == ";" || toks[i-2].s == "|") // "...; By Jane Doe"
}

// personOfOrg: "Carsten Helbing of Volkswagen": a two-word run joined by
// "of" to a name the gazetteer knows is a person and an employer, not one
// name ("Bank of America" is itself in the gazetteer, and "University of
// Texas" joins a place).
func personOfOrg(toks []token, i, j int) bool {
	return toks[j].low == "of" && j-i >= 2 && toks[j+1].cls&cGazFirst != 0 && toks[j-1].kind == tWord && toks[i].cls&cOrghead == 0 && toks[j-1].cls&(cOrghead|cSuffix) == 0
}

// vendorAbsent: an ambiguous one-word product ("Leaf", "Galaxy") whose
// maker the article has not named needs a cue of its own ("Leaf blowers").
func (st *state) vendorAbsent(e *lexEntry) bool {
	if e.typ != graph.Product || e.owner == "" {
		return false
	}
	_, ok := st.byKey[st.norm(e.owner)]
	return !ok
}

// indexNames head stock market indexes ("ASX200", "FTSE 100", "Nikkei
// 225", "Stoxx 600"), which are never entities of the story.
var indexNames = set("asx", "ftse", "stoxx", "nikkei", "dax", "cac", "kospi", "sensex", "nifty", "tsx", "topix", "hang", "msci", "s&p")

// numberedIndex head the indexes named with a number ("Nasdaq 100").
var numberedIndex = set("nasdaq", "russell", "dow", "euro")
