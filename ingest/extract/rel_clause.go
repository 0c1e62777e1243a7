package extract

import (
	"strconv"
	"strings"

	"github.com/cigraph/cigraph/graph"
)

// Clause bounds. A sentence often joins two facts ("X all buy Nvidia
// chips, but rules announced in October ...", "Samsung supplies Nvidia,
// and SK Hynix has supplied it since 2022"); a time or amount read for one
// fact must come from its own clause, not the other one.

// clauseOpeners start a new clause after a comma (or alone).
var clauseOpeners = set("but", "while", "whereas", "although", "though", ";")

// clauseSpan returns the bounds [a, b) of the clause holding token k.
func (c *ctx) clauseSpan(k int) (int, int) {
	a, b := 0, len(c.toks)
	for _, j := range c.clauseStarts() {
		if int(j) < k {
			a = int(j)
		} else if int(j) > k {
			b = int(j)
			break
		}
	}
	return a, b
}

// clauseStarts returns the tokens (after the first) that open a clause, in
// order, found on first use: facts of one sentence ask for their clause
// again and again, and the mentions clauseStart reads are settled before
// relate, so the list does not depend on when it is built. Every opener,
// ";" too (punctClass), has class wClause: a sentence whose summary lacks
// it has none, and is not read.
func (c *ctx) clauseStarts() []int32 {
	if !c.clausesRead {
		c.clausesRead = true
		for j := 1; j < len(c.toks) && c.s.sum.cls&wClause != 0; j++ {
			// a word without the class is no opener (clauseStart's first test)
			if t := &c.toks[j]; t.cls&wClause == 0 && t.kind != tPunct {
				continue
			}
			if c.clauseStart(j) {
				c.clauses = append(c.clauses, int32(j))
			}
		}
	}
	return c.clauses
}

// clauseStart: token j opens a clause: "but", "while", ";" or ", and"
// followed by a new subject and its verb, perhaps after a time ("..., and
// SK Hynix has", "..., and last month it agreed").
// Clamp scans every token of a clause per fact, so the test starts from
// class bits (wClause: the openers and "and"; ";" is punctuation, whose
// bits come from punctClass, which gives it wClause) and probes no map.
func (c *ctx) clauseStart(j int) bool {
	t := &c.toks[j]
	if t.cls&wClause == 0 {
		return t.s == ";"
	}
	w := t.low
	if w != "and" { // another opener
		return w == ";" || c.toks[j-1].s == ","
	}
	if c.toks[j-1].s != "," {
		// "barred from X since 2020 and it stopped supplying Y": a subject
		// pronoun and its verb open a clause without the comma
		return j+2 < len(c.toks) && subjectPronouns[c.toks[j+1].low] && c.toks[j+2].kind == tWord && !c.toks[j+2].cap
	}
	for x := j + 1; x < len(c.toks) && x <= j+4; x++ {
		if m := c.mentionAt(x); m >= 0 {
			return c.opensClause(c.s.ments[m])
		}
		if c.toks[x].kind == tPunct {
			return false
		}
	}
	return false
}

// opensClause: the mention m right after ", and" is a new subject: a
// finite verb follows it, perhaps after an adverb (", and SK Hynix has",
// ", and Acme now owns"), or it is a subject pronoun, which no list of
// names holds (", and it counts Globex among its customers").
func (c *ctx) opensClause(m mention) bool {
	e := m.b
	if e < len(c.toks) && e == m.a+1 && adverbLike(c.toks[e].low) {
		e++
	}
	if e < len(c.toks) && c.toks[e].cls&wFinite != 0 {
		return true
	}
	return m.ref && m.b == m.a+1 && subjectPronouns[c.toks[m.a].low] || c.unitClause(m) // rel_unit_subject.go
}

// subjectPronouns refer back as the subject of their clause.
var subjectPronouns = set("it", "they", "he", "she")

