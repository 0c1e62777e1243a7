package extract

import (
	"strings"

	"github.com/cigraph/cigraph/graph"
)

// Phrase-level readings found on varied news (roundups, filings, wire
// copy): contracts and licences, appointments, stakes in relative clauses,
// unit sales, datelines. Each reads one general construction.

// hiredBare reads "X named Jane Doe chief executive" (a in front of the
// person, x after it): news often drops the "as" that titleAfter expects.
func (c *ctx) hiredBare(a, x int) (int, string, bool) {
	if a < 1 || !hireVerbs[c.w(a-1)] {
		return 0, "", false
	}
	y := x
	if c.w(y) == "its" || c.w(y) == "the" || c.w(y) == "their" {
		y++
	}
	if c.w(y) == "new" {
		y++
	}
	role, end := c.titleRun(y)
	if end == y {
		return 0, "", false
	}
	if subj := c.reporterOrSubject(a - 1); subj >= 0 {
		return c.s.ments[subj].ent, role, true
	}
	return 0, "", false
}

// placeRun: a sentence-opening word that never names anything alone
// ("New", "South") may start a multi-word place ("New York", "South
// Korea"); the whole place is one run, so its tail is not read as a name.
func (st *state) placeRun(toks []token, i int) int {
	if toks[i].cls&cMultiFirst == 0 {
		return 0
	}
	for n := 3; n >= 2; n-- {
		if i+n <= len(toks) && allCap(toks[i:i+n]) && st.multiWordCue(toks[i:i+n]) {
			return n
		}
	}
	return 0
}

func allCap(ts []token) bool {
	for k := range ts {
		if !ts[k].cap {
			return false
		}
	}
	return true
}

// datelineAgency: "TOKYO (Wire) --" or "BRUSSELS, May 14 (Agency) -": the
// name in brackets after an upper-case dateline city is the wire service
// that filed the story, a publisher and no entity of it (ONTOLOGY).
//
// Asked of every candidate run, it inlines its first test (most runs
// follow no "("); agencyInParens is the rest.
func datelineAgency(toks []token, i, n int) bool {
	return i >= 2 && toks[i-1].s == "(" && agencyInParens(toks, i, n)
}

// agencyInParens is datelineAgency past its first test.
func agencyInParens(toks []token, i, n int) bool {
	if i+n >= len(toks) || toks[i+n].s != ")" {
		return false
	}
	t := toks[0]
	return t.kind == tWord && len(t.s) >= 3 && upperOnly(t.s) && i <= 6
}

// shareVerbBetween: "X accounted for 38% of revenue, and Y accounted for
// 11%" -> a second share verb between the verb at k and a percentage
// owns that percentage; it is not X's.
func (c *ctx) shareVerbBetween(k, a int) bool {
	for x := k + 1; x < a; x++ {
		switch c.w(x) {
		case "accounted", "accounting", "accounts", "contributed", "represented":
			return true
		}
	}
	return false
}

// relativeStake: "Y is backed by X, which owns 22% of the company" -> "the
// company" is Y, the object of the investment just read, not X; the
// percentage is the stake of that investment.
func (c *ctx) relativeStake(k, subj, obj int, v float64) bool {
	if subj < 0 || obj >= 0 && c.s.ments[obj].ent != c.s.ments[subj].ent {
		return false
	}
	if c.w(k-1) != "which" {
		return c.reportedStake(subj, obj, k, v)
	}
	se := c.s.ments[subj].ent
	for j := len(c.st.facts) - 1; j >= 0 && c.st.facts[j].sent == c.si; j-- {
		if f := &c.st.facts[j]; f.typ == graph.InvestsIn && f.subj == se && f.share == nil {
			f.share = &v
			return true
		}
	}
	return false
}

// foundedBy: "Northwind, founded by Priya Raman," or "Northwind was
// co-founded by Priya Raman" -> the person is a founder of the company
// (the passive of founderClause).
func (c *ctx) foundedBy(a int) (int, bool) {
	if e, ok := c.foundedByList(c.personListHead(a)); ok { // ner_more.go, rel_founder_list.go
		return e, true
	}
	if a < 3 || c.w(a-1) != "by" || c.hedge {
		return 0, false
	}
	switch c.w(a - 2) {
	case "founded", "co-founded", "cofounded":
	default:
		return 0, false
	}
	j := c.subjectBefore(a-2, org)
	if j < 0 || c.s.ments[j].b < a-5 {
		j = c.openerAcrossAside(a - 2) // rel_founder_aside.go
	}
	if j < 0 {
		return 0, false
	}
	return c.s.ments[j].ent, true
}

// glued: the prefix of "A$5 million" is upper case and touches the "$";
// the article of "won a $5 million contract" is neither, and the amount
// is in dollars, not Australian dollars.
func glued(prefix, sym token) bool {
	return prefix.cap && prefix.end() == sym.start()
}

