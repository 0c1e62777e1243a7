package extract

import (
	"strings"

	"github.com/cigraph/cigraph/graph"
)

var (
	org, prod, person = graph.Org, graph.Product, graph.Person
	acquireVerbs      = set("acquire", "acquires", "acquired", "acquiring", "buy", "buys", "buying", "bought",
		"purchase", "purchases", "purchased", "purchasing", "snapping", "snapped", "absorb", "absorbed")
	acquireNouns = set("acquisition", "takeover", "purchase", "buyout")
	investVerbs  = set("invest", "invests", "invested", "investing", "investment", "investments", "stake", "stakes", "funding", "backed", "backs", "back")
	fromVerbs    = set("purchasing", "purchase", "purchases", "purchased", "buy", "buys", "buying", "bought",
		"source", "sources", "sourcing", "sourced", "ordered", "orders", "order", "ordering", "procure", "procures", "procured", "rent", "rents", "renting", "rented", "lease", "leases", "leased", "leasing",
		"license", "licenses", "licensed", "licensing",
		"in-license", "in-licenses", "in-licensed", "in-licensing") // "in-licensed the drug from Y" (rel_license.go)
	supplyVerbs = set("supplies", "supply", "supplied", "supplying", "provides", "provide", "provided", "providing",
		"sells", "sell", "sold", "selling", "ships", "shipped", "ship", "shipping", "delivers", "delivered", "leasing", "leases", "leased", "lease",
		"rents", "rented", "renting", "rent") // "X rents servers to Y" (rel_frames.go fromVerbs: "rents ... from")
	useVerbs = set("use", "uses", "used", "using", "utilize", "utilizes", "utilizing", "adopting", "adopt", "adopts", "adopted", "integrating", "integrate", "integrates", "integrated", "leverages", "leverage", "leveraging", "deploy", "deploys", "deploying")
	buyNouns = set("services", "service", "cloud", "servers", "server", "chips", "chip", "gpus", "gpu", "computing", "products", "hardware", "capacity", "infrastructure", "accelerators", "processors", "suite", "platform", "data", "batteries", "battery", "cells", "components", "parts", "panels", "displays", "modules", "engines", "equipment", "semiconductors", "wafers", "memory", "licenses", "software", "storage", "switches", "systems", "models", "designs", "patents", "modems", "screens", "sensors",
		"turbines", "transformers", "generators", "reactors", "switchgear", // power gear: rel_reserve_goods.go
		"gear", "radios", "antennas") // telecom gear: rel_goods_list.go
	offerVerbs = set("operates", "operate", "sells", "offers", "offer", "launched", "launches", "makes", "develops", "developed", "released", "releases", "markets", "introduced", "unveiled", "provides", "expand", "expanding")
	custNouns  = set("customer", "customers", "client", "clients", "buyer", "buyers")
	partNouns  = set("partnership", "partnered", "partner", "partnering", "partners", "collaboration", "collaborating", "alliance", "collaborate", "collaborates", "collaborated", "cooperate", "cooperated", "cooperating", "cooperates")
	compWords  = set("compete", "competes", "competing", "competition", "competitor", "competitors", "rival", "rivals", "comparable", "competed")
)

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// setUnion returns a new set of the words of all the sets.
func setUnion(sets ...map[string]bool) map[string]bool {
	m := make(map[string]bool)
	for _, s := range sets {
		for w := range s {
			m[w] = true
		}
	}
	return m
}

// frames runs every relation frame over the sentence. Each trigger word is
// looked up once for the bit set of the frames it starts (frameBits).
func (c *ctx) frames() {
	// without a trigger or a hyphenated word (summary.go) the loop does nothing
	if sum := c.s.sum; sum.cls&wTrigger == 0 && sum.flags&tfHyphen == 0 {
		c.leads()
		return
	}
	hyphen := c.s.sum.flags&tfHyphen != 0
	for k, toks := 0, c.toks; k < len(toks); k++ { // (frames never change c.toks)
		if t := &toks[k]; t.cls&wTrigger == 0 {
			if hyphen && t.cap && t.flags&tfHyphen != 0 {
				c.ownedBy(k) // reads "X-owned": only a word with a hyphen
			}
			continue
		}
		w := toks[k].low
		b, _ := frameTab.get(w) // frameBitsOf(w), with tieEndBit
		if b&tieEndBit != 0 {
			c.tieEnd = true // rel_deal_lapsed.go: lapsedTies reads it after the frames
		}
		c.frameAt(k, w, uint32(b))
	}
	c.leads()
}

