package extract

import (
	"strings"

	"github.com/cigraph/cigraph/graph"
)

// pairAfter reads "between X and Y" after k.
func (c *ctx) pairAfter(k int) (int, int, bool) {
	b := c.skipTo(k, "between", 3)
	if b < 0 {
		return 0, 0, false
	}
	first := c.nextMention(b+1, 3, false, org, prod)
	if first < 0 {
		return 0, 0, false
	}
	l := c.listFrom(first)
	if len(l) < 2 {
		return 0, 0, false
	}
	if l[0].ent == l[1].ent && l[1].ref {
		alt := c.st.antecedent(c.si, l[1].a, org, 2)
		if len(alt) == 2 && alt[1] != l[0].ent {
			return l[0].ent, alt[1], true
		}
		for _, e := range alt {
			if e != l[0].ent {
				return l[0].ent, e, true
			}
		}
		return 0, 0, false
	}
	return l[0].ent, l[1].ent, true
}

// partner: "X partnered with Y", "a partnership between X and Y", "both
// companies are working together".
func (c *ctx) partner(k int) {
	if c.hedge || c.roleApposition(k) { // rel_parent.go: "Microsoft partner OpenAI"
		return
	}
	if (c.w(k) == "partner" || c.w(k) == "partners") && (c.asPartner(k) || c.possPartner(k)) { // rel_partner_as.go
		return
	}
	if resellGate.in(resellVerbs, c.w(k)) {
		c.resells(k) // rel_partner_as.go
		return
	}
	if a, b, ok := c.pairAfter(k); ok {
		if c.acquired(a, b) {
			return // "the two companies" read as a buyer and its purchase
		}
		c.add(fact{typ: graph.PartnersWith, subj: a, obj: b, time: c.timeNear(k, 0, len(c.toks)), confidence: 0.8})
		return
	}
	if c.w(k) == "forces" && !joinVerbs[c.w(k-1)] {
		return // only "joined forces with Y"
	}
	if (c.w(k) == "partner" || c.w(k) == "partners") && c.mentionAt(k+1) < 0 && c.roleFacts(k, graph.PartnersWith) {
		return // "Microsoft, Oracle's partner in ...", "X will become Y's logistics partner"
	}
	if c.w(k) == "together" {
		if c.jointWork(k) || c.jointWorkWith(k) { // rel_jv.go, rel_jv_with.go
			return
		}
		if c.w(k-1) != "working" && c.w(k-1) != "work" && c.w(k-1) != "worked" {
			return
		}
		subj := c.subjectBefore(k, org)
		if subj < 0 {
			return
		}
		l := c.listAt(subj)
		if len(l) >= 2 {
			c.add(fact{typ: graph.PartnersWith, subj: l[0].ent, obj: l[1].ent, confidence: 0.7})
		}
		return
	}
	with := c.skipTo(k, "with", 3)
	if with < 0 {
		with = c.namedVentureWith(k) // rel_jv_appos.go: "a venture, ACC, with A and B"
	}
	if with < 0 && c.jvApposition(k) { // rel_jv_appos.go
		return
	}
	if with < 0 && (c.formedBefore(k) || c.w(k) == "jointly" || c.pairVerb(k) || c.theirPartnership(k)) {
		c.listPartners(k)
		return
	}
	if with < 0 || c.w(with-1) == "directly" {
		return
	}
	obj := c.nextMention(with+1, 3, false, org)
	subj := c.subjectBefore(k, org)
	if obj < 0 || subj < 0 || c.hedged(c.s.ments[subj].b, k) {
		return
	}
	subj = c.ventureOwner(subj, k) // rel_jv.go
	// rel_jv_relative.go: "the joint venture OpenAI formed with ..."
	subj = c.ventureFormer(subj, k)
	// rel_partner_poss.go: "challenged X's alliance with Y"
	subj = c.nounPossessor(subj, k)
	for _, m := range c.ventureNamed(c.listFrom(obj), k) { // rel_jv.go
		for _, sm := range c.coSubjects(subj) {
			c.add(fact{typ: graph.PartnersWith, subj: sm.ent, obj: m.ent, time: c.timeNear(k, 0, len(c.toks)), confidence: 0.8})
		}
	}
}

