package extract

import "github.com/cigraph/cigraph/graph"

// Partners by choice: "Netflix picked Microsoft as its technology and
// sales partner", "it added A, B and C as partners for ..." — the chosen
// companies, listed before "as", partner the subject of the verb.

// chooseVerbs name the choice of a partner.
var chooseVerbs = set("picked", "picks", "chose", "chooses", "chosen", "selected", "selects", "tapped", "taps",
	"named", "names", "added", "adds", "enlisted", "enlists", "brought", "signed")

// asPartner reads the frame at the noun "partner(s)" at k; it reports
// whether the frame matched (hedged or not), so that no other reading of
// the noun follows.
func (c *ctx) asPartner(k int) bool {
	as := k - 1
	for as > 0 && as >= k-6 && c.w(as) != "as" {
		if t := &c.toks[as]; t.kind != tWord || t.cap {
			return false // "as its Azure partner" names what is partnered on: left to other frames
		}
		as--
	}
	if c.w(as) != "as" {
		return false
	}
	last := c.mentionEndingAt(as, []graph.EntityType{org, prod})
	if last < 0 {
		return false
	}
	list := c.listAt(last)
	if len(list) == 0 || list[len(list)-1].a != c.s.ments[last].a {
		list = c.s.ments[last : last+1]
	}
	v := list[0].a - 1
	if !chooseVerbs[c.w(v)] {
		return false
	}
	subj := c.subjectBefore(v, org)
	if subj < 0 || c.hedged(c.s.ments[subj].b, v) {
		return true
	}
	for _, m := range list {
		c.add(fact{typ: graph.PartnersWith, subj: c.s.ments[subj].ent, obj: c.partnerEnt(m),
			time: c.timeNear(k, 0, len(c.toks)), confidence: 0.75})
	}
	return true
}

// partnerEnt is the organisation behind a listed partner: a product stands
// for its vendor ("Google's Display & Video 360").
func (c *ctx) partnerEnt(m mention) int {
	switch c.typ(m) {
	case graph.Org:
		return m.ent
	case graph.Person:
		return -1 // "named Jane Doe as its partner": a person, no company
	}
	if v, ok := c.st.vendorOf(m.ent); ok {
		return v
	}
	return -1
}

// pastTimePhrase returns the token after a short time phrase at x ("in
// 2023", "in March", "last year", "this week"): "chose Samsung in 2023 to
// supply"; x itself when none is there.
func (c *ctx) pastTimePhrase(x int) int {
	switch w := c.w(x); {
	case w == "in" && x+1 < len(c.toks) && (c.toks[x+1].cls&wMonth != 0 || isYear(c.w(x+1))):
		return x + 2
	case (w == "last" || w == "this") && (c.w(x+1) == "year" || c.w(x+1) == "month" || c.w(x+1) == "week"):
		return x + 2
	}
	return x
}

// isYear: a four-digit year from 1900 to 2099.
func isYear(w string) bool {
	return len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9'
}

// resellVerbs: a reseller partners the maker of what it resells.
var resellVerbs = set("resells", "resell", "resold", "reselling")

// resells reads "X resells Y's software" and "X resells P" (P a product
// with a known vendor) at the verb k: X partners Y.
func (c *ctx) resells(k int) {
	if c.w(k) == "resold" && c.resoldBy(k) { // rel_resold.go: "is resold by Carahsoft"
		return
	}
	subj := c.subjectBefore(k, org)
	if subj < 0 || c.hedged(c.s.ments[subj].b, k) {
		return
	}
	j := c.nextMention(k+1, 4, false, org, prod)
	if j < 0 {
		return
	}
	m := c.s.ments[j]
	vendor := -1
	switch {
	case c.typ(m) == graph.Product:
		vendor = c.partnerEnt(m)
	case m.poss && !m.ref:
		vendor = m.ent
	}
	if vendor >= 0 {
		c.add(fact{typ: graph.PartnersWith, subj: c.s.ments[subj].ent, obj: vendor,
			time: c.timeNear(k, 0, len(c.toks)), confidence: 0.7})
	}
}

// possPartner reads "its partner Carahsoft" and "Oracle's partner,
// Carahsoft," at the noun k: the possessor partners the name after it.
func (c *ctx) possPartner(k int) bool {
	if c.w(k) != "partner" {
		return false
	}
	n := k + 1
	if c.w(n) == "," {
		n++
	}
	j := c.mentionAt(n)
	own := c.possessorBefore(k, 3)
	if j < 0 || own < 0 || c.s.ments[j].ref || c.typ(c.s.ments[j]) != org || c.hedged(0, k) {
		return false
	}
	// no time: a date in the sentence ("pay $42 a share, a premium to
	// Friday's close") seldom dates a partnership named in passing
	c.add(fact{typ: graph.PartnersWith, subj: c.s.ments[own].ent, obj: c.s.ments[j].ent, confidence: 0.75})
	return true
}
