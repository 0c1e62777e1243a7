package extract

import (
	"strings"

	"github.com/cigraph/cigraph/graph"
)

// findMentions fills s.ments with the names of the sentence: gazetteer
// matches first, then capitalised runs classified by their cues.
func (st *state) findMentions(s *sentence) {
	toks := s.toks
	for i := nameFrom(toks, labelSkip(toks)); i < len(toks); i = nameFrom(toks, i) {
		if mayLowerName(&toks[i], s.sum.cls) { // ner_govbody.go
			if j, ok := st.lowerCaseName(s, i); ok {
				i = j
				continue
			}
		}
		if tickerAfterCue(toks, i) { // ner_ticker_cue.go
			i++
			continue
		}
		if toks[i].cls&(cTicker|cGazFirst|cProdPlural) == 0 {
			if toks[i].kind == tNum {
				i = st.digitMention(s, i) // ner_digitname.go
				continue
			}
			if honorific(toks, i) { // ner_honorific.go
				i++
				continue
			}
			if !capLike(&toks[i]) || toks[i].kind != tWord || loneNonname(&toks[i]) || st.notName(toks, i) {
				i = st.rejected(s, i) // ner_demonym.go
				continue
			}
			if n := st.capRun(toks, i); n > 0 {
				a := particleBefore(toks, i) // ner_ampersand.go
				i = st.addMention(s, a, n+i-a, -1)
			} else {
				i++
			}
			continue
		}
		if toks[i].cls&cTicker != 0 && i > 0 && (toks[i-1].s == "(" || toks[i-1].s == ":") { // every ticker has the class
			if lex, ok := st.lx.tickers[toks[i].s]; ok {
				i = st.addMention(s, i, 1, lex)
				continue
			}
		}
		if n, ent := st.gazetteer(s, i); n > 0 {
			if st.theOverlap(s, i, n) { // ner_the_overlap.go: "The National Basketball Association"
				i++
				continue
			}
			if v := st.versionTail(toks, i, n, ent); v > i+n {
				i = st.addVersioned(s, i, v, ent) // ner_version.go
				continue
			}
			if run := st.capRun(toks, i); run > n && !suffixOnly(toks[i+n:i+run]) && (st.endsOrgLike(toks[i:i+run]) || run == n+1 && st.stateUnitTail(toks[i+n:i+run], ent) || (st.unknownTail(s, i+n, i+run) || st.jointTail(s, i, i+n, i+run)) && !productTail(toks, i+run)) { // ner_joint.go
				head := ent
				if run != n+1 {
					head = -1
				}
				i = st.addMention(s, i, run, -1)
				st.composedUnit(s, i-run, i, head) // ner_composed_unit.go: "Samsung Foundry"
				continue
			}
			i = st.addMention(s, i, n, ent)
			continue
		}
		if !capLike(&toks[i]) || toks[i].kind != tWord || loneNonname(&toks[i]) || st.notName(toks, i) {
			i = st.rejected(s, i) // ner_demonym.go
			continue
		}
		n := st.capRun(toks, i)
		if n == 0 {
			i++
			continue
		}
		i = st.addMention(s, i, n, -1)
	}
	// a stale hint is harmless within the document (normFresh compares
	// it), but not in the next one, whose lowered copy reuses the bytes of
	// this one's (lowpool.go; release clears it too)
	st.hint = [2]string{}
}

// nameFrom returns the first token from i that findMentions must look at:
// a gazetteer or ticker word, or one that capLike may accept. It steps
// over the lower-case words, numbers and marks (most tokens) in a tight
// loop; findMentions would step over them one by one. A capital first
// letter (t.cap) makes a word and sets tfUpper or tfNonASCII (the flags
// are exact), so it needs no test of its own (TestNameFromCap); the
// flags go first: most tokens have neither.
func nameFrom(toks []token, i int) int {
	for ; i < len(toks); i++ {
		t := &toks[i]
		if t.flags&(tfUpper|tfNonASCII) != 0 && t.kind != tPunct || t.cls&(cTicker|cGazFirst|cProdPlural) != 0 { // a number: "1Password" (ner_digitname.go)
			return i
		}
	}
	return i
}

// loneNonname: a nonname word that starts no multi-word place ("The",
// "Analysts", "Still") is where capRun returns 0 (placeRun finds nothing),
// so the sentence openers skip notName and capRun.
func loneNonname(t *token) bool {
	return t.cls&(cNonname|cMultiFirst) == cNonname
}