// listAt returns the coordinated list that ends with mention j (or starts at it).
func (c *ctx) listAt(j int) []mention {
	var buf [8]mention
	for s := 0; s <= j; s++ {
		l := appendList(buf[:0], c.s, s)
		if len(l) >= 2 && l[len(l)-1].a >= c.s.ments[j].a && l[0].a <= c.s.ments[j].a {
			return c.listFrom(s)
		}
	}
	return c.listFrom(j)
}

// compete: "X competes with Y", "competition from A, B and C", "its main
// competitors—A, B", "rival telco Y", "A and B are engaged in competition".
func (c *ctx) compete(k int) {
	if c.hedge || c.hedged(k-3, k) {
		return
	}
	w := c.w(k)
	if c.rivalApposFact(k) || c.rivalBid(k) { // rel_rival_appos.go: "X, an OpenAI rival"; rel_rival_bid.go
		return
	}
	subj := c.subjectBefore(k, org, prod)
	// rel_behind.go: not a product inside an apposition of the subject
	subj = c.apposedSubject(subj, k)
	if p := c.rivalPossessor(k, w); p >= 0 { // rel_supply.go
		subj = p
	}
	if subj >= 0 && c.noPlanBetween(c.s.ments[subj].b, k) { // rel_negation.go
		return
	}
	var start int = -1
	switch {
	case c.w(k+1) == "with" || c.w(k+1) == "from" || c.w(k+1) == "to" || c.w(k+1) == "against":
		start = c.nextMention(k+2, 4, true, org, prod)
		if start < 0 {
			start = c.exampleAfter(k + 2) // rel_more2.go
		}
	case w == "competitors" || w == "rivals" || w == "rival" || w == "competitor":
		start = c.nextMention(k+1, 4, false, org)
		if start >= 0 && c.rivalAcrossComma(k, start) { // rel_rival_adj.go
			start = -1
		}
		if h := c.appositiveHolder(k); h >= 0 && subj >= 0 && c.s.ments[subj].ent != c.s.ments[h].ent {
			subj, start = h, subj // rel_parent.go: "Samsung, Apple's biggest rival, sued Y"
		}
		if start < 0 {
			start = c.rivalsInclude(k) // rel_supply.go
		}
		if start < 0 && c.roleFacts(k, graph.CompetesWith) {
			return
		}
		if start < 0 && c.rivalsPair(k) {
			return
		}
		if start >= 0 && c.s.ments[start].ref && c.skipTo(k-1, "for", 1) < 0 {
			start = -1
		}
		if w == "rival" && c.fromRival(k, start, subj) { // rel_more3.go
			return
		}
		if (w == "rival" || w == "rivals") && c.acquisitionBefore(k) {
			return
		}
		if w == "competitor" && start < 0 {
			c.competitorFor(k, subj)
			return
		}
	case w == "competition" && subj >= 0:
		l := c.listAt(subj)
		if len(l) >= 2 && k-l[len(l)-1].b <= 6 {
			c.addCompete(l[0].ent, l[1].ent, 0.75)
		}
		return
	}
	if start >= 0 && subj < 0 && (w == "rival" || w == "rivals") {
		c.rivalOfTopic(k, start)
		return
	}
	if start < 0 && subj >= 0 && competeVerbs[w] && c.competePoss(k, subj) { // rel_supply.go
		return
	}
	if start < 0 && subj >= 0 && competeVerbs[w] {
		c.competePair(k, subj)
		return
	}
	if start < 0 || subj < 0 {
		return
	}
	if c.s.ments[subj].b > c.s.ments[start].a {
		return
	}
	if (w == "rival" || w == "rivals") && c.s.ments[start].a == k+1 && c.s.ments[subj].b < k-3 {
		return // "rival X" deep in another clause
	}
	for _, m := range c.listFrom(start) {
		for _, sm := range c.coSubjects(subj) {
			c.addCompete(sm.ent, m.ent, 0.75)
		}
	}
}

func (c *ctx) addCompete(a, b int, conf float64) {
	if a, b = c.st.rivalVendors(a, b); c.st.ents[a].typ != c.st.ents[b].typ || a == b {
		return
	}
	c.add(fact{typ: graph.CompetesWith, subj: a, obj: b, confidence: conf})
}

