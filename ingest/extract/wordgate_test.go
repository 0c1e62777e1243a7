package extract

import (
	"testing"
	"time"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
)

// TestAbsentKeyMemo: entityFor skips its byKey lookup only for the key
// known just missed, and only while byKey has gained no key: a key added
// in between (here by addForm), or a new document, makes it look again.
func TestAbsentKeyMemo(t *testing.T) {
	r := rules(t)
	st := newState(r.lx, "x", time.Time{})
	_, ok := st.known("Zorblax")
	assert.False(t, ok)
	a := st.entityFor("Zorblax", graph.Org, -1) // the memo holds: a new entity
	assert.Equal(t, a, st.byKey[st.norm("Zorblax")])

	_, ok = st.known("Quenty")
	assert.False(t, ok)
	st.addForm(a, "Quenty") // byKey gains the key known missed
	assert.Equal(t, a, st.entityFor("Quenty", graph.Org, -1))
	st.release()

	st = newState(r.lx, "x", time.Time{})
	defer st.release()
	_, ok = st.known("Quenty")
	assert.False(t, ok) // a new document: the memo was reset with byKey
	b := st.entityFor("Quenty", graph.Org, -1)
	assert.Equal(t, b, st.entityFor("Quenty", graph.Org, -1))
}

// TestWordGates: a gate passes every key of its set (so a word it rejects
// is no key), and rejects words of other lengths or first or last bytes.
func TestWordGates(t *testing.T) {
	for name, c := range map[string]struct {
		g *wordGate
		m map[string]bool
	}{"participle": {&participleGate, openingParticiples}, "copula": {&copulaGate, copulas},
		"roleMod": {&roleModGate, roleModNouns}, "among": {&amongGate, amongCopulas}, "contract": {&contractGate, contractNouns}, "agreement": {&agreementGate, agreementNouns},
		"suffix": {&suffixGate, legalSuffixes}, "startup": {&startupGate, startupHeads}, "supplier": {&supplierGate, supplierHeads},
		"whole": {&wholeGate, wholeMods}, "figureMod": {&figureModGate, figureMods}, "equity": {&equityGate, equityNouns},
		"hire": {&hireGate, hireVerbs}, "include": {&includeGate, includeWords}, "failable": {&failableGate, failableDeals},
		"found": {&foundGate, foundWords}, "compare": {&compareGate, compareWords},
		"venue": {&venueGate, venueNames}, "unitHead": {&unitHeadGate, unitHeads}, "joint": {&jointGate, jointWords},
		"compute": {&computeGate, computeWords}, "licensing": {&licensingGate, licensingWords},
		"fail": {&failGate, failWords}, "acquire": {&acquireGate, acquireVerbs},
		"notBuyer": {&notBuyerGate, notBuyerGroups}, "notSeller": {&notSellerGate, notSellerGroups},
		"forecast": {&forecastGate, forecastWords}, "commercial": {&commercialGate, commercialHeads},
		"joiner": {&joinerGate, runJoiners}, "figureAdj": {&figureAdjGate, figureAdjs}, "lapse": {&lapseGate, lapseWords}, "tie": {&tieGate, tieNouns}, "prelim": {&prelimGate, prelimWords},
		"stockWorth":   {&stockWorthGate, stockWorthVerbs},
		"more.process": {&moreGates.process, processNouns}, "more.host": {&moreGates.host, hostVerbs},
		"more.vendor": {&moreGates.vendor, vendorPlurals}, "more.service": {&moreGates.service, serviceVerbs},
		"more.pour": {&moreGates.pour, pourVerbs}, "more.acqPlural": {&moreGates.acqPlural, acquisitionPlurals},
		"more.move": {&moreGates.move, moveVerbs}, "more.backer": {&moreGates.backer, backerNouns},
		"more.coWork": {&moreGates.coWork, coWorkVerbs}, "more.reserve": {&moreGates.reserve, reserveVerbs}, "more.prelim": {&moreGates.prelim, prelimDealNouns},
		"more.build": {&moreGates.build, buildVerbs}, "more.media": {&moreGates.media, mediaTriggers},
		"possPrepGate": {&possPrepGate, possPreps}, "vagueGate": {&vagueGate, vagueHeads}, "changeGate": {&changeGate, changeVerbs},
		"perUnitGate": {&perUnitGate, perUnitWords}, "aheadGate": {&aheadGate, aheadVerbs}, "plantDetGate": {&plantDetGate, plantDets}, "regionGate": {&regionGate, regionHeads}, "timeAdjunctGate": {&timeAdjunctGate, timeAdjunctWords},
		"siteGate": {&siteGate, siteNouns}, "carriageGate": {&carriageGate, carriageWords}, "lostGate": {&lostGate, lostVerbs},
		"valuationGate": {&valuationGate, valuationWords}, "techGate": {&techGate, techNouns},
		"gerundGate": {&gerundGate, gerundPreps}, "supplyRoleGate": {&supplyRoleGate, supplyRoles},
		"investorRoleGate": {&investorRoleGate, investorRoles}, "anonBuyerGate": {&anonBuyerGate, anonBuyerNouns},
		"retailDealGate": {&retailDealGate, retailDealWords}, "gamesGate": {&gamesGate, gamesNouns},
		"partWordGate": {&partWordGate, partWords}, "purchaseShareGate": {&purchaseShareGate, purchaseShareNouns},
		"notSwitchedGate": {&notSwitchedGate, notSwitched}, "switchStopGate": {&switchStopGate, switchStops},
		"talkGate":         {&talkGate, talkNouns},
		"buyNounGate":      {&buyNounGate, buyNouns},
		"renameGate":       {&renameGate, renameWords},
		"facilityGate":     {&facilityGate, facilityNouns},
		"leaveGate":        {&leaveGate, leaveVerbs},
		"returnGate":       {&returnGate, returnVerbs},
		"bidNounGate":      {&bidNounGate, bidNouns},
		"leaseGate":        {&leaseGate, leaseVerbs},
		"apposUnitGate":    {&apposUnitGate, appositiveUnitNouns},
		"eventPrepGate":    {&eventPrepGate, eventPreps},
		"passiveAuxGate":   {&passiveAuxGate, passiveAux},
		"saleVerbGate":     {&saleVerbGate, saleVerbs},
		"summaryNounGate":  {&summaryNounGate, summaryNouns},
		"paidWordGate":     {&paidWordGate, paidWords},
		"resellGate":       {&resellGate, resellVerbs},
		"acquireNounGate":  {&acquireNounGate, acquireNouns},
		"govHeadGate":      {&govHeadGate, govHeads},
		"objectPrepGate":   {&objectPrepGate, objectPreps},
		"completeGate":     {&completeGate, completeVerbs},
		"powerWordGate":    {&powerWordGate, powerWords},
		"custIncludeGate":  {&custIncludeGate, custIncludeWords},
		"exitVerbGate":     {&exitVerbGate, exitVerbs},
		"dealNounGate":     {&dealNounGate, dealNouns},
		"composedUnitGate": {&composedUnitGate, composedUnitWords}} {
		assert.Equal(t, gateOf(c.m), *c.g, name) // the set was not changed after the gate was made
		for w := range c.m {
			assert.True(t, c.g.may(w), "%s %q", name, w)
		}
	}
	g := gateOf(set("ab", "cde"))
	// "cbe" has the length, first and last bytes of "cde"; "ce" and "ae"
	// mix one key's first byte with the other's last (the signature tells)
	for w, want := range map[string]bool{"ab": true, "cbe": true, "ce": false, "ae": false, "ax": false, "xb": false,
		"a": false, "abcd": false, "": false, "\xffb": false, "a\xff": false, "cdx": false, "xde": false} {
		assert.Equal(t, want, g.may(w), "%q", w)
	}
	e := gateOf(set("", "\xffz"))
	assert.True(t, e.may(""))
	assert.True(t, e.may("\xffz"))
	assert.False(t, e.may("\xffa"))
	assert.False(t, e.may("az"))
}