// worthEnd: "a contract worth about $1.5 billion from Y" -> the value
// phrase after the noun at k is stepped over, so the "from" that names
// the customer is read after it; k itself when none follows.
func (c *ctx) worthEnd(k int) int {
	x := k + 1
	if c.w(x) != "worth" && c.w(x) != "valued" {
		return k
	}
	for _, m := range c.money {
		if m.a > x && m.a <= x+4 {
			return m.b - 1
		}
	}
	return k
}

// possFigureOwner: "Analysts at Bernstein expect Nvidia's data-center
// revenue to reach $180 billion" -> the figure belongs to the possessive
// owner of the figure noun, not to the clause subject (often the analyst
// or the reporter) before it.
func (c *ctx) possFigureOwner(k, subj int) int {
	for j := len(c.s.ments) - 1; j >= 0; j-- {
		m := c.s.ments[j]
		if m.b >= k || m.a <= c.s.ments[subj].a || m.b < k-12 {
			continue
		}
		if m.poss && c.typ(m) != person && c.figureAfter(m.b+1) {
			return j
		}
	}
	return subj
}

// figureAfter: a revenue noun at x or after one or two modifiers
// ("data-center revenue", "total annual sales").
func (c *ctx) figureAfter(x int) bool {
	return revenueNouns[c.w(x)] || revenueNouns[c.w(x+1)] || revenueNouns[c.w(x+2)]
}

// futureWords mark a clause about what is still to come.
var futureWords = set("will", "expects", "expected", "expect", "plans", "planned", "starting", "due", "aims", "scheduled")

// futureBefore: a future word among the few tokens before a quarter named
// without a year; a quarter later in the year than publication is then
// this year's, not last year's.
func futureBefore(toks []token, a int) bool {
	for x := a - 1; x >= 0 && x >= a-10; x-- {
		if futureWords[toks[x].low] {
			return true
		}
	}
	return false
}

// licenseTo: "Sony licenses its sensor technology to Oppo" -> the licensee
// Oppo is a customer of the licensor. (buyFrom reads the other direction,
// "Apple licenses Arm's designs".) The licensee must follow "to" at once,
// and no other company may stand between the verb and "to".
func (c *ctx) licenseTo(k int) {
	to := c.skipTo(k, "to", 8)
	if to < 0 || c.hedge || c.licenceGoods(k) { // rel_service_buyers.go
		return
	}
	for _, m := range c.s.ments {
		if m.a > k && m.a < to && !m.ref && c.typ(m) == org && !c.licensedBrand(m, to) { // rel_brand.go
			return // "licenses Arm's designs to make chips"
		}
	}
	cust := c.nextMention(to+1, 6, false, org)
	if cust >= 0 && !c.describedAfter(to+1, c.s.ments[cust].a) {
		return
	}
	sup := c.subjectBefore(k, org)
	if cust < 0 || sup < 0 || c.hedged(c.s.ments[sup].b, k) || c.s.ments[cust].ent == c.s.ments[sup].ent {
		return
	}
	for _, m := range c.serviceBuyers(cust) { // rel_service_buyers.go
		buyer, p := m.ent, 0
		if c.typ(m) == prod { // "to Spotify and Amazon Music": Amazon licenses for its service
			buyer, _ = c.st.vendorOf(m.ent)
			p = m.ent + 1
		}
		c.add(fact{typ: graph.CustomerOf, subj: buyer, obj: c.s.ments[sup].ent, prod: p,
			amount: c.onceAmount(c.moneyNear(k, k, len(c.toks))), time: c.timeNear(k, 0, len(c.toks)),
			status: c.statusAt(k), confidence: 0.75})
	}
}

// linkWords join phrases; a description of a name holds none.
var linkWords = set("for", "with", "and", "from", "in", "by", "of", "to", "on", "at", "that", "which")

// describedAfter: the tokens [a, b) before a name are only a description
// of it ("to Chinese phone maker Oppo", "to the carmaker Volvo"), not a
// verb phrase ("to make chips for TSMC").
func (c *ctx) describedAfter(a, b int) bool {
	if b == a {
		return true
	}
	if c.toks[b-1].cls&wOrgNoun == 0 {
		return false
	}
	for x := a; x < b-1; x++ {
		if t := c.toks[x]; t.kind != tWord || linkWords[t.low] {
			return false
		}
	}
	return true
}

// rivalVendors: "Spotify competes with Apple Music" -> a company that
// competes with a product competes with the product's vendor; the pair
// is returned unchanged unless exactly one side is a product with a
// known vendor.
func (st *state) rivalVendors(a, b int) (int, int) {
	ta, tb := st.ents[a].typ, st.ents[b].typ
	if ta == graph.Org && tb == graph.Product {
		if v, ok := st.vendorOf(b); ok {
			return a, v
		}
	}
	if ta == graph.Product && tb == graph.Org {
		if v, ok := st.vendorOf(a); ok {
			return v, b
		}
	}
	return a, b
}

