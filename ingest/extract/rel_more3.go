package extract

import (
	"strings"

	"github.com/cigraph/cigraph/graph"
)

// Round-six rules: rivals named after "from", role phrases after a perfect
// copula, titles whose company is the previous sentence's, deal values in
// a sentence that names no company, sales to named buyers, and buyer pairs.

// switchVerbs move business from one party to another: in "X switched to
// Y from rival Z" the rival is Y's, not X's.
var switchVerbs = set("switched", "switch", "switches", "moved", "shifted", "defected", "migrated")

// fromRival: "X hired Y's engineers from rival Z", "X bought the unit from
// rival Z": Z is the subject's rival whatever the verb (a purchase from a
// rival is not the purchase of the rival). It reports whether it matched.
func (c *ctx) fromRival(k, start, subj int) bool {
	if c.w(k-1) != "from" || start < 0 || subj < 0 || c.s.ments[start].a > k+2 || c.hedge {
		return false
	}
	first := c.s.ments[subj].ent
	for _, m := range c.s.ments[:subj] {
		if c.typ(m) == org && !m.poss {
			first = m.ent // the clause's subject, not the bought unit before "from"
			break
		}
	}
	for x := c.s.ments[0].b; x < k; x++ {
		if switchVerbs[c.w(x)] {
			first = c.s.ments[subj].ent // "switched to Y from rival Z": Y's rival
			break
		}
	}
	c.addCompete(first, c.s.ments[start].ent, 0.7)
	return true
}

// beenHolders: "X has been one of Y's biggest customers" — the perfect
// copula before a role phrase at a; its subjects hold the role.
func (c *ctx) beenHolders(a int) []mention {
	if c.w(a) != "been" {
		return nil
	}
	switch c.w(a - 1) {
	case "has", "have", "had":
		return c.subjects(a - 1)
	}
	return nil
}

// roleStatus: "X had been one of Y's customers" or "X, formerly one of Y's
// customers," is over; the role owned by owner is then former.
func (c *ctx) roleStatus(owner int) string {
	a := c.s.ments[owner].a
	for x := a - 1; x >= 0 && x >= a-4; x-- {
		switch c.w(x) {
		case "formerly", "previously", "once":
			return graph.StatusFormer
		case "been":
			if c.w(x-1) == "had" {
				return graph.StatusFormer
			}
		}
	}
	return ""
}

// copulaVerb: w links a person to a title ("Lund is chief executive").
func copulaVerb(w string) bool {
	switch w {
	case "is", "was", "became", "becomes", "remains", "remained":
		return true
	}
	return false
}

// titleCopula: "PERSON is its TITLE", or "PERSON has been [the] TITLE
// [since 2019]" in a sentence that names no organisation: the title is at
// the subject of the previous sentence.
func (c *ctx) titleCopula(m mention) (int, string, bool) {
	x := c.skipPersonAppos(m.b)    // rel_leads_story.go
	if n := c.servesAs(x); n > x { // rel_leads_serves.go
		x = n
	} else if c.w(x) == "has" || c.w(x) == "had" {
		if c.w(x+1) != "been" {
			return 0, "", false
		}
		x += 2
	} else if copulaVerb(c.w(x)) {
		x++
	} else {
		return 0, "", false
	}
	its := -1
	if c.w(x) == "its" {
		its = c.mentionAt(x)
	} else if j, n := c.possOrgAt(x); j >= 0 { // rel_leadposs.go
		its, x = j, n
	}
	if c.w(x) == "the" || c.w(x) == "its" {
		x++
	}
	role, end := c.titleRun(x)
	if end == x || c.w(end) == "of" || c.w(end) == "at" {
		return 0, "", false // "of Y" is titleAfter's
	}
	if its >= 0 && c.typ(c.s.ments[its]) == org {
		return c.s.ments[its].ent, role, true
	}
	if t, ok := c.storyTitleOrg(); ok && !c.anyOrg() { // rel_leads_story.go
		return t, role, true
	}
	if c.anyOrg() || c.si == 0 || c.st.subjectList(c.si-1) != 1 {
		return 0, "", false // an organisation here may be the employer
	}
	return c.st.sents[c.si-1].ments[0].ent, role, true
}

// anyOrg: the sentence names an organisation.
func (c *ctx) anyOrg() bool {
	for _, m := range c.s.ments {
		if c.typ(m) == org {
			return true
		}
	}
	return false
}

