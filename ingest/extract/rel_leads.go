package extract

import (
	"strings"

	"github.com/cigraph/cigraph/graph"
)

// Leadership frames: a person, a title and the organisation led, read
// from the title before or after the name.

var titleWords = set("ceo", "chief", "executive", "officer", "president", "chairman", "chairwoman", "founder",
	"co-founder", "cofounder", "cfo", "cto", "coo", "interim", "and", "managing", "director", "vice", "operating",
	"financial", "technology", "head", "chair", "co-chief", "co-ceo", "co-president", "co-chair", "co-ceos", "ceos", "co-founders", "cofounders", "founders",
	// a modifier inside a title reads as part of it ("its longtime chief
	// executive", "its independent chair")
	"longtime", "long-time", "independent")

// leads: "Intuit CEO Sasan Goodarzi", "Ajay Banga, president and CEO of
// Mastercard", "appointed X as interim CEO", "co-founder X".
func (c *ctx) leads() {
	for j, m := range c.s.ments {
		if c.typ(m) != person || m.ref {
			continue
		}
		if org, role, ok := c.titleBeforeList(j); ok { // rel_leads_apposition.go: "co-CEOs A and B"
			c.add(fact{typ: graph.Leads, subj: m.ent, obj: org, role: role, confidence: 0.8})
		} else if org, role, ok := c.titleBefore(m.a); ok {
			status := c.formerTitle(m.a)
			if status == "" && c.leftAside(m) { // rel_leads_moves.go: "CEO P, who resigned in December,"
				status = graph.StatusFormer
			}
			c.add(fact{typ: graph.Leads, subj: m.ent, obj: org, role: role, confidence: 0.85, status: status})
			c.hiredAs(j, org) // rel_corporate.go
		} else if org, role, ok := c.titleAfter(j); ok {
			c.add(fact{typ: graph.Leads, subj: m.ent, obj: org, role: role, confidence: 0.85, status: c.formerAppos(m, org)}) // rel_stake_events.go
		} else if org, role, ok := c.labelTitle(m); ok { // coref_narrator.go
			c.add(fact{typ: graph.Leads, subj: m.ent, obj: org, role: role, confidence: 0.75})
		} else if org, role, ok := c.whoTitle(j); ok { // rel_corporate.go
			c.add(fact{typ: graph.Leads, subj: m.ent, obj: org, role: role, confidence: 0.8})
		} else if org, role, ok := c.titleCopula(m); ok { // rel_more3.go
			c.add(fact{typ: graph.Leads, subj: m.ent, obj: org, role: role, confidence: 0.7})
		} else if org, role, ok := c.namedTitle(m); ok { // rel_leads_named.go
			c.add(fact{typ: graph.Leads, subj: m.ent, obj: org, role: role, confidence: 0.75})
		} else if org := c.openingFounder(j); org >= 0 { // rel_opening.go
			c.add(fact{typ: graph.Leads, subj: m.ent, obj: org, role: "founder", confidence: 0.75})
		} else if org, ok := c.foundedBy(m.a); ok {
			c.add(fact{typ: graph.Leads, subj: m.ent, obj: org, role: "founder", confidence: 0.75})
		} else if org, ok := c.founderClause(m.b); ok {
			c.add(fact{typ: graph.Leads, subj: m.ent, obj: org, role: "founder", confidence: 0.75})
		} else if org, role, ok := c.bareTitle(j); ok { // rel_leads_bare.go
			c.add(fact{typ: graph.Leads, subj: m.ent, obj: org, role: role, confidence: 0.65})
		} else if c.w(m.b) == "joined" || c.w(m.b+1) == "joined" {
			j2 := c.nextMention(m.b+1, 2, false, graph.Org)
			if j2 >= 0 && c.skipTo(c.s.ments[j2].b-1, "lead", 4) > 0 {
				c.add(fact{typ: graph.Leads, subj: m.ent, obj: c.s.ments[j2].ent, role: "lead", confidence: 0.7})
			}
		}
		c.moreFounders(m) // rel_founder.go
		c.formerLeader(m)
		// rel_ousted.go: "the board pushed out P"
		c.ousted(m)
		c.appositionLeads(m) // rel_leads_apposition.go
		c.movedLeads(m)      // rel_leads_moves.go: "P stepped down as Intel CEO"
	}
}

