package extract

import (
	"strings"

	"github.com/cigraph/cigraph/graph"
)

// wonVerbs start "X won a $N contract from Y".
var wonVerbs = set("won", "wins", "win", "winning", "landed", "lands")

// passiveAux: "was awarded".
var passiveAux = set("was", "were", "been", "is", "be", "being")

// wonFrom: "X won a $900 million contract from Y": Y is X's customer.
func (c *ctx) wonFrom(k, subj int) {
	con := c.skipTo(k, "contract", 8)
	from := c.skipTo(c.worthEnd(con), "from", 3)
	if by := c.skipTo(con, "by", 3); from < 0 && c.w(k) == "awarded" {
		from = by
	}
	if from < 0 || c.hedged(c.s.ments[subj].b, k) {
		return
	}
	obj := c.nextMention(from+1, 3, false, org)
	if obj < 0 || c.wonFromRival(k, con, subj, obj) { // rel_contract_holder.go
		return
	}
	amt := c.moneyNear(k, 0, from)
	if amt == nil {
		amt = c.worthAmount(obj) // rel_supply.go: "won a contract from Y worth $515 million"
	}
	if amt != nil && amt.Period == "" {
		amt.Period = "once"
	}
	c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[obj].ent, obj: c.s.ments[subj].ent,
		amount: amt, time: c.timeNear(k, 0, len(c.toks)), confidence: 0.75})
}

// relyOn: "X relies on Y for its modem chips" (a supplier named with what it
// supplies).
func (c *ctx) relyOn(k int) {
	if c.w(k+1) != "on" && c.w(k+1) != "upon" || c.hedge {
		return
	}
	obj := c.nextMention(k+2, 3, true, org)
	subj := c.subjectBefore(k, org)
	if obj < 0 && subj >= 0 && c.relyOnProduct(k, subj) { // rel_paying.go
		return
	}
	if obj < 0 || subj < 0 || c.hedged(c.s.ments[subj].b, k) {
		return
	}
	objs := c.objectList(obj) // rel_supply.go: "relies on A and B to make ..."
	o := objs[len(objs)-1]
	if w := c.w(c.pastApposition(o.b)); w != "for" && w != "to" || c.relyForSales(subj, o) { // rel_dependence.go, rel_share_prior.go
		return
	}
	status := c.dependStatus(k) // rel_dependence.go
	for _, om := range objs {
		c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[subj].ent, obj: om.ent,
			prod: c.productIn(o.b, len(c.toks)), time: c.timeNear(k, 0, len(c.toks)), status: status, confidence: 0.7})
	}
}

// dealPossessor: the named ORG whose possessive opens the deal phrase before
// the deal noun at k ("X's $3 billion takeover"), or -1.
func (c *ctx) dealPossessor(k int) int {
	for j := len(c.s.ments) - 1; j >= 0; j-- {
		m := c.s.ments[j]
		if m.b > k || k-m.b > 6 {
			continue
		}
		if !m.poss || m.ref || c.typ(m) != org {
			return -1
		}
		for x := m.b + 1; x < k; x++ {
			if t := c.toks[x]; t.kind == tPunct && t.cls&wMoney == 0 {
				return -1
			}
		}
		return j
	}
	return -1
}

// founderClause reads ", who founded ORG" after a person ending at b.
func (c *ctx) founderClause(b int) (int, bool) {
	if c.w(b) != "," || c.w(b+1) != "who" {
		return 0, false
	}
	v := b + 2
	if c.w(v) == "also" {
		v++
	}
	switch c.w(v) {
	case "founded", "co-founded", "cofounded", "started", "created":
	default:
		return 0, false
	}
	j := c.nextMention(v+1, 2, false, org)
	if j < 0 {
		return 0, false
	}
	return c.s.ments[j].ent, true
}