// hiredTitle: an executive title right after a hired name ("named Jane
// Doe chief executive"); "investor" and "analyst" are no posts one is
// named to.
func hiredTitle(w string) bool {
	switch w {
	case "ceo", "chief", "president", "chairman", "chairwoman", "cfo", "cto", "coo", "director", "head", "co-chief", "co-ceo":
		return true
	}
	return false
}

// stakeNouns: selling these is no sale of a whole company.
var stakeNouns = set("stake", "shares", "assets", "holding", "brand", "brands")

// namedUnitSold: "X sold its tea business, Ekaterra, to Y" or "X agreed to
// sell its Innomotics unit to Y" -> Y acquires the named business. The
// divestiture noun is at n; a stake or asset sale names no acquisition.
func (c *ctx) namedUnitSold(k, n, buyer int) {
	if stakeNouns[c.w(n)] || c.hedge {
		return
	}
	for _, m := range c.s.ments {
		if m.a <= k || m.a >= c.s.ments[buyer].a || m.ref || m.poss || c.typ(m) != org || m.a < n-3 || m.a > n+2 {
			continue
		}
		if m.ent == c.s.ments[buyer].ent {
			return
		}
		for _, b := range c.coBuyers(buyer) { // rel_more2.go
			c.add(fact{typ: graph.Acquires, subj: b.ent, obj: m.ent,
				amount: c.onceAmount(c.moneyNear(k, k, len(c.toks))), time: c.timeNear(k, 0, len(c.toks)),
				status: c.statusAt(k), confidence: 0.75})
		}
		return
	}
}

// forecastLead: where to start looking for forecast words before a
// metric: the subject's end, or a few words before the subject when a
// forecast verb governs it ("Analysts expect AMD's share ...", "the
// brokerage forecast that AMD's share would rise").
func (c *ctx) forecastLead(subj int) int {
	m := c.s.ments[subj]
	for x := m.a - 1; x >= 0 && x >= m.a-3; x-- {
		if forecastGate.in(forecastWords, c.w(x)) {
			return x
		}
	}
	return m.b
}

// endVerbs end an alliance; "ended their partnership" states none.
var endVerbs = set("end", "ends", "ended", "ending", "terminate", "terminated", "scrapped", "dissolved", "quit", "exit", "exited")

// theirPartnership: "Microsoft and OpenAI agreed to extend their
// partnership" -> the listed subjects are partners (listPartners needs a
// list of two before the noun).
func (c *ctx) theirPartnership(k int) bool {
	if c.w(k-1) != "their" || !strings.HasPrefix(c.w(k), "partner") && c.w(k) != "alliance" && c.w(k) != "collaboration" {
		return false
	}
	return !endVerbs[c.w(k-2)]
}

// reportedStake: "Rakuten Mobile said Rakuten Group owns 80% of the
// company" -> "the company" is the reporting company, not the owner it
// was resolved to.
func (c *ctx) reportedStake(subj, obj, k int, v float64) bool {
	if obj < 0 || !c.s.ments[obj].ref || c.hedge {
		return false
	}
	for _, m := range c.s.ments {
		if m.b < c.s.ments[subj].a && c.typ(m) == org && !m.poss && !m.ref && reportVerbs[c.w(m.b)] && m.ent != c.s.ments[subj].ent {
			c.add(fact{typ: graph.InvestsIn, subj: c.s.ments[subj].ent, obj: m.ent, share: &v,
				time: c.timeNear(k, 0, len(c.toks)), confidence: 0.7})
			return true
		}
	}
	return false
}

// awardedDirect: "The Pentagon awarded Palantir a $480 million contract"
// -> the company right after the verb (the indirect object) is the
// supplier; award reads only "awarded a contract to Y" otherwise.
func (c *ctx) awardedDirect(k, subj int) bool {
	if !awardForms[c.w(k)] {
		return false
	}
	y := c.mentionAt(k + 1)
	if y < 0 || c.typ(c.s.ments[y]) != org || c.s.ments[y].poss || c.s.ments[y].ent == c.s.ments[subj].ent {
		return false
	}
	con := c.awardNounAfter(c.s.ments[y].b - 1) // rel_award_direct.go: "a contract", "an enterprise agreement"
	if con < 0 || c.hedged(c.s.ments[subj].b, k) {
		return con >= 0
	}
	c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[subj].ent, obj: c.s.ments[y].ent,
		amount: c.onceAmount(c.moneyNear(k, k, con+1)), time: c.timeNear(k, 0, len(c.toks)), confidence: 0.8})
	return true
}