// competitorFor: "For both companies, Walmart is a key competitor".
func (c *ctx) competitorFor(k, subj int) {
	if subj < 0 {
		return
	}
	for _, m := range c.s.ments {
		if m.ref && m.ent != c.s.ments[subj].ent && m.b <= k && c.typ(m) == org {
			c.addCompete(m.ent, c.s.ments[subj].ent, 0.7)
		}
	}
}

// subsidiary: "X's parent company Y", "X, a unit of Y", "Y is a controlling
// shareholder of ... X".
func (c *ctx) subsidiary(k int) {
	switch c.w(k) {
	case "parent":
		if c.bareParent(k) || c.appositiveOwner(k) { // rel_parent.go
			return
		}
		child := c.possessorBefore(k, 4)
		n := k + 1
		for n < len(c.toks) && (c.w(n) == "company" || c.w(n) == "," || c.w(n) == "group" || c.w(n) == "the" && c.w(n-1) == ",") {
			n++
		}
		parent := c.mentionAt(n)
		if child >= 0 && parent < 0 {
			c.parentApposition(child)
			return
		}
		if child < 0 || parent < 0 || c.typ(c.s.ments[parent]) != org {
			return
		}
		c.add(fact{typ: graph.SubsidiaryOf, subj: c.s.ments[child].ent, obj: c.s.ments[parent].ent, confidence: 0.85})
	case "business":
		c.unitNamed(k) // rel_unit_named.go
	case "pbm", "manager":
		c.pbmUnit(k) // rel_unit_pbm.go
	case "unit", "subsidiary", "division", "arm":
		if c.unitNamed(k) { // rel_unit_named.go
			return
		}
		if c.w(k+1) != "of" {
			c.unitNoun(k)
			return
		}
		parent := c.nextMention(k+2, 2, false, org)
		child := c.subjectBefore(k, org)
		if parent >= 0 && child >= 0 {
			c.add(fact{typ: graph.SubsidiaryOf, subj: c.s.ments[child].ent, obj: c.s.ments[parent].ent, status: c.unitStatus(k), confidence: 0.8}) // rel_unit_former.go
		}
	case "shareholder", "owner":
		if c.bareParent(k) || c.appositiveOwner(k) || c.shareholderOf(k) { // rel_parent.go, rel_shareholder.go
			return
		}
		if c.w(k-1) != "controlling" && c.w(k-1) != "majority" || c.w(k+1) != "of" {
			return
		}
		parent := c.subjectBefore(k, org)
		child := -1
		if parent >= 0 {
			child = c.otherMention(k+2, 6, c.s.ments[parent].ent)
		}
		if child >= 0 {
			c.add(fact{typ: graph.SubsidiaryOf, subj: c.s.ments[child].ent, obj: c.s.ments[parent].ent, confidence: 0.75})
		}
	}
}

// revenueShare: "X ... receiving up to 75% of the profits", "X draws a
// percentage of revenue from Y".
func (c *ctx) revenueShare(k int) {
	var pct *percent
	for i := range c.pcts {
		if c.pcts[i].a > k && c.pcts[i].a <= k+4 {
			pct = &c.pcts[i]
		}
	}
	has := false
	for x := k + 1; x < len(c.toks) && x < k+10; x++ {
		if c.w(x) == "profits" || c.w(x) == "profit" || c.w(x) == "revenue" || c.w(x) == "revenues" {
			has = true
		}
	}
	has = has || c.cutPercent(pct) // rel_cut.go: "takes a 30% cut of Spotify's sales"
	if !has || pct == nil && c.skipTo(k, "percentage", 3) < 0 && c.skipTo(k, "share", 3) < 0 {
		return
	}
	subj := c.subjectBefore(k, org)
	if subj < 0 {
		return
	}
	obj := -1
	for j, m := range c.s.ments {
		if m.ent != c.s.ments[subj].ent && c.typ(m) == org && (m.poss || m.a > k) && !c.trailingSpeaker(j) { // rel_cut.go
			obj = j
			break
		}
	}
	if obj < 0 || c.ownRevenueFrom(k, obj, pct) {
		return
	}
	f := fact{typ: graph.RevenueShare, subj: c.s.ments[subj].ent, obj: c.s.ments[obj].ent, confidence: 0.7}
	if pct != nil {
		v := pct.value
		f.share = &v
	}
	c.add(f)
}