// acquiredRelative: "Y, which X bought in 2021" (the object relative
// clause names the purchase before the buyer).
func (c *ctx) acquiredRelative(k int) {
	types := []graph.EntityType{org}
	subj := c.mentionEndingAt(k, types)
	if subj < 0 || c.hedge {
		return
	}
	r := c.s.ments[subj].a - 1
	if w := c.w(r); w != "which" && w != "that" {
		return
	}
	e := r
	if c.w(e-1) == "," {
		e--
	}
	obj := c.mentionEndingAt(e, types)
	if obj < 0 {
		return
	}
	c.add(fact{typ: graph.Acquires, subj: c.s.ments[subj].ent, obj: c.s.ments[obj].ent,
		amount: c.onceAmount(c.moneyNear(k, k, len(c.toks))), // "which B acquired in 2023 for $69 billion"
		time:   c.timeNear(k, k, len(c.toks)), status: c.statusAt(k), confidence: 0.75})
}

// ownerSuffixes: "Harrow-owned X" (X is a unit of Harrow), "Harrow-backed X"
// (Harrow invests in X).
var ownerSuffixes = map[string]string{"-owned": graph.SubsidiaryOf, "-controlled": graph.SubsidiaryOf,
	"-backed": graph.InvestsIn, "-funded": graph.InvestsIn}

// genericOwners are capitalised owners that name no company ("State-owned").
var genericOwners = set("state", "government", "family", "employee", "founder", "private", "privately",
	"public", "publicly", "foreign", "venture", "taxpayer", "city", "county", "federal", "partly", "majority", "wholly")

// ownerSuffix returns the ownership suffix that ends word w, or "".
func ownerSuffix(w string) string {
	k := strings.LastIndexByte(w, '-')
	if k <= 0 {
		return ""
	}
	if _, ok := ownerSuffixes[w[k:]]; ok {
		return w[k:]
	}
	return ""
}

// ownedBy reads "Harrow-owned Bexley Books" at token k.
func (c *ctx) ownedBy(k int) {
	t := c.toks[k]
	suf := ownerSuffix(t.low)
	if suf == "" || c.hedge {
		return
	}
	name := t.s[:len(t.s)-len(suf)]
	if c.st.lx.cls[name]&(cNonname|cPlace) != 0 || genericOwners[strings.ToLower(name)] || strings.ContainsAny(name, "-") {
		return // "State-owned", "U.S.-backed"
	}
	child := c.mentionAt(k + 1)
	if child < 0 || c.typ(c.s.ments[child]) != org {
		return
	}
	head := c.mentionEndingAt(k, []graph.EntityType{org, prod})
	if head >= 0 {
		name = c.span(c.s.ments[head].a, k) + " " + name // "Pemberton Capital-backed"
	}
	owner, ok := c.st.known(name)
	if !ok {
		owner = c.st.entityFor(name, org, -1)
	}
	c.st.ents[owner].mentions++
	if head >= 0 && c.s.ments[head].ent != owner {
		c.st.ents[c.s.ments[head].ent].mentions-- // the head word was part of the owner's name
		c.s.ments[head].ent = owner
	}
	typ := ownerSuffixes[suf]
	if typ == graph.SubsidiaryOf {
		c.add(fact{typ: typ, subj: c.s.ments[child].ent, obj: owner, confidence: 0.75})
		return
	}
	c.add(fact{typ: typ, subj: owner, obj: c.s.ments[child].ent, time: c.timeNear(k, 0, len(c.toks)), confidence: 0.75})
}

// stakeShare reads the percentage of "a 10% stake" ending at the noun k.
func (c *ctx) stakeShare(k int) *float64 {
	if c.w(k) != "stake" && c.w(k) != "interest" && c.w(k) != "holding" {
		return nil
	}
	for _, p := range c.pcts {
		if p.b <= k && p.b >= k-2 {
			v := p.value
			return &v
		}
	}
	return c.stakeOfShare(k) // rel_holds_percent.go
}

// accountWords start "accounting for N% of sales".
var accountWords = set("accounted", "accounting", "accounts", "responsible") // "was responsible for 62% of revenue"

