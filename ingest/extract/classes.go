package extract

import (
	"sort"
	"strings"
)

// Word classes: every token is looked up once in the lexicon's class table
// and carries a bitmask, so rules test bits instead of probing word lists.
const (
	// lower-case classes (keyed by token.low)
	wTrigger     uint64 = 1 << iota // starts some relation frame
	wHedge                          // rumour / denial words (hedgeWords)
	wMoney                          // can start or continue an amount
	wTime                           // can start a time expression
	wPercent                        // fraction words ("quarter", "two-thirds")
	wRef                            // can start a referring expression
	wOrgNoun                        // cue list orgnoun
	wProdNoun                       // cue list prodnoun
	wTitle                          // titleWords
	wPersonTitle                    // personTitles
	wCustomers                      // customers/subscribers/users (metric counts)
	wMetric                         // words that start a metric reading
	wDescHead                       // descHeads (coref descriptions)
	wPlural2                        // pluralSecond (second words of pluralRefs)
	wDescStop                       // descStop (words that end a description)
	wDescAny                        // any word a description can end at (description)
	wMult                           // multipliers keys
	wCurWord                        // currencyWords keys
	wMonth                          // monthNames keys
	wOrdinal                        // ordinals keys
	wWeekday                        // weekdays keys
	wQual                           // qualifierWords keys (punctuation is looked up: qualifierOf)
	wPctUnit                        // "%", "percent", "pct", "per" after a number (findPercents)
	wClause                         // clauseOpeners words and "and" (clauseStart)
	wFinite                         // finiteVerbs keys
	wIndexName                      // indexNames keys (notEntityRun)
	wNumIndex                       // numberedIndex keys
	wIndexWord                      // indexWords keys
	wModal                          // modalWords keys and "than" (hedged)
	wFigure                         // figureNouns keys
	wMake                           // makeVerbs keys (makesFor, asked at every offers trigger)
	wRefWord                        // a word refStart passes without help (refWords, resolveRefs)
	// Bits 32-34 mark words that a per-sentence scan looks for: with none
	// in the sentence summary (summary.go), the scan is skipped.
	wRelOpen                    // bit 32: "which", "who", "that", "whose", summaryNouns (hasRelative)
	wYear                       // bit 33: "year" (times_that_year.go thatYear)
	wRareCue                    // bit 34: prelimWords and failWords keys (hasPrelim, dealNounFailed)
	lowMask  uint64 = 1<<35 - 1 // the lower-case class bits
)

// Case-sensitive classes (keyed by token.s), in their own block so that a
// new lower-case class does not move them: they must stay below phraseShift.
const (
	cNonname uint64 = 1 << (35 + iota)
	cSuffix
	cOrghead
	cFirstname
	cPlace
	cGazFirst   // first token of a gazetteer phrase
	cTicker     // a ticker symbol
	cProdPlural // a single-token product name plus "s"
	cMultiFirst // first word of a multi-word place or nonname cue (allPlaces)
	cGovHead    // "ministry", "Department": the head of a government body (ner_govbody.go)
	cLowerCue   // "fiscal", "Customer": words the lower-case name rules start from (ner_govbody.go)

	// The top bits of a first word of gazetteer phrases hold 1 + the index
	// of its phrases in Lexicon.phrases (0: none, or the index did not fit),
	// so gazetteer needs no map lookup for them.
	phraseShift = 48
)

// frameTriggers are the words frames() dispatches on.
var frameTriggers = []map[string]bool{acquireVerbs, acquireNouns, investVerbs, fromVerbs, supplyVerbs, useVerbs,
	custNouns, partNouns, compWords, rivalVerbs, offerVerbs, agreementNouns, pickVerbs, ownGoodsTriggers, keepVerbs, commitNouns, set("merged", "merge", "bid", "raised", "raises", "raise", "secured",
		"pays", "pay", "paid", "paying", "spends", "spend", "spent", "spending", "expenditure",
		"accounted", "contributed", "came", "due", "represented", "provider", "supplier", "vendor", "assembler",
		"maker", "manufacturer", "awarded", "awards", "award", "agreed", "signed", "together", "parent", "unit", "division", "arm",
		"subsidiary", "shareholder", "owner", "owned", "receiving", "receive", "receives", "draws", "draw", "gets",
		"takes", "'s", "its", "via", "through", "such", "called", "made", "make", "makes", "owns", "directly", "head", "forces",
		"generated", "generates", "generating", "contributing", "contributes", "representing", "represents",
		"participated", "participating", "part", "majority-owned", "wholly-owned", "taken",
		"outsourced", "outsources", "outsource")} // rel_outsourced.go