// bareDeal: "The deal is valued at $2 billion." names no company, so the
// relation loop skips it; its amount still belongs to the deal just read.
func (st *state) bareDeal(i int, c *ctx) {
	s := &st.sents[i]
	if s.sp.headline || len(s.ments) != 0 || !s.sum.mayMoney() || s.sum.cls&wHedge != 0 {
		return
	}
	if !dealOpening(st.low[s.sp.start:min(s.sp.end, s.sp.start+32)]) {
		return // (a long text's tokens would have to be scanned again)
	}
	st.loadToks(i)
	*c = ctx{st: st, si: i, s: s, toks: s.toks, money: c.money[:0], pcts: c.pcts[:0], times: c.times[:0],
		clauses: c.clauses[:0], lists: c.lists[:0], days: c.days}
	if !c.dealSubject() {
		return
	}
	if c.money = findMoney(s.toks, c.money); len(c.money) > 0 {
		c.dealAmount()
	}
}

// salesAdverbs may stand between "sales" and "to": "sales in Japan,
// mainly to Toyota and Denso".
var salesAdverbs = set("mainly", "mostly", "largely", "primarily", "chiefly", "especially", "notably", "in", "the", ",")

// salesTo: "X's sales to A and B", "X reported sales in Japan, mainly to A
// and B": each listed buyer is a customer of the seller.
func (c *ctx) salesTo(k int) {
	if c.hedge {
		return
	}
	to := k + 1
	for to < len(c.toks) && to <= k+6 && c.w(to) != "to" && (salesAdverbs[c.w(to)] || c.toks[to].cap) {
		to++
	}
	if c.w(to) != "to" {
		return
	}
	first := c.nextMention(to+1, 1, false, org)
	seller := c.possessorBefore(k, 3)
	if seller < 0 {
		seller = c.subjectBefore(k, org)
	}
	if first < 0 || seller < 0 || c.hedged(c.s.ments[seller].b, k) {
		return
	}
	status := stoppedStatus(c.w(k - 1)) // "halted sales to Y": no longer a customer
	for _, m := range c.listFrom(first) {
		if c.typ(m) == org {
			c.add(fact{typ: graph.CustomerOf, subj: m.ent, obj: c.s.ments[seller].ent, confidence: 0.7,
				time: c.timeNear(k, 0, len(c.toks)), status: status})
		}
	}
}

// coAcquirers: "A and B agreed to buy C": each coordinated buyer besides
// the one read (subj) acquires C, at the deal's value.
func (c *ctx) coAcquirers(subj, obj, k int, amt *graph.Amount) {
	a := c.s.ments[subj].a
	if c.s.ments[subj].ent == obj || subj == 0 || c.w(a-1) != "and" && c.s.ments[subj-1].a != a {
		return // no list ends at the buyer; "A, B and C are all buying": no buyer of C
	}
	l := c.coSubjects(subj)
	for _, m := range l {
		if len(l) < 2 || m.ent == c.s.ments[subj].ent || m.poss || c.typ(m) != org {
			continue
		}
		c.addCoBuyer(m.ent, obj, k, amt, c.dealNounStatus(k, c.statusAt(k)), 0.8) // rel_deal_agreement.go: "in a deal to buy C"
	}
}

// boughtCompany: "A agreed to buy Zenta Foods from Norvik Group" buys the
// company named right after the verb from its owner: an acquisition, not
// a purchase of the owner's goods. from is the "from" token.
func (c *ctx) boughtCompany(k, from int) bool {
	if from < 0 {
		return false
	}
	j := c.mentionAt(k + 1)
	if j < 0 || c.s.ments[j].b != from || c.s.ments[j].poss || c.s.ments[j].ref || c.typ(c.s.ments[j]) != org {
		return false
	}
	return !c.goodsAfter(j)
}

// correctionNote: "An earlier version of this story said X was owned by
// Y", also after "Correction:" or "Clarification:": what the earlier
// version said is withdrawn, so the sentence states no fact.
func (c *ctx) correctionNote() bool {
	p := 0
	if c.w(1) == ":" {
		p = 2
	}
	switch c.w(p + 1) {
	case "earlier", "previous", "prior", "original":
		return c.w(p+2) == "version"
	}
	return false
}

