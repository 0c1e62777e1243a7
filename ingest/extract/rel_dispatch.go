package extract

// Frame bits: which relation frames a trigger word starts.
const (
	fAcquire uint32 = 1 << iota
	fInvest
	fRaise
	fFrom
	fSupply
	fUse
	fCust
	fPays
	fSpend
	fShareOf
	fSupplierNoun
	fAward
	fPartner
	fCompete
	fRival
	fSubsidiary
	fRevenueShare
	fOffers
	fRely
	fByAgent
	fCounts
	fCloudDeal
	fPick
	fMore // round-four frames (rel_buyers.go)
	fFunding
	fSwitch // vendor switches (rel_switch.go)
)

// frameBits maps each trigger word to its frame bits.
var frameBits = func() map[string]uint32 {
	m := map[string]uint32{}
	add := func(bit uint32, ws map[string]bool) {
		for w, ok := range ws {
			if ok {
				m[w] |= bit
			}
		}
	}
	add(fAcquire, acquireVerbs)
	add(fAcquire, acquireNouns)
	add(fAcquire, set("merged", "merge", "bid"))
	add(fInvest, investVerbs)
	add(fInvest, set("investor", "backer"))
	add(fRaise, set("raised", "raises", "raise", "secured"))
	add(fFrom, fromVerbs)
	add(fFrom, licenceNouns) // rel_license.go: "under a licence from Y"
	add(fSupply, supplyVerbs)
	add(fUse, useVerbs)
	add(fCust, custNouns)
	add(fPays, set("pays", "pay", "paid", "paying"))
	add(fPays, prepayVerbs) // rel_goods.go
	add(fSpend, set("spends", "spend", "spent", "spending", "expenditure"))
	add(fShareOf, set("accounted", "contributed", "came", "due", "represented", "represents", "represent", "making")) // "making up 25% of its sales"
	add(fShareOf, accountWords)
	add(fSupplierNoun, set("provider", "supplier", "vendor", "assembler", "maker", "manufacturer", "suppliers", "providers", "vendors"))
	add(fAward, set("awarded", "awards", "award", "agreed", "signed"))
	add(fAward, wonVerbs)
	add(fAward, secureVerbs) // rel_design_win.go
	add(fCounts, set("counts", "count", "counted", "counting", "lists", "listed"))
	add(fCounts, set("named", "names", "cited", "cites")) // "named A and B among its customers": rel_more3.go
	add(fCloudDeal, agreementNouns)
	add(fPick, pickVerbs)
	add(fMore, moreTriggers)
	add(fMore, vendorPlurals) // rel_vendors.go
	add(fMore, serviceVerbs)
	add(fMore, set("over"))  // "take over": rel_takeover.go
	add(fMore, pourVerbs)    // "put $N into Y": rel_pour.go
	add(fMore, backerNouns)  // "was among the early backers of Y": rel_among_backers.go
	add(fMore, coWorkVerbs)  // "co-markets X with Y": rel_cowork.go
	add(fMore, reserveVerbs) // "reserved half of TSMC's capacity": rel_capacity.go
	add(fMore, buildVerbs)   // "is building a campus for OpenAI": rel_build_for.go
	add(fMore, processNouns) // "make a chip on Intel's 18A process": rel_process_node.go
	// rel_sale_noun.go, rel_brand_list.go, rel_holds_percent.go
	add(fMore, set("sale", "brands", "holds", "held", "hold"))
	add(fMore, acquisitionPlurals) // rel_acquired_list.go
	add(fMore, set("behind"))      // rel_behind.go
	add(fMore, moveVerbs)          // rel_host_list.go
	add(fMore, mediaTriggers)      // rel_media_frames.go
	add(fMore, set("private"))     // "take X private": rel_take_private.go
	add(fMore, prelimDealNouns)    // rel_megawatt_deal.go
	add(fMore, rideNouns)          // rel_launch.go
	add(fMore, exerciseVerbs)      // rel_options.go
	add(fFunding, fundingTriggers)
	add(fSwitch, switchTriggers)  // rel_switch.go
	add(fSwitch, rolloutTriggers) // rel_rollout.go
	add(fSwitch, set("built"))    // rel_runs_on.go
	add(fPartner, set("forces"))
	add(fByAgent, set("backed", "led", "owned", "funded", "controlled"))
	add(fByAgent, madeByVerbs) // rel_madeby.go
	add(fRely, set("relies", "rely", "relied", "relying", "depends", "depend", "depended"))
	add(fRely, dependWords) // rel_dependence.go
	add(fPartner, partNouns)
	add(fPartner, set("together", "teamed", "venture", "jointly"))
	add(fPartner, resellVerbs) // rel_partner_as.go
	add(fCompete, compWords)
	add(fRival, rivalVerbs)
	add(fSubsidiary, set("parent", "unit", "subsidiary", "division", "arm", "shareholder", "owner", "owned"))
	add(fSubsidiary, set("business")) // "its foundry business, which it calls Y": rel_unit_named.go
	add(fSubsidiary, pbmNouns)        // "its pharmacy benefit manager, Y": rel_unit_pbm.go
	add(fRevenueShare, set("receiving", "receive", "receives", "draws", "draw", "gets", "takes"))
	add(fRevenueShare, set("collects", "collect", "collected", "collecting", "keeps", "pockets", "pocketed", "charges", "charged")) // rel_cut.go
	add(fOffers, offerVerbs)
	add(0, set("received"))                    // a trigger for wordFrames only: rel_received_stock.go
	add(0, set("powers", "power", "powering")) // rel_powers_goods.go
	// wordFrames triggers of rel_stake_events.go
	add(0, set("separation", "spun", "own", "hold"))
	add(0, set("holding", "holdings")) // rel_holding.go
	add(0, outLicenseVerbs)            // rel_license.go: wordFrames licenseTo
	add(0, lapseWords)                 // rel_deal_lapsed.go: wordFrames notes a lapse or end word
	add(0, endedTieVerbs)              // (lapsedTies reads the sentence only then)
	add(fOffers, set("'s", "its", "via", "through", "such", "called"))
	add(0, set("spin", "spin-off", "spinoff")) // rel_spinoff.go
	return m
}()

// frameTab is frameBits as a flat table: frames looks up every trigger
// token, and wordTable.get costs less than a map access.
var frameTab = func() *wordTable {
	m := make(map[string]uint64, len(frameBits))
	for w, b := range frameBits {
		m[w] = uint64(b)
		if lapseWords[w] || endedTieVerbs[w] { // (every such word is a key: add(0, ...) above)
			m[w] |= tieEndBit
		}
	}
	return newWordTable(m)
}()

// tieEndBit, above the frame bits in frameTab, marks the words of
// lapseWords and endedTieVerbs: frames notes one (ctx.tieEnd) from the
// lookup it does anyway, with no map lookup per trigger.
const tieEndBit uint64 = 1 << 32

// frameBitsOf is frameBits[w].
func frameBitsOf(w string) uint32 {
	b, _ := frameTab.get(w)
	return uint32(b)
}