// finiteVerbs are the verbs that show a name opens a clause of its own.
var finiteVerbs = set("has", "have", "had", "is", "are", "was", "were", "will", "would", "said",
	"says", "also", "signed", "agreed", "bought", "buys", "sold", "sells", "supplies", "supplied",
	"invested", "invests", "acquired", "uses", "used", "plans", "expects", "reported", "owns",
	"built", "chose", "picked", "launched", "won", "added", "opened", "took", // ", and Dish built ...": qual7_test.go
	"competes", "counts", "partnered", // "counts A among its clients and competes with B"
	"makes", "builds", "produces", "operates", "relies", "depends", "holds", "switched") // ", and Hesai counts Li Auto as ..."

// clamp narrows [a, b) to the clause of k.
func (c *ctx) clamp(k, a, b int) (int, int) {
	if len(c.toks) < 12 {
		return a, b
	}
	ca, cb := c.clauseSpan(k)
	return max(a, ca), min(b, cb)
}

// goodsFor: "the main supplier of high-bandwidth memory for Nvidia's H100
// chips": the customer follows "for"/"to" after the goods named after "of".
func (c *ctx) goodsFor(k int) int {
	if c.w(k+1) != "of" {
		return -1
	}
	for j := k + 2; j < len(c.toks) && j < k+8; j++ {
		if c.toks[j].kind == tPunct {
			return -1
		}
		if w := c.w(j); w == "for" || w == "to" {
			return c.nextMention(j+1, 2, false, org)
		}
	}
	return -1
}

// ownRevenueFrom: "X gets 25% of its revenue from Y" is X's own revenue
// coming from a customer, not a share of Y's revenue: Y is a customer of X
// with that share (REVENUE_SHARE is "X receives a share of Y's revenue").
func (c *ctx) ownRevenueFrom(k, obj int, pct *percent) bool {
	o := c.s.ments[obj]
	if o.a < 1 || c.w(o.a-1) != "from" {
		return false
	}
	own := false
	for x := k + 1; x < o.a; x++ {
		if w := c.w(x); (w == "its" || w == "their") && (revenueWord(c.w(x+1)) || revenueWord(c.w(x+2))) {
			own = true // "its revenue", "its battery revenue"
		}
	}
	if !own {
		return false
	}
	subj := c.subjectBefore(k, org)
	f := fact{typ: graph.CustomerOf, subj: o.ent, obj: c.s.ments[subj].ent, confidence: 0.75,
		time: c.timeNear(k, 0, len(c.toks))}
	if pct != nil {
		v := pct.value
		f.share = &v
	}
	c.add(f)
	return true
}

// reportVerbs introduce a reported clause without "that".
var reportVerbs = set("said", "says", "announced", "confirmed", "added", "noted")

// reportedSubject: "Google also said Samsung would use Gemini in its
// phones": the name after a reporting verb, followed by its own verb, is
// the subject of the reported clause, so "its" after a preposition there
// refers to it (as a direct object, "would buy its cells", it is more
// often the speaker's).
func reportedSubject(s *sentence, m mention) bool {
	if !reportVerbs[s.toks[m.a-1].low] || m.b >= len(s.toks) {
		return false
	}
	w := s.toks[m.b].low
	return s.toks[m.b].cls&wFinite != 0 || w == "could" || w == "may" || w == "might"
}

// targetPreps put a name after the goods it is for or sold through.
var targetPreps = set("for", "to", "on", "in", "through", "via", "into", "onto", "inside", "with")

// prepBetween: a target preposition among tokens [a, b).
func (c *ctx) prepBetween(a, b int) bool {
	for x := a; x < b; x++ {
		if targetPreps[c.w(x)] {
			return true
		}
	}
	return false
}

// completeVerbs say a deal reported as planned has happened.
var completeVerbs = set("completed", "closed", "finalized", "finalised", "concluded")

// restate: a second claim about a deal reported before ("Amazon completed
// the investment in March, adding $2.75 billion") carries its own
// sentence's time and, after "completed", is no longer planned.
func (c *ctx) restate(f *fact) {
	if t := c.timeNear(0, 0, len(c.toks)); t != "" {
		f.time = t
	}
	for k := range c.toks {
		if completeGate.in(completeVerbs, c.w(k)) {
			f.status = graph.StatusCurrent
		}
	}
}

