package extract

import "github.com/cigraph/cigraph/graph"

// Frames for rivalry, leadership, revenue shares, joint-venture
// stakes and deal wording, called from fundingFrames or from one-line hooks
// in the older frames.

// aimAt: "Threads, an app that takes aim at Twitter", "Google is taking
// aim at Microsoft" — the subject competes with the one aimed at; a
// product's maker too, when the article names it.
func (c *ctx) aimAt(k int) {
	if c.w(k+1) != "at" || !takeWords[c.w(k-1)] && c.w(k-1) != "took" {
		return
	}
	obj := c.nextMention(k+2, 3, false, org, prod)
	if obj >= 0 && c.s.ments[obj].poss {
		if p := c.nextMention(c.s.ments[obj].b, 2, false, prod); p >= 0 {
			obj = p // "aim at Apple's iPhone": the product
		}
	}
	subj := c.subjectBefore(k-1, org, prod)
	if obj < 0 || subj < 0 || c.hedged(c.s.ments[subj].b, k) {
		return
	}
	a, b := c.s.ments[subj].ent, c.s.ments[obj].ent
	c.add(fact{typ: graph.CompetesWith, subj: a, obj: b, confidence: 0.7})
	if v, ok := c.st.vendorOf(a); ok && c.st.ents[a].typ == graph.Product && v != b {
		c.add(fact{typ: graph.CompetesWith, subj: v, obj: b, confidence: 0.6})
	}
}

// personHeads: "Scott Strazik heads GE Vernova", "Niccol ran Chipotle for
// six years" (past: a former role).
func (c *ctx) personHeads(k int) {
	p := c.mentionEndingAt(c.personVerbStart(k), []graph.EntityType{person}) // "P now runs X", "Tan, 65, previously ran X"
	o := c.nextMention(k+1, 1, true, org)
	if p < 0 || o < 0 || c.hedged(c.s.ments[p].b, k) {
		return
	}
	st := graph.StatusCurrent
	if c.w(k) == "ran" || c.w(k) == "headed" {
		st = graph.StatusFormer
	}
	c.add(fact{typ: graph.Leads, subj: c.s.ments[p].ent, obj: c.s.ments[o].ent, role: "head", status: st, confidence: 0.7})
}

// personVerbStart: the token after the person whose verb is at k, past
// one adverb ("now", "previously") and an age in commas (", 65,").
func (c *ctx) personVerbStart(k int) int {
	x := k
	if w := c.w(x - 1); adverbLike(w) || len(w) > 4 && w[len(w)-2:] == "ly" && !c.toks[x-1].cap {
		x--
	}
	if c.w(x-1) == "," && x >= 3 && c.toks[x-2].kind == tNum && c.w(x-3) == "," {
		x -= 3
	}
	return x
}

// payeeShare: the payee (mention) of the paying verb at k receives share v
// of the payer's revenue; the payer is the verb's subject (payShare,
// paidCut in rel_cut.go).
func (c *ctx) payeeShare(k, payee int, v float64, conf float64) {
	payer := c.subjectBefore(k, org)
	if payer < 0 || c.hedged(c.s.ments[payer].b, k) {
		return
	}
	c.add(fact{typ: graph.RevenueShare, subj: c.s.ments[payee].ent, obj: c.s.ments[payer].ent, share: &v,
		time: c.timeNear(k, 0, len(c.toks)), status: c.statusAt(k), confidence: conf})
}

// hiredAs: "Starbucks named Chipotle chief executive Brian Niccol as its
// new chairman and CEO" — titleBefore read the old title (old: its
// company); the title after "as" is at the subject of the hiring verb.
func (c *ctx) hiredAs(j, old int) {
	m := c.s.ments[j]
	x := m.b
	if c.w(x) != "as" {
		return
	}
	for x++; hireFillers[c.w(x)]; x++ {
	}
	role, end := c.titleRun(x)
	h := m.a - 1
	for h >= 0 && h >= m.a-8 && !hireVerbs[c.w(h)] {
		h--
	}
	if end == x || h < 0 || !hireVerbs[c.w(h)] {
		return
	}
	if subj := c.subjectBefore(h, org); subj >= 0 && c.s.ments[subj].ent != old {
		c.add(fact{typ: graph.Leads, subj: m.ent, obj: c.s.ments[subj].ent, role: role, confidence: 0.8})
	}
}