// attachCustomerShare gives the share to the customer fact of cust read in
// this sentence.
func (c *ctx) attachCustomerShare(cust int, v float64, t string) bool {
	for j := len(c.st.facts) - 1; j >= 0 && c.st.facts[j].sent == c.si; j-- {
		if f := &c.st.facts[j]; f.typ == graph.CustomerOf && f.subj == cust && f.share == nil {
			f.share = &v
			if f.time == "" {
				f.time = t
			}
			return true
		}
	}
	return false
}

// changeVerbs move a figure: "revenue rose 12% to $4.2 billion".
var changeVerbs = set("rose", "rises", "grew", "grows", "jumped", "climbed", "increased", "surged", "fell", "falls",
	"dropped", "declined", "slipped", "soared", "gained", "doubled", "tripled", "quadrupled", "halved", "slumped",
	"tumbled", "plunged", "advanced", "rebounded", "edged", "swelled", "shrank", "ballooned")

// changedTo: the amount at a ends "sales|revenue ... rose [N%] to $X".
func (c *ctx) changedTo(a int) bool {
	if c.w(a-1) != "to" {
		return false
	}
	v := c.changeBefore(a - 2) // metrics_delta.go: "rose 10% to", "rose by $500 million to"
	if !changeGate.in(changeVerbs, c.w(v)) {
		return false
	}
	for x := v - 1; x >= 0 && x >= v-8; x-- {
		if c.w(x) == "revenue" || c.w(x) == "revenues" || c.w(x) == "sales" {
			return true
		}
	}
	return false
}

// acquiredBy: "Y was bought by X", "Y agreed to be acquired by X for $N".
func (c *ctx) acquiredBy(k, buyer int) {
	target, from := c.passiveTarget(c.subjectBefore(k, org), k) // rel_more2.go
	if target < 0 || c.hedge || c.hedged(max(c.s.ments[target].b, from), k) {
		return
	}
	amt := c.moneyNear(k, k, len(c.toks))
	if amt != nil && amt.Period == "" {
		amt.Period = "once"
	}
	c.add(fact{typ: graph.Acquires, subj: c.s.ments[buyer].ent, obj: c.s.ments[target].ent, amount: amt,
		time: c.timeNear(k, from, len(c.toks)), status: c.statusAt(k), confidence: 0.8})
}

// roundNouns name a financing: "a round led by X".
var roundNouns = set("round", "funding", "financing", "investment", "raise")

// byAgent reads passive ownership and funding: "Y, which is backed by X",
// "a round led by X", "Y is owned by X", "Y is 20% owned by X".
func (c *ctx) byAgent(k int) {
	if madeByVerbs[c.w(k)] {
		c.madeBy(k) // rel_madeby.go
		return
	}
	if c.siteParticiple(k) { // rel_from_maker.go: "a plant owned by Y"
		return
	}
	agent := c.nextMention(k+2, 2, false, org)
	if agent < 0 {
		agent = c.describedAgent(k) // rel_invest_own.go
	}
	if agent < 0 {
		agent = c.orgAfterPerson(k) // rel_backers_person.go: "backed by Larry Ellison and RedBird"
	}
	if agent < 0 || c.hedge {
		return
	}
	w := c.w(k)
	if w == "led" && !c.roundBefore(k) {
		return
	}
	subj := c.apposHeadOver(c.subjectBefore(k, org), k)       // rel_rival_appos.go
	if h, aside := c.asideHead(subj, k); subj >= 0 && aside { // rel_participle_aside.go
		if h < 0 {
			return
		}
		subj = h
	}
	if subj < 0 {
		subj = c.openingSubject(k) // rel_opening.go: "Backed by A, X ..."
	}
	if subj < 0 || c.hedged(c.s.ments[subj].b, k) || c.s.ments[subj].ent == c.s.ments[agent].ent {
		return
	}
	if w == "led" && c.roundJoiner(subj, k) { // rel_invest_own.go
		return
	}
	a, y := c.s.ments[agent].ent, c.s.ments[subj].ent
	share := c.stakeBefore(k)
	if (w == "owned" || w == "controlled" || w == "majority-owned" || w == "wholly-owned") && share == nil {
		c.add(fact{typ: graph.SubsidiaryOf, subj: y, obj: a, confidence: 0.75})
		return
	}
	ags, tb := c.agents(agent, share), len(c.toks)
	if end := c.openingEnd(); end > k && c.s.ments[subj].a > end {
		ags, tb = c.openingAgents(agent, end), end // rel_opening.go: the main clause's time is not the backing's
	}
	for _, m := range ags {
		c.add(fact{typ: graph.InvestsIn, subj: m.ent, obj: y, share: share, time: c.timeNear(k, 0, tb), confidence: 0.75})
	}
}

