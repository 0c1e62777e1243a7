package extract

// wordGate is a cheap test a word must pass to be a key of a small word
// set: the set's shortest and longest key lengths and a 512-bit signature
// of each key's length, first and last bytes together. Rules that ask such a set about many words (every sentence's
// first word, each word before a pronoun) test the gate first: a word it
// rejects is no key, and the map lookup (a string hash) is skipped; a word
// it passes is looked up as before, so no answer changes.
type wordGate struct {
	minLen, maxLen int
	sig            [8]uint64 // bit gateSig(w) for each key w
}

// gateOf returns the gate of the keys of m (made once, with m).
func gateOf[V any](m map[string]V) wordGate {
	g := wordGate{minLen: 1 << 30}
	for w := range m {
		g.minLen, g.maxLen = min(g.minLen, len(w)), max(g.maxLen, len(w))
		if w != "" {
			h := gateSig(w)
			g.sig[h>>6] |= 1 << (h & 63)
		}
	}
	return g
}

// gateSig mixes the length and the first and last bytes of a non-empty w
// into 9 bits: unlike a test of each byte alone, it rejects a word whose
// first byte is one key's and last byte another's.
func gateSig(w string) uint32 {
	return (uint32(len(w))*0x9E3779B1 + uint32(w[0])*0x85EBCA77 + uint32(w[len(w)-1])*0xC2B2AE3D) >> 23
}

// may: w passes the gate (it may be a key).
func (g *wordGate) may(w string) bool {
	if len(w) < g.minLen || len(w) > g.maxLen {
		return false
	}
	if len(w) == 0 {
		return true
	}
	h := gateSig(w)
	return g.sig[h>>6]>>(h&63)&1 != 0
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
	stockWorthGate = gateOf(stockWorthVerbs)    // rel_stake_events.go stockWorth (every trigger word)
)

// moreGates are the gates of the sets rel_buyers.go moreFrames asks in turn
// of every fMore trigger word.
var moreGates = struct {
	process, host, vendor, service, pour, acqPlural, move, backer, coWork, reserve, build, prelim, media wordGate
}{gateOf(processNouns), gateOf(hostVerbs), gateOf(vendorPlurals), gateOf(serviceVerbs), gateOf(pourVerbs),
	gateOf(acquisitionPlurals), gateOf(moveVerbs), gateOf(backerNouns), gateOf(coWorkVerbs), gateOf(reserveVerbs),
	gateOf(buildVerbs), gateOf(prelimDealNouns), gateOf(mediaTriggers)}

// Gates of sets asked of many words (each with its file; TestWordGates
// checks each against its set). gate.in(set, w) asks the set only of a
// word the gate passes, so it answers as set[w] does.
var (
	possPrepGate      = gateOf(possPreps)          // coref_plural.go
	vagueGate         = gateOf(vagueHeads)         // coref_role.go
	changeGate        = gateOf(changeVerbs)        // metrics_delta.go
	perUnitGate       = gateOf(perUnitWords)       // metrics_per_unit.go
	aheadGate         = gateOf(aheadVerbs)         // metrics_verbs.go
	plantDetGate      = gateOf(plantDets)          // ner_facility.go
	regionGate        = gateOf(regionHeads)        // ner_region.go
	timeAdjunctGate   = gateOf(timeAdjunctWords)   // rel_status_time.go
	siteGate          = gateOf(siteNouns)          // rel_build_for.go
	carriageGate      = gateOf(carriageWords)      // rel_carriage.go
	lostGate          = gateOf(lostVerbs)          // rel_contract_holder.go
	valuationGate     = gateOf(valuationWords)     // rel_deal.go
	techGate          = gateOf(techNouns)          // rel_frames2.go
	gerundGate        = gateOf(gerundPreps)        // rel_gerund.go
	supplyRoleGate    = gateOf(supplyRoles)        // rel_parent.go
	investorRoleGate  = gateOf(investorRoles)      // rel_parent.go
	anonBuyerGate     = gateOf(anonBuyerNouns)     // rel_product_share.go
	retailDealGate    = gateOf(retailDealWords)    // rel_retail_deal.go
	gamesGate         = gateOf(gamesNouns)         // rel_rights_games.go
	partWordGate      = gateOf(partWords)          // rel_role.go
	purchaseShareGate = gateOf(purchaseShareNouns) // rel_share_purchases.go
	notSwitchedGate   = gateOf(notSwitched)        // rel_switch.go
	switchStopGate    = gateOf(switchStops)        // rel_switch_parties.go
	talkGate          = gateOf(talkNouns)          // rel_talks_about.go
)

// More gates of sets asked of many words (gate.in; TestWordGates checks each).
var (
	buyNounGate      = gateOf(buyNouns)            // rel_buyers.go, rel_compute.go, rel_design.go, rel_frames.go,
	renameGate       = gateOf(renameWords)         // rel_frames.go
	facilityGate     = gateOf(facilityNouns)       // rel_core.go, rel_facility.go, rel_from_maker.go
	leaveGate        = gateOf(leaveVerbs)          // rel_leads_moves.go
	returnGate       = gateOf(returnVerbs)         // rel_leads_moves.go
	bidNounGate      = gateOf(bidNouns)            // rel_rival_bid.go
	leaseGate        = gateOf(leaseVerbs)          // rel_power.go
	apposUnitGate    = gateOf(appositiveUnitNouns) // rel_owner.go, rel_unit_appos.go
	eventPrepGate    = gateOf(eventPreps)          // rel_time_event.go
	passiveAuxGate   = gateOf(passiveAux)          // rel_frames2.go, rel_goods.go, rel_madeby.go, rel_more2.go, r
	saleVerbGate     = gateOf(saleVerbs)           // rel_service_buyers.go
	summaryNounGate  = gateOf(summaryNouns)        // rel_relative.go
	paidWordGate     = gateOf(paidWords)           // rel_paid.go
	resellGate       = gateOf(resellVerbs)         // rel_frames3.go
	acquireNounGate  = gateOf(acquireNouns)        // rel_frames.go
	govHeadGate      = gateOf(govHeads)            // coref_examples.go
	objectPrepGate   = gateOf(objectPreps)         // coref_more3.go, coref_object_list.go, coref_plural.go, rel_m
	completeGate     = gateOf(completeVerbs)       // rel_clause.go
	powerWordGate    = gateOf(powerWords)          // rel_power.go
	custIncludeGate  = gateOf(custIncludeWords)    // rel_customers_include.go
	exitVerbGate     = gateOf(exitVerbs)           // rel_role.go, rel_stake_events.go
	dealNounGate     = gateOf(dealNouns)           // rel_deal.go, rel_deal_opener.go, rel_more3.go
	composedUnitGate = gateOf(composedUnitWords)   // ner_composed_unit.go
)

// in is m[w], looked up only when w passes g (the gate of m's keys).
func (g *wordGate) in(m map[string]bool, w string) bool {
	return g.may(w) && m[w]
}