// ownUnit: a company is not the customer, partner or rival of its own
// unit ("Amazon ... will use Amazon Web Services": AWS is Amazon's).
func (c *ctx) ownUnit(f fact) bool {
	if f.typ != graph.CustomerOf && f.typ != graph.PartnersWith && f.typ != graph.CompetesWith {
		return false
	}
	a, b := &c.st.ents[f.subj], &c.st.ents[f.obj]
	return a.owner == b.name && b.owner == "" || b.owner == a.name && a.owner == ""
}

// outsideRelative: a name inside a closed relative clause ("Deutsche
// Telekom, which owns 51% of T-Mobile US, reported revenue of ...") or
// participle phrase (", backed by A and B,") is not the subject of the
// verb after it; the name the clause hangs on is.
func (c *ctx) outsideRelative(j, k int, types []graph.EntityType) int {
	m := c.s.ments[j]
	if !c.commaBetween(m.b, k) {
		return j
	}
	if h := c.participleHead(m, k, types); h >= 0 { // rel_participle.go
		return h
	}
	for r := m.a - 1; r >= 1 && r >= m.a-12; r-- {
		switch c.w(r) {
		case ",":
			if h := c.closedApposition(r, m.b, k, types); h >= 0 { // rel_relative.go
				return h // "ByteDance, the owner of TikTok, is ..."
			}
			return j
		case ";":
			return j
		case "which", "who", "whose":
			if c.w(r-1) == "," {
				if h := c.mentionEndingAt(r-1, types); h >= 0 {
					return h
				}
				if h := c.possessedHead(r-1, types); h >= 0 {
					return h // rel_relative.go: "X's cloud business, which ..., generated"
				}
			}
			return j
		case "by": // "Flexport, backed by A and B, will become ..."
			if c.w(r-2) == "," && strings.HasSuffix(c.w(r-1), "ed") {
				if h := c.mentionEndingAt(r-2, types); h >= 0 {
					return h
				}
			}
			continue // ", which is backed by A, also buys": the relative's head
		}
	}
	return j
}

// metricTime: the period that names the figure ("first-quarter revenue of
// $28 billion", "fiscal 2023 sales of") wins over a later report date ("on
// Wednesday"); else the time after the figure.
func (c *ctx) metricTime(k int) string {
	for _, t := range c.timeList() {
		if t.b <= k && t.b >= k-8 && !strings.Contains(t.value[min(len(t.value), 5):], "-") && (figureNouns[c.w(t.b)] || figureNouns[c.w(t.b+1)]) {
			return t.value
		}
	}
	if t := c.timeAfterFigure(k); t != "" { // metrics_capex.go
		return t
	}
	if t := c.periodBeforeVerb(k); t != "" { // metrics_arr.go
		return t
	}
	if c.priorAfter(k) { // metrics_verbs.go
		return c.openingTime(k)
	}
	if t := c.periodOverReport(k); t != "" { // metrics_capex.go
		return t
	}
	return firstNonEmpty(c.timeNear(k, k, len(c.toks)), c.openingTime(k)) // times_calendar.go
}

// forecastTime: a forecast for "the third quarter" without a year is for
// the coming one, not the last (times resolve bare quarters to the past).
func (c *ctx) forecastTime(t string, fc bool) string {
	if fc && len(t) == 7 && t[4] == '-' && t[5] != 'Q' {
		return c.forecastMonth(t) // rel_funding.go
	}
	if !fc || len(t) != 7 || t[5] != 'Q' || c.st.pub.IsZero() {
		return t
	}
	y, q := c.st.pub.Year(), (int(c.st.pub.Month())+2)/3
	if ty, _ := strconv.Atoi(t[:4]); ty == y-1 && int(t[6]-'0') > q {
		return quarterString(y, int(t[6]-'0'))
	}
	return t
}

// possPreps put "its" in a prepositional phrase ("in its phones").
var possPreps = set("in", "into", "on", "for", "across", "inside", "within", "at", "to", "with", "from")

func revenueWord(w string) bool { return w == "revenue" || w == "revenues" || w == "sales" }