// roundBefore: a financing noun shortly before k ("a $300 million round led").
func (c *ctx) roundBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if roundNouns[c.w(j)] {
			return true
		}
	}
	return c.roundBeforeTime(k)
}

// roundBeforeTime: "its latest funding round in December, led by A": the
// round noun is followed by the time it happened.
func (c *ctx) roundBeforeTime(k int) bool {
	j := k - 1
	if c.w(j) == "," {
		j--
	}
	for _, t := range c.timeList() {
		if t.b == j+1 && t.a >= 2 && c.w(t.a-1) == "in" && roundNouns[c.w(t.a-2)] {
			return true
		}
	}
	return false
}

// stakeBefore reads "20% owned by" (a minority holding, not a parent).
func (c *ctx) stakeBefore(k int) *float64 {
	for _, p := range c.pcts {
		if p.b <= k && p.b >= k-1 && p.value < 50 {
			v := p.value
			return &v
		}
	}
	return nil
}

// countsAmong: "Y counts X among its biggest customers", "Y counts X as a
// client".
func (c *ctx) countsAmong(k int) {
	obj := c.nextMention(k+1, 2, true, org)
	sup := c.appositiveHead(c.subjectBefore(k, org)) // rel_supply.go: "A, a B unit, counts"
	if obj < 0 || sup < 0 || c.hedge || c.hedged(c.s.ments[sup].b, k) {
		return
	}
	l := c.listFrom(obj)
	end := skipBracket(c.toks, l[len(l)-1].b) // names_bracket_list.go: "counts ... Corp (SMIC) among"
	if c.w(end) != "among" && c.w(end) != "as" {
		return
	}
	for j := end + 1; j < len(c.toks) && j <= end+4; j++ {
		if custNouns[c.w(j)] {
			for _, m := range l {
				c.addCustomer(m.ent, c.s.ments[sup].ent, k, 0.8)
			}
			return
		}
		if c.w(j) == "partner" || c.w(j) == "partners" { // "counts Costco and Kroger among its grocery partners"
			for _, m := range l {
				c.add(fact{typ: graph.PartnersWith, subj: c.s.ments[sup].ent, obj: m.ent, time: c.timeNear(k, 0, len(c.toks)), confidence: 0.75})
			}
			return
		}
		if backerNouns[c.w(j)] || c.w(j) == "investor" || c.w(j) == "backer" { // "counts Microsoft among its investors"
			for _, m := range l {
				c.add(fact{typ: graph.InvestsIn, subj: m.ent, obj: c.s.ments[sup].ent, time: c.timeNear(k, 0, len(c.toks)), confidence: 0.75})
			}
			return
		}
	}
}

// sellVerbs and divestNouns: selling a company or a business is a
// divestiture, not a supply deal.
var (
	sellVerbs   = set("sells", "sell", "sold", "selling")
	divestNouns = set("unit", "units", "business", "businesses", "division", "stake", "subsidiary", "operations",
		"arm", "assets", "brand", "brands", "shares", "holding", "company")
)