// titleBefore reads "[ORG ['s]] TITLE PERSON".
func (c *ctx) titleBefore(a int) (int, string, bool) {
	x := a - 1
	if c.w(x) == "," && x > 0 && c.toks[x-1].cls&wTitle != 0 { // "its chief executive, Hannah Moreau"
		a, x = x, x-1
	}
	for x >= 0 && (c.toks[x].cls&wTitle != 0 || x < a-1 && domainTitleWord(&c.toks[x])) { // titleWords, as class bits
		x-- // (a function word opens a title: "Microsoft finance chief P", rel_leads_domain.go)
	}
	if x == a-1 || !c.hasRoleWord(x+1, a) {
		return 0, "", false
	}
	role := c.span(x+1, a)
	if x >= 0 && c.w(x) == "'s" {
		x--
	}
	for _, m := range c.s.ments {
		if m.b == x+1 && c.typ(m) == org {
			return m.ent, role, true
		}
	}
	if x >= 1 && c.w(x) == "as" {
		if subj := c.subjectBefore(x-1, org); subj >= 0 {
			return c.s.ments[subj].ent, role, true
		}
	}
	if x >= 1 && c.w(x) == "to" && c.w(x-1) == "according" {
		if subj := c.firstOwnOrg(x); subj >= 0 {
			return c.s.ments[subj].ent, role, true // "It uses Y's Gemini, according to Chief Technology Officer P"
		}
	}
	if subj := c.subjectBefore(x+1, org); subj >= 0 && c.s.ments[subj].b >= x-10 && !c.quotedOrg(subj, x+1) { // rel_supply.go
		return c.s.ments[subj].ent, role, true
	}
	if t := c.topicTitleOrg(); t >= 0 && (x < 0 || c.w(x) == "\"") { // rel_supply.go
		return t, role, true
	}
	if t := c.quoteTitleOrg(x, a); t >= 0 { // rel_leads_quote.go
		return t, role, true
	}
	if x < 0 {
		if o, ok := c.st.leadingOrg(c.si); ok { // coref_title.go
			return o, role, true
		}
		if a := c.st.antecedent(c.si, 0, org, 1); len(a) == 1 {
			return a[0], role, true
		}
	}
	return 0, "", false
}

// titleAfter reads "PERSON, [the] TITLE of ORG" and "PERSON, ORG TITLE" and
// "appointed PERSON as TITLE".
func (c *ctx) titleAfter(j int) (int, string, bool) {
	m := c.s.ments[j]
	x := c.roleVerbsAfter(c.pastAppositionAs(m.b)) // rel_leads_apposition.go
	if c.w(x) == "as" {
		x = c.skipPossessive(x)
		if role, end := c.titleRun(x + 1); end > x+1 {
			if h := c.hirer(m.a); h >= 0 {
				return c.s.ments[h].ent, role, true // "Starbucks hired Chipotle boss P as CEO": Starbucks
			}
			if subj := c.reporterOrSubject(m.a); subj >= 0 {
				return c.s.ments[subj].ent, role, true
			}
		}
		return 0, "", false
	}
	if org, role, ok := c.hiredBare(m.a, x); ok {
		return org, role, true
	}
	if c.w(x) != "," {
		return 0, "", false
	}
	// "X, who was CEO of Y,": rel_leads_who.go
	x = c.skipWhoIs(x + 1)
	org := c.mentionAt(x) // "the company's" is one mention that starts at "the"
	if c.w(x) == "the" || c.w(x) == "its" {
		x++
	}
	x = c.skipFormer(x) // rel_stake_events.go: "a former head of Y"
	if org < 0 {
		org = c.mentionAt(x)
	}
	if org >= 0 && c.typ(c.s.ments[org]) == graph.Org {
		b := c.s.ments[org].b
		if c.w(b) == "'s" {
			b++
		}
		if c.w(b) == "other" {
			b++ // "the company's other co-CEO"
		}
		b = c.skipFormer(b) // "Y's former CFO"
		if role, end := c.titleRun(b); end > b {
			return c.s.ments[org].ent, role, true
		}
	}
	role, end := c.titleRun(x)
	if t := c.topicTitleOrg(); end > x && c.w(end) == "," && c.w(x-1) == "the" && t >= 0 {
		return t, role, true // "X, the chief executive, said": rel_supply.go
	}
	if end == x || c.w(end) != "of" && c.w(end) != "at" {
		return 0, "", false
	}
	if org := c.describedOrgAfter(end + 1); org >= 0 {
		return c.s.ments[c.parentBehind(org)].ent, role, true // rel_parent.go
	}
	return c.functionTitle(x, end) // rel_founder.go
}