// staticClasses are the lower-case classes of the Go word lists.
func staticClasses() map[string]uint64 {
	m := map[string]uint64{}
	addAll := func(bit uint64, sets ...map[string]bool) {
		for _, s := range sets {
			for w, ok := range s {
				if ok {
					m[w] |= bit
				}
			}
		}
	}
	addAll(wTrigger, frameTriggers...)
	for w := range frameBits {
		m[w] |= wTrigger
	}
	addAll(wHedge, hedgeWords)
	addAll(wDescHead, descHeads)
	addAll(wPlural2, pluralSecond)
	addAll(wDescStop, descStop)
	addAll(wDescAny, descHeads, set("maker", "developer", "creator", "owner"), modHeads) // modHeads: coref_mod_heads.go
	addAll(wTitle, titleWords)
	addAll(wPersonTitle, personTitles)
	addAll(wCustomers, set("customers", "subscribers", "users"))
	addAll(wRef, refWords)
	for w := range refWords {
		if !refDeterminers[w] {
			m[w] |= wRefWord
		}
	}
	addAll(wRefWord, set("latter", "former"))
	for w := range multipliers {
		m[w] |= wMoney | wMult
	}
	for w := range currencyWords {
		m[w] |= wMoney | wCurWord
	}
	for w := range currencyCodes {
		m[w] |= wMoney
	}
	addAll(wMoney, set("us", "a", "c", "hk", "nt", "one", "tens", "hundreds", "millions", "billions", "several"))
	for w := range currencySymbols {
		m[w] |= wMoney
	}
	for w := range monthNames {
		m[w] |= wTime | wMonth
	}
	for w := range weekdays {
		m[w] |= wTime | wWeekday
	}
	for w := range ordinals {
		m[w] |= wTime | wOrdinal
	}
	addAll(wTime, set("fiscal", "q1", "q2", "q3", "q4", "last", "this", "next", "previous", "yesterday",
		"today", "tonight", "end", "quarter"))
	for w := range qualifierWords {
		m[w] |= wQual
	}
	addAll(wPctUnit, set("%", "percent", "pct", "per"))
	addAll(wClause, clauseOpeners, set("and"))
	addAll(wFinite, finiteVerbs)
	addAll(wIndexName, indexNames)
	addAll(wNumIndex, numberedIndex)
	addAll(wIndexWord, indexWords)
	addAll(wModal, modalWords, set("than"))
	addAll(wFigure, figureNouns)
	addAll(wMetric, capexStarts) // metrics_capex.go
	addAll(wMake, makeVerbs)
	addAll(wRelOpen, set("which", "who", "that", "whose"), summaryNouns)
	addAll(wYear, set("year"))
	addAll(wRareCue, prelimWords, failWords)
	for w := range fractionWords {
		m[w] |= wPercent
	}
	return m
}

// buildClasses fills lx.cls from the Go word lists, the cue lists and the
// gazetteer.
func (lx *Lexicon) buildClasses() {
	lx.cls = staticClasses()
	lowCue := map[string]uint64{"orgnoun": wOrgNoun, "prodnoun": wProdNoun}
	caseCue := map[string]uint64{"nonname": cNonname, "suffix": cSuffix, "orghead": cOrghead,
		"firstname": cFirstname, "place": cPlace}
	for kind, ws := range lx.cues {
		bit := lowCue[kind] | caseCue[kind]
		for w := range ws {
			if sp := strings.IndexByte(w, ' '); sp < 0 {
				lx.cls[w] |= bit
			} else if kind == "place" || kind == "nonname" {
				lx.cls[w[:sp]] |= cMultiFirst
			}
		}
	}
	govBodyClasses(lx.cls) // ner_govbody.go
	lx.indexPhrases()
	for w, ps := range lx.first {
		lx.cls[w] |= cGazFirst
		for _, p := range ps {
			if len(p.toks) == 1 && lx.entries[p.entry].typ == "PRODUCT" {
				lx.cls[w+"s"] |= cProdPlural
			}
		}
	}
	for t := range lx.tickers {
		lx.cls[t] |= cTicker
	}
	lx.buildCapClasses()
	lx.clsT, lx.capT = newWordTable(lx.cls), newWordTable(lx.capCls)
	lx.buildShort()
}

// Short lower-case words ("the", "of", "a") are a third of all words: a
// direct table indexed by their letters classifies them without hashing.
// A letter takes five bits (its code's low five: 1 to 26), so scan takes
// the index straight from the word's bytes (shortIndex8).
const shortLen, shortSize = 3, 1 << (5 * 3)

// buildShort fills lx.short from clsT for every word of 1-3 letters a-z.
func (lx *Lexicon) buildShort() {
	lx.short = make([]uint64, shortSize)
	var w [shortLen]byte
	var fill func(n int)
	fill = func(n int) {
		if n > 0 {
			s := string(w[:n])
			lx.short[shortIndex(s)], _ = lx.clsT.get(s)
		}
		if n == shortLen {
			return
		}
		for c := byte('a'); c <= 'z'; c++ {
			w[n] = c
			fill(n + 1)
		}
	}
	fill(0)
}

// shortIndex numbers a word of 1-3 letters a-z (letters count from 1, so
// lengths do not collide), or returns -1 for any other word.
func shortIndex(s string) int {
	if len(s) > shortLen {
		return -1
	}
	idx := 0
	for k := 0; k < len(s); k++ {
		if s[k]-'a' >= 26 {
			return -1
		}
		idx |= int(s[k]&31) << (5 * k)
	}
	return idx
}