var hireFillers = set("its", "their", "the", "a", "an", "new", "next")

// payShare: "Google pays Apple 36% of the search revenue it earns through
// Safari" — the payee receives that share of the payer's revenue.
func (c *ctx) payShare(k int) {
	if len(c.pcts) == 0 {
		return
	}
	to := c.nextMention(k+1, 1, true, org)
	if to < 0 || c.hedge {
		return
	}
	for _, p := range c.pcts {
		if p.a != c.s.ments[to].b || c.w(p.b) != "of" || !c.revenueAhead(p.b+1) {
			continue
		}
		c.payeeShare(k, to, p.value, 0.75)
		return
	}
}

// revenueAhead: a revenue or profit word within five tokens from x.
func (c *ctx) revenueAhead(x int) bool {
	for y := x; y < len(c.toks) && y < x+5; y++ {
		if w := c.w(y); revenueWord(w) || w == "profit" || w == "profits" {
			return true
		}
	}
	return false
}

// setWords: "A and B set up a joint venture" forms one (formedBefore).
var setWords = set("set", "sets", "setting")

// madeBrand: "the maker of Jeep and Peugeot" names what the maker makes
// (brands), not a customer; "the maker of Apple's chips" and "the
// manufacturer of iPhone parts for Apple" do name one (supplierNoun).
func (c *ctx) madeBrand(k, cust int) bool {
	if w := c.w(k); w != "maker" && w != "manufacturer" || c.w(k+1) != "of" {
		return false
	}
	m := c.s.ments[cust]
	return !m.poss && m.a == k+2 && !c.goodsAfter(cust)
}

// feePaid: "will pay Figma a termination fee of $1 billion" — a break fee
// buys nothing: no customer fact (pays).
func (c *ctx) feePaid(k int) bool {
	if len(c.money) == 0 {
		return false // a break fee states its amount
	}
	for x := k + 1; x < len(c.toks) && x <= k+6; x++ {
		if c.w(x) == "fee" || c.w(x) == "fees" {
			return breakFees[c.w(x-1)]
		}
	}
	return false
}

var breakFees = set("termination", "break", "breakup", "break-up", "reverse")

// becomePart: "Activision will become part of Microsoft Gaming" -> a unit
// of it (the trigger is "part").
func (c *ctx) becomePart(k int) {
	if c.w(k+1) == "of" && c.w(k-1) == "now" && c.w(k-2) == "," {
		c.nowPartOf(k) // "Activision Blizzard, now part of Microsoft,"
		return
	}
	if c.w(k+1) != "of" || !becomeWords[c.w(k-1)] && !(c.w(k-1) == "a" && becomeWords[c.w(k-2)]) {
		return
	}
	parent := c.nextMention(k+2, 1, true, org)
	subj := c.subjectBefore(k, org)
	if c.appositionBefore(k) {
		subj = 0 // "Activision, the maker of X and Y, will become": not Y
	}
	if parent < 0 || subj < 0 || c.hedge || c.hedged(c.s.ments[subj].b, k) {
		return
	}
	c.add(fact{typ: graph.SubsidiaryOf, subj: c.s.ments[subj].ent, obj: c.s.ments[parent].ent, confidence: 0.7})
}

var becomeWords = set("become", "becomes", "became", "becoming")