// notName rejects words that look capitalised but never start a name:
// contractions, currency amounts, "-based" adjectives, tickers and datelines.
func (st *state) notName(toks []token, i int) bool {
	t := &toks[i] // (not a copy: notName is asked of every capitalised word)
	low := t.low
	// a quote or hyphen in a word sets a token flag: most words skip the searches
	if t.flags&(tfApos|tfNonASCII|tfHyphen) != 0 && (strings.IndexByte(low, '\'') >= 0 || strings.Contains(low, "’") || strings.HasSuffix(low, "-based") || strings.HasSuffix(low, "-headquartered") || ownerSuffix(low) != "") {
		return true
	}
	if len(low) > 3 && isDigit(low[3]) && currencyCodes[low[:3]] != "" {
		return true
	}
	if t.flags&tfDigit != 0 && gluedStart(low) { // numbers_asia.go: "W66.2tn"
		return true
	}
	if (t.flags&tfHyphen != 0 || i+1 < len(toks) && toks[i+1].cap) && compoundNotName(toks, i) { // ner_compound.go
		return true
	}
	if i < 14 && toks[0].kind == tWord && len(toks[0].s) >= 2 && toks[0].s[1] < 'a' && upperOnly(toks[0].s) && i < st.datelineWords(toks) { // ner_dateline.go
		return true
	}
	if seriesRound(toks, i) { // ner_more3.go
		return true
	}
	if i > 0 && toks[i-1].s == "(" && upperOnly(t.s) && (strings.Contains(t.s, ".") || i+1 < len(toks) && toks[i+1].s == ")") {
		return true // "(LMT.N)", "(HPC)"
	}
	if i > 0 && toks[i-1].s == "[" || i+1 < len(toks) && toks[i+1].s == ":" && upperOnly(t.s) {
		return true
	}
	if i == 0 && upperOnly(t.s) && len(t.s) > 3 && i+1 < len(toks) && toks[i+1].s == "(" {
		return true // "FRANKFURT (Reuters)"
	}
	if t.flags&tfHyphen != 0 && st.joinedNames(t.s) { // ner_compound.go
		return true
	}
	if titleInner(toks, i) || cityBeforeBased(toks, i) { // ner_title_city.go: "Chief Technology Officer", "Wallingford, Connecticut-based"
		return true
	}
	return businessLine(toks, i) || programRun(toks, i) // ner_business_line.go, ner_program_noun.go
}

// hyphenAt is strings.IndexByte(t.s, '-'), searching only words whose
// flags say they hold one.
func hyphenAt(t *token) int {
	if t.flags&tfHyphen == 0 {
		return -1
	}
	return strings.IndexByte(t.s, '-')
}

// gazetteer returns the length of the longest lexicon phrase at i.
func (st *state) gazetteer(s *sentence, i int) (int, int) {
	toks := s.toks
	ps, single := st.lx.phrasesOf(&toks[i]), -1
	if len(ps) > manyPhrases && i+1 < len(toks) && (toks[i+1].kind != tPunct || toks[i+1].s == toks[i+1].low) {
		// only the phrases whose second token is the next word can match
		// before the one-token phrases (Lexicon.indexFirst); a mark
		// matches by its folded form, the key when it is written so ("Microsoft,")
		single, ps = st.lx.manyAt(&toks[i], toks[i+1].s) // lexicon.go
	}
	for _, p := range ps {
		// the first word is the map key: only the rest needs comparing
		if i+len(p.toks) <= len(toks) && phraseAt(toks[i+1:], p.toks[1:]) {
			return len(p.toks), p.entry
		}
	}
	if single >= 0 {
		return 1, single
	}
	if t := toks[i]; len(t.s) > 3 && t.s[len(t.s)-1] == 's' {
		for _, p := range st.lx.first[t.s[:len(t.s)-1]] {
			if len(p.toks) == 1 && st.lx.entries[p.entry].typ == graph.Product {
				return 1, p.entry
			}
		}
	}
	return 0, -1
}

// phraseAt: toks start with the words ws (punctuation by its folded form).
func phraseAt(toks []token, ws []string) bool {
	for k, w := range ws {
		if t := &toks[k]; !sameWord(t.s, w) && !(t.kind == tPunct && t.low == w) {
			return false
		}
	}
	return true
}

// sameWord is a == b, settling most unequal words by length and first
// byte without a call to compare them.
func sameWord(a, b string) bool {
	return len(a) == len(b) && (len(a) == 0 || a[0] == b[0] && a == b)
}