// contractValue: "won a $120 million contract to supply robots to Y" — the
// amount before "contract to supply" is the contract's total.
func (c *ctx) contractValue(k int) *graph.Amount {
	if len(c.money) == 0 || c.w(k-1) != "to" || !contractGate.in(contractNouns, c.w(k-2)) && !agreementGate.in(agreementNouns, c.w(k-2)) {
		return nil
	}
	return c.onceAmount(c.moneyNear(k-2, max(0, k-8), k-1))
}

// vehicleNouns are goods too: "ordered 60 Airbus A321neo jets", "bought
// 200 Volvo trucks" (ownerOfGoods reads the maker before them).
var vehicleNouns = set("jets", "aircraft", "planes", "airplanes", "airliners", "helicopters", "trucks", "vehicles",
	"locomotives", "trains", "ships", "vessels", "satellites", "turbines", "robots", "drones", "buses")

// payToList: "X paid about $410 million in platform fees to Apple and
// Google" — a longer gap than payTo reads, and a list of payees: each is
// paid; the amount is the payee's only when it is alone.
func (c *ctx) payToList(k int) bool {
	to := c.skipTo(k, "to", 10)
	if to < 0 || len(c.money) == 0 || c.money[0].a < k || c.money[0].a > to || c.hedge {
		return false
	}
	first := c.nextMention(to+1, 1, false, org) // "to acquire Y" pays no Y
	if first < 0 || c.forEquity(k) {
		return false
	}
	l := c.listFrom(first)
	if payeeHolders[c.w(l[len(l)-1].b)] {
		return true // "to Y shareholders": the owners are paid, not Y
	}
	var amt *graph.Amount
	if len(l) == 1 {
		amt = c.moneyNear(k, k, to)
	}
	subjs := c.subjects(k)
	if j := c.clauseSubject(k); len(subjs) == 1 && j >= 0 {
		subjs = c.s.ments[j : j+1] // past an apposition
	}
	for _, s := range subjs {
		for _, m := range l {
			if c.typ(m) == org && !c.hedged(s.b, k) {
				c.add(fact{typ: graph.CustomerOf, subj: s.ent, obj: m.ent, amount: amt,
					time: c.timeNear(k, 0, len(c.toks)), confidence: 0.75})
			}
		}
	}
	return true
}

// payeeHolders after a payee name make the payee someone else.
var payeeHolders = set("shareholders", "stockholders", "investors", "owners", "holders", "employees", "staff", "workers")

// computeForDeal: "X signed a five-year, $6.5 billion deal for compute with
// Y" — the compute word follows the deal noun; X buys computing from Y.
func (c *ctx) computeForDeal(k int) bool {
	if c.w(k+1) != "for" || !computeWords[c.w(k+2)] && c.w(k+2) != "capacity" || c.hedge {
		return false
	}
	with := c.skipTo(k+2, "with", 3)
	subj := c.dealParty(k)
	if with < 0 || subj < 0 || c.hedged(c.s.ments[subj].b, k) || c.pending(c.s.ments[subj].b, k) {
		return with >= 0
	}
	if other := c.nextMention(with+1, 3, false, org); other >= 0 {
		c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[subj].ent, obj: c.s.ments[other].ent,
			amount: c.onceAmount(c.moneyNear(k, c.s.ments[subj].b, k)), time: c.timeNear(k, 0, len(c.toks)), confidence: 0.75})
	}
	return true
}

// ordersWith: "X and Y have both placed large orders with Z" — each
// buyer is a customer of Z.
func (c *ctx) ordersWith(k int) bool {
	w := c.w(k)
	if w != "orders" && w != "order" || c.hedge {
		return false
	}
	with := c.skipTo(k, "with", 1)
	v := k - 1
	for v >= 0 && v >= k-3 && !buyerOrderVerbs[c.w(v)] {
		v--
	}
	if with < 0 || v < 0 || v < k-3 {
		return false
	}
	sup := c.nextMention(with+1, 2, false, org)
	if sup < 0 {
		return false
	}
	for _, m := range c.subjects(v) {
		if c.typ(m) == org && !c.hedged(m.b, v) {
			c.addCustomer(m.ent, c.s.ments[sup].ent, k, 0.75)
		}
	}
	return true
}