func (c *ctx) titleRun(x int) (string, int) {
	e := x
	for e < len(c.toks) && (titleWords[c.w(e)] || titleMod(&c.toks[e])) { // titleMod: rel_leads_named.go
		e++
	}
	if !c.hasRoleWord(x, e) {
		return "", x
	}
	return c.span(x, e), e
}

func (c *ctx) hasRoleWord(a, b int) bool {
	for x := a; x < b; x++ {
		switch c.w(x) {
		case "ceo", "chief", "president", "chairman", "chairwoman", "founder", "co-founder", "cofounder", "cfo", "cto", "coo", "director", "head",
			"co-chief", "co-ceo", "co-president", "co-chair", "co-ceos", "ceos", "co-founders", "cofounders", "founders":
			return true
		}
	}
	return false
}

// firstOwnOrg: the first organisation of the sentence before k that is
// not a possessive ("Y's Gemini"), the one an attribution at k speaks for.
func (c *ctx) firstOwnOrg(k int) int {
	for j, m := range c.s.ments {
		if m.b > k {
			break
		}
		if c.typ(m) == org && !m.poss {
			return j
		}
	}
	return -1
}

// formerTitle: "former Inflection AI chief executive P", "ex-CEO P" — the
// title before the person at a is a past one (StatusFormer), else "".
func (c *ctx) formerTitle(a int) string {
	for x := a - 1; x >= 0 && x >= a-8; x-- {
		t := &c.toks[x]
		switch {
		case t.low == "former" || t.low == "onetime" || t.low == "one-time" || strings.HasPrefix(t.low, "ex-"):
			return graph.StatusFormer
		case t.kind == tPunct && t.low != "'s" && t.low != "." || !t.cap && t.cls&wTitle == 0 && (t.kind != tWord || c.toks[x+1].cls&wTitle == 0):
			return "" // (a lower-case word may qualify the title: "former Apple design chief P")
		}
	}
	return ""
}

// hirer: the subject of a hiring verb a few words before the person at a
// ("Starbucks hired [Chipotle boss] P"), else -1.
func (c *ctx) hirer(a int) int {
	for h := a - 1; h >= 0 && h >= a-6; h-- {
		if hireVerbs[c.w(h)] {
			return c.subjectBefore(h, org)
		}
	}
	return -1
}

// descBreaks end a description before a name: "president of advertising
// at Netflix" names a function, not a kind of company.
var descBreaks = set("at", "in", "for", "of", "with", "and", "to", "on", "by", "from")

// describedOrgAfter: the organisation named within two tokens of x, or
// after a lower-case description of one to three words ("founder of
// venture firm Walden International", "chief of chipmaker Arm"), else -1.
func (c *ctx) describedOrgAfter(x int) int {
	if org := c.nextMention(x, 2, false, graph.Org); org >= 0 {
		return org
	}
	y := x
	for y < len(c.toks) && y < x+3 && c.toks[y].kind == tWord && !c.toks[y].cap && !descBreaks[c.toks[y].low] {
		y++
	}
	if y == x || y >= len(c.toks) || !c.toks[y].cap || c.w(x) == "the" && y == x+1 {
		return -1
	}
	return c.nextMention(y, 1, false, graph.Org)
}