// frameAt runs the frames of bits fb at the trigger w at token k, in a fixed
// order (facts are output in the order they are read).
func (c *ctx) frameAt(k int, w string, fb uint32) {
	if fb&fAcquire != 0 {
		c.acquire(k)
	}
	if fb&fInvest != 0 {
		c.invest(k)
	}
	if fb&fRaise != 0 {
		c.raisedFrom(k)
	}
	if fb&fFrom != 0 {
		c.buyFrom(k)
	}
	if fb&fSupply != 0 {
		c.supplyTo(k)
	}
	if fb&fUse != 0 {
		c.uses(k)
	}
	if fb&fCust != 0 {
		c.customerNoun(k)
	}
	if fb&fPays != 0 {
		c.pays(k)
	}
	if fb&fSpend != 0 && !c.spendWith(k) {
		c.spendsOn(k)
	}
	if fb&fRely != 0 {
		c.relyOn(k)
	}
	if fb&fCounts != 0 {
		c.countsAmong(k)
	}
	if fb&fCloudDeal != 0 {
		c.cloudDeal(k)
	}
	if fb&fPick != 0 {
		c.picked(k)
	}
	if fb&fByAgent != 0 && c.w(k+1) == "by" {
		c.byAgent(k)
	}
	if fb&fMore != 0 {
		c.moreFrames(k) // rel_buyers.go
	}
	if fb&fFunding != 0 {
		c.fundingFrames(k)
	}
	if fb&fSwitch != 0 && w == "built" {
		if !c.builtOnTool(k) { // rel_built_on_tool.go
			c.builtOn(k) // rel_runs_on.go
		}
	} else if fb&fSwitch != 0 && rolloutTriggers[w] {
		c.rollout(k) // rel_rollout.go
	} else if fb&fSwitch != 0 {
		c.switchVendor(k) // rel_switch.go
	}
	c.wordFrames(k, w)
	c.laterFrames(k, fb)
}

// wordFrames are the frames of single trigger words.
func (c *ctx) wordFrames(k int, w string) {
	c.stockWorth(k) // rel_stake_events.go
	switch w {
	case "separation", "spun":
		c.separatedFrom(k) // rel_stake_events.go
	case "spin", "spin-off", "spinoff":
		c.spinNoun(k) // rel_spinoff.go
	case "owns":
		c.owns(k)
	case "own":
		if c.pctNext(k) && (c.w(k-1) == "each" || c.mentionEndingAt(k, []graph.EntityType{org}) >= 0) { // not "shareholders will own 52%"
			c.ownsPercent(k) // rel_role.go: "A and B own 5% and 3% of Y"
		}
	case "holding", "holdings":
		c.holding(k) // rel_holding.go
	case "keep", "keeps", "kept", "retain", "retains", "retained":
		c.keepsPercent(k) // rel_stake_keep.go
	case "buy", "buys", "bought", "purchase", "purchases", "purchased":
		c.boughtStock(k) // rel_bought_stock.go
	case "license", "licenses", "licensed", "licensing", "out-license", "out-licenses", "out-licensed", "out-licensing": // rel_license.go
		c.licenseTo(k) // rel_recall3.go
	case "directly":
		c.directly(k)
	case "taken": // "X agreed to be taken private by Y": a buyout
		if c.w(k+1) == "private" && c.w(k+2) == "by" {
			if buyer := c.nextMention(k+3, 2, false, org); buyer >= 0 {
				c.acquiredBy(k, buyer)
			}
		}
	case "majority-owned", "wholly-owned": // "X, which is majority-owned by Y"
		if c.w(k+1) == "by" {
			c.byAgent(k)
		}
	case "participated", "participating", "part":
		c.joinedRound(k)
	case "sold":
		c.resoldBy(k)     // rel_resold.go: "is sold through the AWS Marketplace"
		c.sharesSoldTo(k) // rel_share_sale.go: "sold shares to Temasek"
	case "powers", "power", "powering":
		c.powersGoodsOf(k) // rel_powers_goods.go: "powers vehicles from Mercedes-Benz"
	case "sell", "sells", "selling":
		c.sharesSoldTo(k) // rel_share_sale.go
	case "through", "via":
		if c.w(k-1) == "available" {
			c.resoldBy(k - 1) // rel_resold.go: "is available through Carahsoft"
		}
	case "outsourced", "outsources", "outsource":
		c.outsourcedTo(k) // rel_outsourced.go
	case "head":
		c.headToHead(k)
	case "generated", "generates", "generating", "contributing", "contributes", "representing", "represents":
		c.shareOfNamed(k)
	case "made", "make", "makes":
		if c.w(k+1) == "up" && c.makeUpSubject(k) { // rel_more2.go
			c.shareOf(k)
		} else if c.w(k+1) != "up" && !c.makesOwned(k) && w != "makes" && !c.purposeMake(k) { // rel_goods.go, rel_goods_for.go
			_ = c.makesForList(k) || c.makesModelOf(k) // "will make chips for Tesla" ("makes" is an offers trigger: makesFor); rel_build_model.go
		}
	case "received", "receives", "receive", "receiving":
		c.receivedStock(k) // rel_received_stock.go
	case "commitment", "commitments":
		c.commitTo(k) // rel_compute.go
	case "launched", "launches", "unveiled", "introduced":
		c.jointLaunch(k) // rel_joint_launch.go
	default:
		if c.toks[k].cls&wMake != 0 && k+1 < len(c.toks) && c.toks[k+1].cap { // a name, not "its own"
			_ = c.makesOwned(k) || c.makesModelOf(k) // "designs Google's chips" (rel_design.go); rel_build_model.go
		} else if c.toks[k].cls&wMake != 0 && c.w(k+1) == "the" && c.makesModelOf(k) { // "builds the Fisker Ocean": rel_build_model.go
		} else if c.toks[k].cls&wMake != 0 && ownGoodsTriggers[w] { // (the bit first: every such word has it)
			c.makesForList(k) // "designs custom chips for Google" (rel_role.go)
		}
	}
}