// indexPhrases numbers the phrase lists of lx.first (in word order, so the
// numbering is the same every run) and keeps each number in the class bits
// of its first word.
func (lx *Lexicon) indexPhrases() {
	words := make([]string, 0, len(lx.first))
	for w := range lx.first {
		words = append(words, w)
	}
	sort.Strings(words)
	lx.phrases, lx.many = lx.phrases[:0], lx.many[:0]
	for _, w := range words {
		if len(lx.phrases)+1 >= 1<<(64-phraseShift) {
			return // the rest keep 0: gazetteer looks them up in lx.first
		}
		lx.phrases = append(lx.phrases, lx.first[w])
		lx.many = append(lx.many, lx.manyOf(w)) // (indexFirst ran before)
		lx.cls[w] |= uint64(len(lx.phrases)) << phraseShift
	}
}

// phrasesOf returns the gazetteer phrases that start with the word t:
// from its class bits when they hold them, else from lx.first. (The bits
// of a word token are those of t.s; a punctuation token is classed by its
// folded form, so it is looked up.)
func (lx *Lexicon) phrasesOf(t *token) []phrase {
	if k := t.cls >> phraseShift; k > 0 && t.kind != tPunct {
		return lx.phrases[k-1]
	}
	return lx.first[t.s]
}

// buildCapClasses fills lx.capCls with the final bits of every word with
// capitals that has any: the case-sensitive keys, and the title-case and
// upper-case forms of the lower-case keys. A capitalised word missing from
// it that is the title or upper form of its lower case has no class.
func (lx *Lexicon) buildCapClasses() {
	lx.capCls = map[string]uint64{}
	bits := func(s string) uint64 { return lx.cls[lowerASCII(s)]&lowMask | lx.cls[s]&^lowMask }
	for w, c := range lx.cls {
		if low := lowerASCII(w); low != w {
			lx.capCls[w] = bits(w)
		} else if c&lowMask != 0 {
			for _, v := range []string{titleASCII(w), upperASCII(w)} {
				if v != w {
					lx.capCls[v] = bits(v)
				}
			}
		}
	}
}

func upperASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c-'a' < 26 {
			b[i] = c - 32
		}
	}
	return string(b)
}

func titleASCII(s string) string {
	if s == "" || s[0]-'a' >= 26 {
		return s
	}
	return string(s[0]-32) + s[1:]
}

// titleOrUpper: s is the title-case or upper-case form of low, its lower case.
func titleOrUpper(s, low string) bool {
	if s[0] != low[0]-32 || low[0]-'a' >= 26 {
		return false
	}
	if s[1:] == low[1:] {
		return true
	}
	for i := 1; i < len(s); i++ {
		if s[i]-'a' < 26 {
			return false
		}
	}
	return true
}

// punctClass gives ASCII punctuation tokens their classes without a lookup.
var punctClass = func() (a [128]uint64) {
	for _, c := range "$~" {
		a[c] = wMoney
	}
	a['%'] = wPctUnit
	a[';'] = wClause // as the lexicon classes ";" (clauseOpeners), so clauseStarts can skip a sentence without the bit
	return a
}()

// classify sets the class bits of each token: one lookup for lower-case
// words, two for words with capitals. It returns the summary of toks (a
// sentence) in the same pass.
func (lx *Lexicon) classify(toks []token) sentSum {
	var sum sentSum
	for i := range toks {
		t := &toks[i]
		t.cls = lx.classOf(t)
		sum.add(t)
	}
	return sum
}

// classOf returns the class bits of t.
func (lx *Lexicon) classOf(t *token) uint64 {
	if t.kind == tPunct {
		if len(t.low) == 1 && t.low[0] < 128 {
			return punctClass[t.low[0]]
		}
		c, _ := lx.clsT.get(t.low)
		return c
	}
	if t.flags&tfUpper == 0 { // t.s == t.low
		if k := shortIndex(t.s); k > 0 {
			return lx.short[k]
		}
		c, _ := lx.clsT.get(t.s)
		return c
	}
	if c, ok := lx.capT.get(t.s); ok {
		return c
	}
	if !titleOrUpper(t.s, t.low) {
		c, _ := lx.clsT.get(t.low)
		return c & lowMask // cls[t.s] is 0: not a key of capCls
	}
	return 0
}

// isSuffix is lx.suffix[w] for a word without spaces, read from the class
// tables (a word with an ASCII capital is a key of capT iff it is one of
// cls, whose case-sensitive bits capT keeps).
func (lx *Lexicon) isSuffix(w string) bool {
	if w == "" || strings.IndexByte(w, ' ') >= 0 {
		return lx.suffix[w] // cue phrases with spaces have no class bit
	}
	var c uint64
	if hasUpperASCII(w) {
		c, _ = lx.capT.get(w)
	} else {
		c, _ = lx.clsT.get(w)
	}
	return c&cSuffix != 0
}

// hasUpperASCII: s has a byte in 'A'..'Z' (lowerASCII(s) != s).
func hasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i]-'A' < 26 {
			return true
		}
	}
	return false
}
