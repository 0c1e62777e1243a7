package extract

// wordGate is a cheap test a word must pass to be a key of a small word
// set: the set's shortest and longest key lengths and its keys' first and
// last bytes. Rules that ask such a set about many words (every sentence's
// first word, each word before a pronoun) test the gate first: a word it
// rejects is no key, and the map lookup (a string hash) is skipped; a word
// it passes is looked up as before, so no answer changes.
type wordGate struct {
	minLen, maxLen int
	first, last    [4]uint64 // bit c: some key starts (ends) with the byte c
}

// gateOf returns the gate of the keys of m (made once, with m).
func gateOf[V any](m map[string]V) wordGate {
	g := wordGate{minLen: 1 << 30}
	for w := range m {
		g.minLen, g.maxLen = min(g.minLen, len(w)), max(g.maxLen, len(w))
		if w != "" {
			a, z := w[0], w[len(w)-1]
			g.first[a>>6] |= 1 << (a & 63)
			g.last[z>>6] |= 1 << (z & 63)
		}
	}
	return g
}

// may: w passes the gate (it may be a key).
func (g *wordGate) may(w string) bool {
	if len(w) < g.minLen || len(w) > g.maxLen {
		return false
	}
	if len(w) == 0 {
		return true
	}
	a, z := w[0], w[len(w)-1]
	return g.first[a>>6]>>(a&63)&1 != 0 && g.last[z>>6]>>(z&63)&1 != 0
}

// Gates of the sets asked most often (TestWordGates checks each against
// its set).
var (
	participleGate = gateOf(openingParticiples) // coref_lead.go participleEnd
	copulaGate     = gateOf(copulas)            // coref_subject2.go nearSubject
	amongGate      = gateOf(amongCopulas)       // rel_among.go amongCustomers
	contractGate   = gateOf(contractNouns)      // rel_more2.go ordersTurn
	agreementGate  = gateOf(agreementNouns)     // rel_more2.go ordersTurn
	suffixGate     = gateOf(legalSuffixes)      // names.go trimName
	startupGate    = gateOf(startupHeads)       // coref_startup.go startupAntecedent
	supplierGate   = gateOf(supplierHeads)      // coref_subject2.go tradeRole
	wholeGate      = gateOf(wholeMods)          // coref_figure.go wideFigureOpener
	figureModGate  = gateOf(figureMods)         // coref_figure.go wideFigureOpener
	equityGate     = gateOf(equityNouns)        // rel_role.go forEquity
	hireGate       = gateOf(hireVerbs)          // ner_cues.go personContext
	includeGate    = gateOf(includeWords)       // rel_breadth.go customerList
	failableGate   = gateOf(failableDeals)      // rel_deal_failed.go dealNounFailed
	foundGate      = gateOf(foundWords)         // rel_time_aside.go asideTime
	compareGate    = gateOf(compareWords)       // rel_time_aside.go asideTime
	roleModGate    = gateOf(roleModNouns)       // rel_role_mod.go roleModHead (every nextMention)
	venueGate      = gateOf(venueNames)         // ner_venue.go venueRun (every candidate name)
	lapseGate      = gateOf(lapseWords)         // rel_deal_lapsed.go tieLapsed (every sentence with a tie)
	tieGate        = gateOf(tieNouns)           // rel_deal_lapsed.go endedTieParty (every sentence with a tie)
	prelimGate     = gateOf(prelimWords)        // rel_prelim.go hasPrelim (every sentence with a fact)
	unitHeadGate   = gateOf(unitHeads)          // rel_unit_subject.go unitAfterIn
	jointGate      = gateOf(jointWords)         // rel_more3.go jointDeal
	computeGate    = gateOf(computeWords)       // rel_deal.go computeBefore
	licensingGate  = gateOf(licensingWords)     // rel_license.go licensingDeal
	failGate       = gateOf(failWords)          // rel_deal_failed.go dealNounFailed
	acquireGate    = gateOf(acquireVerbs)       // rel_frames3.go acquisitionBefore
	notBuyerGate   = gateOf(notBuyerGroups)     // rel_possgroup.go groupAfter (every CUSTOMER_OF fact)
	notSellerGate  = gateOf(notSellerGroups)    // rel_possgroup.go groupAfter
	forecastGate   = gateOf(forecastWords)      // metrics.go addMetric
	commercialGate = gateOf(commercialHeads)    // coref_examples.go notGovBody
	joinerGate     = gateOf(runJoiners)         // ner.go capRun
	figureAdjGate  = gateOf(figureAdjs)         // ner_figure_opener.go figureOpener (every opening name)
)