// divested: "X sold Bexley Books to Y" (Y acquires Bexley Books) or "X agreed
// to sell its snack unit to Y" (no supply fact); buyer is Y's mention.
func (c *ctx) divested(k, buyer int) bool {
	if !sellVerbs[c.w(k)] {
		return false
	}
	if c.assetsSold(k, buyer) || c.facilitySold(k, buyer) { // rel_divest_assets.go, rel_facility.go
		return true
	}
	for j := k + 1; j < c.s.ments[buyer].a; j++ {
		if divestNouns[c.w(j)] {
			c.namedUnitSold(k, j, buyer) // rel_recall3.go
			return true
		}
	}
	sold := c.nextMention(k+1, 1, false, org)
	if sold < 0 || sold == buyer || c.s.ments[sold].poss {
		// "sells its models to Y": the goods, not the company, are sold;
		// "sold both to Y" with no antecedent: nothing else to read either
		return c.w(k+1) == "both"
	}
	// a plural reference ("sold both to Apollo") stands for several
	// companies: one mention each, at the same token
	for _, m := range c.s.ments {
		if m.a != c.s.ments[sold].a || c.typ(m) != org || m.ent == c.s.ments[buyer].ent {
			continue
		}
		conf := 0.75
		if m.ref {
			conf = 0.7
		}
		c.add(fact{typ: graph.Acquires, subj: c.s.ments[buyer].ent, obj: m.ent,
			amount: c.onceAmount(c.moneyNear(k, k, len(c.toks))), time: c.timeNear(k, 0, len(c.toks)),
			status: c.statusAt(k), confidence: conf})
	}
	return true
}

// onceAmount marks a deal value as a single total.
func (c *ctx) onceAmount(a *graph.Amount) *graph.Amount {
	if a != nil && a.Period == "" {
		a.Period = "once"
	}
	return a
}

// includeWords introduce examples: "Y's customers include A and B".
var includeWords = set("include", "includes", "included", "including", "are", "were")

// customerList reads "Y's customers include A, B and C" after the noun k.
func (c *ctx) customerList(k, owner int) bool {
	if c.w(k+1) == "," && c.w(k+2) == "including" {
		k++ // "Its largest customers, including A and B, design chips"
	}
	v := k                   // the customer noun, where statusAt reads
	had := c.w(k+1) == "had" // rel_lost_customer.go: "its customers had included A"
	if had || c.perfectIncluded(k+1) {
		k++
	}
	if w := c.w(k + 1); !includeGate.may(w) || !includeWords[w] || c.hedge { // wordgate.go
		return false
	}
	first := c.nextMention(k+2, 2, false, org)
	if first < 0 {
		return false
	}
	for _, m := range c.listFrom(first) {
		if c.typ(m) == org && !m.ref && m.ent != c.s.ments[owner].ent {
			c.addIncluded(m.ent, c.s.ments[owner].ent, v, had)
		}
	}
	return true
}

// formedBefore: "announced a strategic alliance", "formed a joint venture".
func (c *ctx) formedBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch c.w(j) {
		case "announced", "formed", "form", "forming", "created", "signed", "struck", "entered", "established", "launched":
			return true
		case "as": // "A and B will build the plant as a 50-50 joint venture"
			return c.w(k) == "venture"
		case "up":
			if setWords[c.w(j-1)] { // "set up a joint venture": rel_corporate.go
				return true
			}
		}
	}
	return false
}

// listPartners: "A and B announced a strategic alliance".
func (c *ctx) listPartners(k int) {
	subj := c.subjectBefore(k, org)
	if subj < 0 || c.hedged(c.s.ments[subj].b, k) {
		return
	}
	if l := c.listAt(subj); len(l) >= 2 {
		c.add(fact{typ: graph.PartnersWith, subj: l[0].ent, obj: l[1].ent, time: c.timeNear(k, 0, len(c.toks)), confidence: 0.75})
	}
}