// nowPartOf reads the apposition "X, now part of Y," at the noun k.
func (c *ctx) nowPartOf(k int) {
	child := c.mentionEndingAt(k-2, []graph.EntityType{org})
	parent := c.nextMention(k+2, 1, true, org)
	if child < 0 || parent < 0 || c.hedge {
		return
	}
	c.add(fact{typ: graph.SubsidiaryOf, subj: c.s.ments[child].ent, obj: c.s.ments[parent].ent, confidence: 0.75})
}

// runBy: "Microsoft Gaming, the unit run by Phil Spencer" -> he leads it.
func (c *ctx) runBy(k int) {
	p := c.nextMention(k+2, 5, false, person) // "run by former Google engineer P"
	if c.w(k+1) != "by" || p < 0 || c.hedge || c.punctBetween(k+2, c.s.ments[p].a) {
		return
	}
	if c.w(k) == "led" && c.roundBefore(k) || c.titleBetween(k+2, c.s.ments[p].a) {
		return // a round's lead; "led by chairman P" is read with its title (rel_leads.go)
	}
	if o := c.subjectBefore(k, org); o >= 0 && !c.s.ments[o].poss && !c.hedged(c.s.ments[o].b, k) {
		c.add(fact{typ: graph.Leads, subj: c.s.ments[p].ent, obj: c.s.ments[o].ent, role: "head", status: c.statusAt(k), confidence: 0.7})
	}
}

// workWith: "Audi will work with SAIC Motor to develop electric cars" —
// working with a company on a stated job is a partnership.
func (c *ctx) workWith(k int) {
	obj := c.nextMention(k+2, 1, false, org)
	if c.w(k+1) != "with" || obj < 0 || c.hedge {
		return
	}
	if b := c.s.ments[obj].b; !(c.w(b) == "to" && c.verbAt(b+1) || c.w(b) == "on") {
		return // "work with Y to develop P", "work with Y on P"; not "work with Y to the end"
	}
	subj := c.subjectBefore(k, org)
	if subj >= 0 && !c.hedged(c.s.ments[subj].b, k) {
		c.add(fact{typ: graph.PartnersWith, subj: c.s.ments[subj].ent, obj: c.s.ments[obj].ent,
			time: c.timeNear(k, 0, len(c.toks)), confidence: 0.7})
	}
}

// whoTitle: "Mellody Hobson, who has been Starbucks' independent chair";
// else copulaOf.
func (c *ctx) whoTitle(j int) (int, string, bool) {
	x := c.s.ments[j].b
	if c.w(x) != "," || c.w(x+1) != "who" {
		return c.copulaOf(x)
	}
	for x += 2; whoCopula[c.w(x)]; x++ {
	}
	o := c.mentionAt(x)
	if o < 0 || !c.s.ments[o].poss || c.typ(c.s.ments[o]) != org {
		return 0, "", false
	}
	y := c.s.ments[o].b
	if c.w(y) == "'s" || c.w(y) == "'" {
		y++
	}
	end := y
	for end < len(c.toks) && titleWords[c.w(end)] {
		end++
	}
	if end == y || !c.hasRoleWord(y, end) && c.w(end-1) != "chair" { // titleRun wants a role word
		return 0, "", false
	}
	return c.s.ments[o].ent, c.span(y, end), true
}

var whoCopula = set("is", "was", "has", "had", "been", "remains", "also")

// appositionBefore: the verb group ending at k opens after a comma that
// closes an apposition to the sentence's first name, an organisation.
func (c *ctx) appositionBefore(k int) bool {
	x := k - 1
	for x > 0 && (becomeWords[c.w(x)] || auxWords[c.w(x)] || c.w(x) == "a") {
		x--
	}
	ms := c.s.ments
	return c.w(x) == "," && len(ms) > 0 && ms[0].a == 0 && c.w(ms[0].b) == "," && ms[0].b < x && c.typ(ms[0]) == org
}

var auxWords = set("will", "would", "to", "has", "have", "had", "set", "is", "was", "also", "now")