func (c *ctx) laterFrames(k int, fb uint32) {
	if fb&fShareOf != 0 {
		c.shareOf(k)
	}
	if fb&fSupplierNoun != 0 {
		c.supplierNoun(k)
	}
	if fb&fAward != 0 {
		c.award(k)
	}
	if fb&fPartner != 0 {
		c.partner(k)
	}
	rivalled := fb&fRival != 0 && c.rivalPurpose(k)
	if fb&fCompete != 0 && !rivalled {
		c.compete(k)
	}
	if fb&fSubsidiary != 0 {
		c.subsidiary(k)
	}
	if fb&fRevenueShare != 0 {
		c.revenueShare(k)
	}
	if fb&fOffers != 0 {
		c.offers(k)
	}
}

// acquire: "X acquired Y", "X's acquisition of Y", "X completed its takeover of Y".
func (c *ctx) acquire(k int) {
	w := c.w(k)
	var obj int
	switch {
	case acquireNounGate.in(acquireNouns, w) || w == "bid":
		p := k + 1
		if w == "bid" {
			p = c.skipTo(k, "for", 8)
			if p > 0 && c.bidLost() { // rel_deal_lapsed.go: "bid for Y but lost out"
				return
			}
		} else if c.w(p) != "of" {
			return
		}
		obj = c.nextMention(p+1, 5, true, org, prod)
		if obj >= 0 && (c.dealFailed(obj) || c.goodsAfter(obj) || c.bidForWork(p, obj)) { // rel_hedge.go; "the purchase of Nvidia chips"; rel_bid_work.go
			return
		}
	case w == "merged" || w == "merge":
		if c.w(k+1) != "with" {
			return
		}
		obj = c.nextMention(k+2, 4, true, org)
	default:
		obj = c.nextMention(k+1, 4, false, org)
		if w == "snapping" || w == "snapped" {
			obj = c.nextMention(k+2, 4, false, org)
		}
		if obj >= 0 && (c.trailingSpeaker(obj) || c.stakePronoun(obj)) {
			obj = -1 // rel_cut.go: "a cut of in-app purchases, Spotify said"; rel_stake_pronoun.go: "a stake in Y ... buying it"
		}
		if obj < 0 {
			obj = c.boughtBrand(k) // rel_brand.go: "Microsoft bought Skype"
		}
		part, isPart := c.boughtPart(k)
		if isPart {
			obj = part // -1: a minority stake, read as an investment
		}
		if obj < 0 {
			if !isPart {
				c.acquiredRelative(k)
			}
			return
		}
		if c.w(k+1) == "by" {
			c.acquiredBy(k, obj)
			return
		}
		if from := c.skipTo(k, "from", 10); obj >= 0 && c.s.ments[obj].poss || from > 0 && !c.boughtCompany(k, from) || c.skipTo(k, "stake", 4) > 0 || c.goodsAfter(obj) || c.assetsAfter(obj) { // rel_more3.go, rel_divest_assets.go
			return
		}
		if c.sharesBought(k, obj) { // rel_corporate.go
			return
		}
	}
	if obj < 0 || c.nameModifies(obj) { // rel_more2.go
		return
	}
	o := c.s.ments[obj]
	subj := c.subjectBefore(k, org)
	if subj < 0 {
		subj = c.brandBuyer(k) // rel_brand.go: "Facebook bought Instagram"
	}
	if p := c.subjectBefore(k, person); p >= 0 && (subj < 0 || c.s.ments[p].a > c.s.ments[subj].b) {
		if e, ok := c.st.employer(c.s.ments[p].ent); ok {
			if !c.hedge && !c.hedged(c.s.ments[p].b, k) { // "X describing a possible purchase of Y"
				c.add(fact{typ: graph.Acquires, subj: e, obj: o.ent, status: c.statusAt(k), confidence: 0.6})
			}
			return
		}
	}
	if p := c.dealPossessor(k); p >= 0 && acquireNounGate.in(acquireNouns, w) {
		subj = p // "Regulators cleared X's takeover of Y"
	}
	if acquireNounGate.in(acquireNouns, w) && c.financedDeal(k) {
		subj = -1 // rel_financing.go: the lender is no buyer
	}
	if by := c.skipTo(o.b-1, "by", 2); by > 0 && acquireNounGate.in(acquireNouns, w) {
		subj = c.nextMention(by+1, 2, false, org)
	}
	gerund := c.gerundAfterPrep(k) // rel_gerund.go: "its biggest deal since buying Slack"
	if g := c.firstOwnOrg(k); gerund && g >= 0 {
		subj = g
	}
	if subj < 0 || c.hedged(c.s.ments[subj].b, k) || c.hedge {
		return
	}
	from := 0
	if !gerund {
		subj, from = c.gerundAside(subj, k) // "X, after buying Y for $N in 2021, agreed to acquire Z"
		from = max(from, 0)
	}
	amt := c.moneyNear(k, from, len(c.toks))
	if gerund {
		amt = c.moneyNear(k, k, len(c.toks)) // an amount before the phrase is the main deal's
	}
	if c.dealSubject() && c.st.hasDealBefore(c.si) {
		// "The deal, worth $N, ... since acquiring Y": a distant $N is the earlier deal's
		amt = c.moneyNear(k, max(0, k-4), len(c.toks))
	}
	if amt == nil {
		amt = c.leadAmount(c.s.ments[subj].ent)
	}
	if amt != nil && amt.Period == "" {
		amt.Period = "once"
	}
	status := c.dealNounStatus(k, c.statusAt(k)) // rel_deal_agreement.go
	if w == "bid" && status == graph.StatusCurrent {
		status = graph.StatusPlanned // "X bid for Y": an offer, not a done deal
	}
	c.add(fact{typ: graph.Acquires, subj: c.s.ments[subj].ent, obj: o.ent, amount: amt,
		time: c.timeNear(k, from, len(c.toks)), status: status, confidence: 0.85})
	c.moreAcquired(obj) // rel_more.go
	c.moreBought(obj)   // rel_acquired_list.go
	// rel_more3.go: "A and B agreed to buy C"
	c.coAcquirers(subj, o.ent, k, amt)
	c.consortiumLeaders(subj, o.ent, k, amt, status) // rel_consortium.go
	c.dealJoiner(subj, o.ent, k, amt, status)        // rel_consortium.go
}