// offers: "Microsoft's Copilot", "its Fios offering", "chips, Trainium and
// Inferentia", "platforms such as A and B", "an app called Zapp".
func (c *ctx) offers(k int) {
	w := c.w(k)
	if c.makesFor(k) {
		return
	}
	var owner, start int = -1, -1
	switch w {
	case "'s", "its":
		if w == "its" {
			owner = c.mentionAt(k)
		} else {
			for j, m := range c.s.ments {
				if m.b == k && m.poss {
					owner = j
				}
			}
		}
		if owner >= 0 && w == "'s" {
			c.unitOf(owner, k)
		}
		if !c.hasProd {
			return // no product to offer: the search below finds none
		}
		start = c.nextMention(k+1, 5, false, prod)
		if start >= 0 && (c.between(k+1, c.s.ments[start].a, org) || c.predicateBetween(k+1, c.s.ments[start].a)) {
			start = -1 // "its own models and uses Gemini": another verb's object
		}
		if start >= 0 && c.productTie(start) { // rel_offers_tie.go: "its Apple Card partnership"
			start = -1
		}
	default:
		if w == "such" && c.w(k+1) != "as" || !c.hasProd ||
			(w == "through" || w == "via") && c.w(k+1) != "its" && c.w(k+1) != "their" {
			// no product named (the searches below have no side effect);
			// "earns through Safari": a channel; "sells A through its B" names the seller's own
			return
		}
		owner = c.listOwner(c.subjectBefore(k, org))
		start = c.nextMention(k+1, 8, false, prod)
		if start >= 0 && c.between(k+1, c.s.ments[start].a, org) {
			start = -1 // "offer Mistral's models on Azure": another maker's goods, then a channel
		}
	}
	if start >= 0 && c.prepBetween(k+1, c.s.ments[start].a) {
		start = -1 // "makes fuselages for the 737 Max", "its models on Azure": a target, not the goods
	}
	if start >= 0 && c.facilityProduct(start) { // rel_facility.go
		start = -1
	}
	if owner < 0 || start < 0 || c.typ(c.s.ments[owner]) != org {
		return
	}
	for i, m := range c.listFrom(start) {
		if i > 0 && m.a > 0 && c.w(m.a-1) == "'s" {
			continue // "Microsoft's Copilot and OpenAI's ChatGPT": another maker
		}
		if i > 0 && c.st.otherMaker(m.ent, c.s.ments[owner].ent) { // rel_corporate.go
			continue
		}
		if c.toks[k].cls&wMake != 0 && c.st.namedMaker(m.ent, c.s.ments[owner].ent) { // rel_behind.go: made for its maker
			continue
		}
		if c.typ(m) == prod {
			c.add(fact{typ: graph.Offers, subj: c.s.ments[owner].ent, obj: m.ent, confidence: 0.8})
		}
	}
}

// between reports a mention of the type starting in [a, b).
func (c *ctx) between(a, b int, t graph.EntityType) bool {
	for _, m := range c.s.ments {
		if m.a >= a && m.a < b && c.typ(m) == t {
			return true
		}
	}
	return false
}

func (c *ctx) span(a, b int) string {
	if a >= b {
		return ""
	}
	s := c.st.text[c.toks[a].start():c.toks[b-1].end()]
	return strings.TrimSpace(s)
}

func (c *ctx) acquisitionBefore(k int) bool {
	for x := k - 1; x >= 0 && x >= k-3; x-- {
		if w := c.w(x); acquireGate.may(w) && acquireVerbs[w] || w == "merged" || w == "merge" { // wordgate.go
			return true
		}
	}
	return false
}

// unitOf: "Alphabet Inc.'s Google" where the lexicon knows the parent.
func (c *ctx) unitOf(owner, k int) {
	j := c.mentionAt(k + 1)
	if j < 0 || c.typ(c.s.ments[j]) != org {
		return
	}
	child := c.s.ments[j].ent
	if p := c.st.ents[child].owner; p != "" && c.st.norm(p) == c.st.norm(c.st.ents[c.s.ments[owner].ent].name) ||
		c.st.ents[child].owner != "" && c.st.byKey[c.st.norm(c.st.ents[child].owner)] == c.s.ments[owner].ent {
		c.add(fact{typ: graph.SubsidiaryOf, subj: child, obj: c.s.ments[owner].ent, confidence: 0.8})
	}
}