// loseShare: "Volkswagen has been losing market share in China to local
// brands such as BYD" — the winners compete with the subject.
func (c *ctx) loseShare(k int) {
	sh := c.skipTo(k, "share", 3)
	if sh < 0 || c.hedge {
		return
	}
	to := c.skipTo(sh, "to", 5)
	subj := c.subjectBefore(k, org)
	if to < 0 || subj < 0 || c.hedged(c.s.ments[subj].b, k) {
		return
	}
	obj := c.nextMention(to+1, 6, true, org)
	if obj < 0 || c.clauseBreak(to, c.s.ments[obj].a) {
		return
	}
	for _, m := range c.listFrom(obj) {
		c.add(fact{typ: graph.CompetesWith, subj: c.s.ments[subj].ent, obj: m.ent, confidence: 0.65})
	}
}

// otherMaker: the lexicon names another vendor for product p than org:
// "Apple's App Store and Google Play" — the possessive reaches the first
// product of the list, not Google's.
func (st *state) otherMaker(p, org int) bool {
	o := st.ents[p].owner
	return o != "" && st.norm(o) != st.norm(st.ents[org].name)
}

// copulaOf: "Niccol was chief executive of Taco Bell" (x: the token after
// the person) — titleCopula leaves "TITLE of ORG" to titleAfter, which
// reads it only after a comma.
func (c *ctx) copulaOf(x int) (int, string, bool) {
	if !copulaVerb(c.w(x)) && c.w(x) != "has" {
		return 0, "", false
	}
	for x++; whoCopula[c.w(x)] || c.w(x) == "the"; x++ {
	}
	role, end := c.titleRun(x)
	if end == x || c.w(end) != "of" {
		return 0, "", false
	}
	if o := c.nextMention(end+1, 1, true, org); o >= 0 {
		return c.s.ments[o].ent, role, true
	}
	return 0, "", false
}

// verbAt: token x is a lower-case word that can follow "to" as a verb.
func (c *ctx) verbAt(x int) bool {
	if x >= len(c.toks) {
		return false
	}
	t := &c.toks[x]
	return t.kind == tWord && !t.cap && !determiners[t.low]
}

var determiners = set("the", "a", "an", "its", "their", "this", "that", "these", "those", "his", "her")

// sharesBought: "X bought shares in Y", "X acquired $1 billion of Y
// shares" — buying shares is investing in Y, not buying Y (obj: the
// mention of Y after the buy verb at k).
func (c *ctx) sharesBought(k, obj int) bool {
	m := c.s.ments[obj]
	shares := shareWord(c.w(m.b)) || stockMods[c.w(m.b)] && shareWord(c.w(m.b+1)) // "Intel common stock"
	for x := k + 1; x < m.a && !shares; x++ {
		shares = shareWord(c.w(x)) && (c.w(x+1) == "in" || c.w(x+1) == "of")
	}
	if !shares {
		return false
	}
	subj := c.subjectBefore(k, org)
	if subj >= 0 && !c.hedge && !c.hedged(c.s.ments[subj].b, k) {
		c.addInvestList(subj, obj, k) // rel_invest_list.go
	}
	return true
}

func shareWord(w string) bool { return w == "shares" || w == "stock" || w == "equity" }

// stockMods name a class of shares between the company and "stock".
var stockMods = set("common", "ordinary", "preferred", "class", "voting", "new")

// punctBetween: a punctuation token lies in [a, b) ("'s" is part of a name).
func (c *ctx) punctBetween(a, b int) bool {
	for x := a; x < b; x++ {
		if c.toks[x].kind == tPunct && c.toks[x].low != "'s" {
			return true
		}
	}
	return false
}

// titleBetween: a title word (wTitle) lies in [a, b).
func (c *ctx) titleBetween(a, b int) bool {
	for x := a; x < b; x++ {
		if c.toks[x].cls&wTitle != 0 {
			return true
		}
	}
	return false
}