// unknownTail: the capitalised words after a gazetteer match are not names
// of their own, so the match is the head of a longer unknown name
// ("Lumen Grid" is not "Lumen").
func (st *state) unknownTail(s *sentence, a, b int) bool {
	for k := a; k < b; k++ {
		t := s.toks[k]
		if t.kind != tWord || !t.cap || t.cls&cNonname != 0 || t.cls&cPlace != 0 {
			return false
		}
		if t.cls&cGazFirst != 0 { // "Lumen Retail": "Retail Dive" does not match here
			if n, _ := st.gazetteer(s, k); n > 0 {
				return false
			}
		}
	}
	return true
}

var runJoiners = map[string]bool{"of": true, "&": true, "de": true, "von": true, "van": true, "der": true, "and": false}

// capRun returns how many tokens from i form a capitalised name.
func (st *state) capRun(toks []token, i int) int {
	j := i
	for j < len(toks) {
		t := &toks[j]
		switch {
		case t.flags&tfHyphen != 0 && t.cls&wTitle != 0:
			return j - i // "Intel co-CEO Michelle Holthaus": the title is no part of a name
		case j > i && t.flags&tfHyphen != 0 && ownerSuffix(t.low) != "": // (only words hold an inner '-')
			return j - i // "Pemberton Capital-backed X": the owner is read by ownedBy
		case capLike(t) && !(j > i && t.cls&cNonname != 0 && t.cls&(cSuffix|cOrghead) == 0):
			if j == i && t.cls&cNonname != 0 {
				return st.placeRun(toks, i) // "New York" is one place, not "York"
			}
			j++
		case j > i && t.kind == tNum && len(t.s) <= 4 && !strings.ContainsAny(t.s, ",.") && !yearLike(t.s):
			j++ // "Model 3", "Office 365"
		case j > i && j+1 < len(toks) && toks[j+1].cap && toks[j+1].cls&cNonname == 0 && joinerGate.may(t.low) && runJoiners[t.low] && !personOfOrg(toks, i, j): // the map last (gated: wordgate.go)
			j++
		case j > i && t.low == "of" && st.ofPlace(toks, j) > 0: // ner_ofplace.go
			j += st.ofPlace(toks, j)
		case j > i && t.s == "." && toks[j-1].cls&cSuffix != 0 && abbrevSuffix(&toks[j-1]):
			j++ // "Corp."
		case j > i && t.s == "." && initialDot(toks, i, j): // ner_initials.go
			j++
		case j > i && t.low == "'s" && innerApos(toks, j): // ner_more3.go
			j++
		case j > i && ampLetter(toks, j): // ner_ampersand.go
			j += 2
		default:
			return j - i
		}
	}
	return j - i
}