// hostVerbs: "X runs its servers on Y", "X trains its models on Y's
// servers": with the subject's own things as object, Y's computing is bought.
var hostVerbs = set("runs", "run", "ran", "trains", "train", "trained", "hosts", "host", "hosted")

// partOfWords take a part of the subject's things: "some of its models".
var partOfWords = set("some", "many", "most", "all", "part", "much", "several")

// hostedOn reads the hostVerbs frame at k; the host must be a cloud vendor
// or named with goods ("Corvex servers").
func (c *ctx) hostedOn(k int) {
	c.runsOn(k) // rel_host_list.go: "X runs on A and B"
	o := k + 1
	if partOfWords[c.w(o)] && c.w(o+1) == "of" {
		o += 2 // "trained some of its models on Y's chips"
	}
	if c.w(o) != "its" && c.w(o) != "their" || c.hedge {
		return
	}
	on := c.skipTo(o, "on", 4) // "its new Llama API on"
	subj := c.clauseSubject(k)
	if on < 0 || subj < 0 || c.hedged(c.s.ments[subj].b, k) {
		return
	}
	j := c.nextMention(on+1, 1, false, org)
	if j < 0 {
		c.hostedOnProduct(k, on, subj) // rel_hosted.go: "on Microsoft Azure"
		return
	}
	if !c.hostingOrg(j) {
		return
	}
	c.addCustomer(c.s.ments[subj].ent, c.s.ments[j].ent, k, 0.7)
	c.moreHosts(k, j, subj) // rel_hosted.go: "on Google's TPUs and Amazon's Trainium chips"
}

// clauseSubject is subjectBefore(k, org) past two traps: an apposition
// ("X, the publisher of Y, paid ...": X) and a second verb phrase ("X uses
// Y and runs its servers on Z": X).
func (c *ctx) clauseSubject(k int) int {
	subj := c.subjectBefore(k, org)
	if subj <= 0 || c.st.subjectList(c.si) == 0 {
		return subj
	}
	first := c.s.ments[0]
	if c.w(first.b) == "," && c.s.ments[subj].a > first.b && c.w(k-1) == "," || c.w(k-1) == "and" || c.w(k-2) == "and" && adverbLike(c.w(k-1)) { // "and now runs"
		return 0
	}
	return subj
}

// jointWords before an agreement noun make it a collaboration: "a
// co-development and licensing agreement with Y" (PARTNERS_WITH).
var jointWords = set("co-development", "codevelopment", "co-commercialization", "co-commercialisation",
	"collaboration", "research", "joint", "co-marketing", "co-promotion", "development")

// jointDeal: "X signed a co-development agreement with Y" -> X partners
// with Y; it reports whether the frame matched.
func (c *ctx) jointDeal(k int) bool {
	joint := false
	for x := k - 1; x >= 0 && x >= k-4 && !joint; x-- {
		w := c.w(x)
		joint = jointGate.may(w) && jointWords[w] // wordgate.go
	}
	return joint && c.partnerDealWith(k, 0.75)
}

// partnerDealWith: the deal noun at k is followed by "with Y", and its
// party partners with Y (unless hedged or pending); it reports whether
// "with" follows (the frame matched, fact or not).
func (c *ctx) partnerDealWith(k int, conf float64) bool {
	with := c.skipTo(k, "with", 1)
	if with < 0 || c.hedge {
		return false
	}
	subj := c.dealParty(k)
	other := c.nextMention(with+1, 2, false, org)
	if subj < 0 || other < 0 || c.hedged(c.s.ments[subj].b, k) || c.pending(c.s.ments[subj].b, k) {
		return true
	}
	c.add(fact{typ: graph.PartnersWith, subj: c.s.ments[subj].ent, obj: c.s.ments[other].ent,
		time: c.timeNear(k, 0, len(c.toks)), confidence: conf})
	return true
}

// dealOpening: the lower-cased opening of a sentence has "the" or "this"
// before a deal noun (what dealSubject reads from tokens), read from the
// text: its words are cut at spaces, no token is made.
func dealOpening(p string) bool {
	prev := ""
	for w := 0; w < 4 && p != ""; w++ {
		word, rest, _ := strings.Cut(p, " ")
		if (prev == "the" || prev == "this") && dealNounGate.in(dealNouns, strings.TrimRight(word, ",")) {
			return true
		}
		prev, p = word, rest
	}
	return false
}