// skipTo returns the index of word w within n tokens after k, or -1.
func (c *ctx) skipTo(k int, w string, n int) int {
	for j := k + 1; j < len(c.toks) && j <= k+n; j++ {
		if c.toks[j].low == w {
			return j
		}
	}
	return -1
}

// statusAt reads planned status from "will", "plans to", "agreed to".
// plannedBeforeTo make the verb after "to" a plan: "is expected to invest".
var plannedBeforeTo = set("plans", "agreed", "expected", "set", "poised", "intends", "aims", "planning",
	"preparing", "due", "scheduled", "slated", "going", "agrees", "intend", "plan")

func (c *ctx) statusAt(k int) string {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch c.toks[j].low {
		case "will", "plans", "plan", "planning", "to", "would", "agreed", "expects":
			if j > 0 && c.toks[j].cap && !upperOnly(c.toks[j].s) {
				continue // part of a name: "Teachers' Pension Plan" (not a shouted "PLANS")
			}
			if c.toks[j].low != "to" || (j > 0 && plannedBeforeTo[c.toks[j-1].low]) || c.plannedAcrossTime(j) { // rel_status_time.go
				return graph.StatusPlanned
			}
		case "continue", "continues", "keep", "keeps": // "will continue to buy from Y": a tie that stands
			if c.toks[j+1].low == "to" || strings.HasSuffix(c.toks[j+1].low, "ing") {
				return graph.StatusCurrent
			}
		case "longer":
			if j > 0 && c.toks[j-1].low == "no" {
				return graph.StatusFormer // "no longer relies on Y"
			}
		case "stopped", "ceased", "quit", "halted":
			if strings.HasSuffix(c.toks[j+1].low, "ing") {
				return graph.StatusFormer // "stopped buying chips from Y"
			}
		case ":", ";":
			return graph.StatusCurrent // another clause: "bought a lab once: it acquired Y"
		case "previously", "formerly", "once", "used", "former":
			if j+1 < len(c.toks) && (c.toks[j+1].cap || renameGate.in(renameWords, c.toks[j+1].low)) {
				continue // "Cencora, formerly AmerisourceBergen,": a former name
			}
			return graph.StatusFormer
		}
	}
	return graph.StatusCurrent
}