// yearLike: four digits starting 19 or 20 ("19.4" is a percentage, not a year).
func yearLike(s string) bool {
	return len(s) == 4 && (strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20")) && isDigit(s[2]) && isDigit(s[3])
}

// endsOrgLike: the run ends with a legal suffix or a company head word.
func (st *state) endsOrgLike(ts []token) bool {
	last := ts[len(ts)-1]
	if last.s == "." && len(ts) > 1 {
		last = ts[len(ts)-2]
	}
	return last.cls&(cSuffix|cOrghead) != 0
}

// addMention classifies tokens [i, i+n) and records the mention; it returns
// the index after it.
func (st *state) addMention(s *sentence, i, n, lex int) int {
	toks := s.toks
	// a legal suffix right after a gazetteer name belongs to it: "Nvidia Corp."
	for lex >= 0 && i+n < len(toks) && toks[i+n].cls&cSuffix != 0 {
		n++
		if i+n < len(toks) && toks[i+n].s == "." && abbrevSuffix(&toks[i+n-1]) { // names_suffixdot.go
			n++
		}
	}
	n = commaSuffix(toks, i, n) // names_country.go: "Co., Ltd."
	surface := s.text[toks[i].start()-s.sp.start : toks[i+n-1].end()-s.sp.start]
	if lex >= 0 && n == 1 && st.lx.entries[lex].typ == graph.Product && strings.HasSuffix(surface, "s") {
		if _, ok := st.lx.byName[st.norm(surface)]; !ok {
			surface = surface[:len(surface)-1] // "iPhones"
		}
	}
	if lex == -1 && st.placeOrShort(toks[i:i+n], surface) {
		return i + n // classify's first test, before the dearer notEntityRun
	}
	if st.notEntityRun(s, i, n) || lex == -1 && facilityNoun(toks, i, n) >= 0 { // ner_facility.go
		return i + n
	}
	if lex >= 0 && st.ambiguousSite(s, i, n, lex) { // ner_name_tail.go
		return i + n
	}
	if j, ok := st.formerOf(s, i, n); ok { // names_former.go
		return st.addFormer(s, i, n, j, surface)
	}
	st.hint = [2]string{surface, st.low[toks[i].start() : toks[i].start()+len(surface)]}
	var ent int
	if lex >= 0 && st.ambiguousRetype(s, i, n, lex) {
		if st.placeOrShort(toks[i:i+n], surface) {
			return i + n // (as classify would)
		}
		lex = -1
	}
	if k := st.articleHead(surface, n, lex); k >= 0 {
		ent, lex = k, -2
	}
	if lex >= 0 {
		e := &st.lx.entries[lex] // (no copy: an entry is large)
		ent = st.entityFor(e.name, e.typ, lex)
		st.ents[ent].cued = st.ents[ent].cued || st.lexCued(s, i, n, lex)
		st.ents[ent].publisher = e.publisher
		st.ents[ent].owner, st.ents[ent].role = e.owner, e.role
	} else if lex == -1 {
		var ok bool
		if ent, ok = st.classify(s, i, n, surface); !ok {
			return i + n
		}
	}
	st.addForm(ent, surface)
	st.acronymAlias(s, i+n, ent, surface) // ner_acronym.go
	if i > 0 && toks[i-1].kind != tPunct {
		st.ents[ent].mid++
	}
	poss := i+n < len(toks) && toks[i+n].low == "'s"
	a := st.placeOwnerStart(s, i, st.ents[ent].typ) // ner_place_owner.go: "Abu Dhabi's MGX"
	s.ments = append(s.ments, mention{a: a, b: i + n, ent: ent, poss: poss})
	return i + n
}

// placeOrShort: classify rejects the run at once, a place or a cue word
// (allPlaces) or a single byte; addMention tests it before classify.
func (st *state) placeOrShort(ts []token, surface string) bool {
	return st.allPlaces(ts) || len(surface) < 2 || len(ts) == 1 && periodCode(surface) // ner_period_code.go
}

// classify decides whether an unknown capitalised run (no place, two
// bytes or more: addMention checks) names an entity and which type; it
// returns the entity index.
func (st *state) classify(s *sentence, i, n int, surface string) (int, bool) {
	toks := s.toks
	if k, ok := st.known(surface); ok { // (addMention has ruled out places)
		return k, true
	}
	if s.sp.headline && !tagName(toks, i, n) || n == 1 && toks[i].cls&cSuffix != 0 { // transcript.go
		return 0, false // a lone legal suffix ("Seven & i Holdings") names nothing
	}
	typ, cued := st.typeOf(s, i, n)
	if typ == "" || st.placeAcronymRun(toks, i, n) || regionRun(toks, i, n) { // ner_place_acronym.go, ner_region.go
		return 0, false
	}
	if !cued && itemLabel(s, i, n) { // ner_item_label.go
		return 0, false
	}
	if i == 0 && !cued && n == 1 && (st.lowerSeen[toks[0].low] || pluralOrgNoun(&toks[0]) || commonOpener(toks) || lowerCompound(toks[0].s) || openerAdjective(toks) || descriptorOpener(toks)) { // ner_opener.go
		return 0, false // a common word that starts the sentence
	}
	if i > 0 && !cued && n == 1 && datelineOpened(toks, i) && (st.lowerSeen[toks[i].low] || commonOpener(toks[i:]) || openerAdjective(toks[i:]) || descriptorOpener(toks[i:])) {
		return 0, false // the same after a wire dateline
	}
	if i == 0 && cued && n == 1 && st.cuedOpener(toks) { // ner_dateline.go
		return 0, false
	}
	if st.quotedOpenerWord(toks, i, n, cued) { // ner_quote_opener.go
		return 0, false
	}
	name := st.plainRun(surface, &toks[i+n-1])
	ent := st.entityFor(name, typ, -1)
	if cued {
		st.ents[ent].cued = true
		if st.ents[ent].typ != typ && typ != graph.Org {
			st.ents[ent].typ = typ
		}
	}
	return ent, true
}

// plainRun is plainName(surface, isSuffix) for a run ending with token t.
// When t is an ASCII word after a space, ending in a letter or digit, the
// last word plainName would test is t itself, and t's class bits say what
// isSuffix would; if it is no suffix, the name is the whole surface.
func (st *state) plainRun(surface string, t *token) string {
	k := len(surface) - len(t.s) - 1
	if t.kind == tWord && t.cls&cSuffix == 0 && t.flags&tfNonASCII == 0 && k > 0 && surface[k] == ' ' &&
		surface[k+1:] == t.s && nameByte(t.s[len(t.s)-1]) {
		return surface
	}
	return plainName(surface, st.lx.isSuffix)
}
