package extract

import "github.com/cigraph/cigraph/graph"

// Founders in the active voice and after an apposition: "Jeff Bezos
// founded Amazon and Blue Origin" (each listed company), and "Affirm, the
// lender founded by PayPal co-founder Max Levchin" (a title naming another
// company sits between "founded by" and the name, so the title frames
// read only that other company).

// founderVerbs found a company with the person as subject.
var founderVerbs = set("founded", "co-founded", "cofounded")

// moreFounders adds the founder facts of the person mention m that the
// title frames leave out.
func (c *ctx) moreFounders(m mention) {
	if c.hedge {
		return
	}
	if org, ok := c.apposFoundedBy(m.a); ok {
		c.add(fact{typ: graph.Leads, subj: m.ent, obj: org, role: "founder", confidence: 0.75})
	}
	c.ranClause(m)
	v := c.pastApposition(m.b) // "P, OpenAI's former CTO, founded X" (rel_dependence.go)
	if c.w(v) == "also" || c.w(v) == "later" {
		v++
	}
	if !founderVerbs[c.w(v)] || c.hedged(m.b, v) {
		return
	}
	x := v + 1
	if c.w(x) == "both" {
		x++
	}
	j := c.mentionAt(x)
	if j < 0 || c.typ(c.s.ments[j]) != org || c.s.ments[j].poss || c.s.ments[j].ref && v > m.b+1 {
		return // (after an apposition only a name: "P, the chief executive, co-founded the company")
	}
	role := "founder"
	if c.w(v) != "founded" {
		role = "co-founder"
	}
	for _, o := range c.listFrom(j) {
		if c.typ(o) == org {
			c.add(fact{typ: graph.Leads, subj: m.ent, obj: o.ent, role: role, confidence: 0.75})
		}
	}
}

// apposFoundedBy reads "ORG, the [words] founded by [ORG] [title] PERSON"
// with the person at a: the founded company is the one the apposition
// describes.
func (c *ctx) apposFoundedBy(a int) (int, bool) {
	x := a - 1
	for x > 0 && c.toks[x].cls&wTitle != 0 {
		x--
	}
	if x == a-1 {
		return 0, false // no title: foundedBy reads the plain case
	}
	if j := c.mentionEndingAt(x+1, []graph.EntityType{org}); j >= 0 {
		x = c.s.ments[j].a - 1
	}
	if c.w(x) != "by" || !founderVerbs[c.w(x-1)] {
		return 0, false
	}
	for y := x - 2; y > 0 && y >= x-10; y-- {
		t := &c.toks[y]
		if t.s == "," {
			if j := c.mentionEndingAt(y, []graph.EntityType{org}); j >= 0 {
				return c.s.ments[j].ent, true
			}
			continue // "the buy now, pay later lender"
		}
		if t.kind != tWord || t.cap && y < x-2 || t.cls&wFinite != 0 {
			return 0, false
		}
	}
	return 0, false
}

// functionTitle reads "president of advertising at Netflix": a title (from
// x, "of" at end) over one or two lower-case function words, then "at"
// and the organisation. The role keeps the function.
func (c *ctx) functionTitle(x, end int) (int, string, bool) {
	if c.w(end) != "of" {
		return 0, "", false
	}
	at := end + 1
	for at < len(c.toks) && at <= end+2 && c.toks[at].kind == tWord && !c.toks[at].cap && c.w(at) != "at" {
		at++
	}
	if at == end+1 || c.w(at) != "at" {
		return 0, "", false
	}
	org := c.mentionAt(at + 1)
	if org < 0 || c.typ(c.s.ments[org]) != graph.Org {
		return 0, "", false
	}
	return c.s.ments[org].ent, c.span(x, at), true
}

// leftVerbs end a leader's tenure; leftIdioms after them do not ("left
// for Paris", "left open the option", "left rates unchanged").
var (
	leftVerbs  = set("left", "quit", "departed", "resigned", "exited")
	leftIdioms = set("for", "open", "unchanged", "out", "behind", "room", "it", "them")
)

// formerLeader: "Kyle Vogt, who co-founded Cruise, left the company in
// November 2023" — a person whose own verb, after the apposition, is a
// leaving verb led the organisations of this sentence's LEADS facts in
// the past.
func (c *ctx) formerLeader(m mention) {
	x := m.b
	if c.w(x) == "," {
		for x++; x < len(c.toks) && c.w(x) != ","; x++ {
		}
		x++
	}
	if c.w(x) == "has" || c.w(x) == "had" {
		x++
	}
	if c.steppedDown(x, m.ent) { // rel_stepped_down.go
		return
	}
	if !leftVerbs[c.w(x)] || leftIdioms[c.w(x+1)] || c.hedge {
		return
	}
	for j := len(c.st.facts) - 1; j >= 0 && c.st.facts[j].sent == c.si; j-- {
		if f := &c.st.facts[j]; f.typ == graph.Leads && f.subj == m.ent {
			f.status = graph.StatusFormer
		}
	}
}

// ranVerbs lead an organisation in a relative clause: "Bobby Kotick, who
// ran Activision Blizzard for three decades," (past: a former leader).
var ranVerbs = map[string]string{"ran": graph.StatusFormer, "led": graph.StatusFormer, "headed": graph.StatusFormer,
	"runs": graph.StatusCurrent, "leads": graph.StatusCurrent, "heads": graph.StatusCurrent}

// ranClause reads ", who ran ORG" after the person m.
func (c *ctx) ranClause(m mention) {
	if c.w(m.b) != "," || c.w(m.b+1) != "who" {
		return
	}
	v := m.b + 2
	status, ok := ranVerbs[c.w(v)]
	if !ok {
		return
	}
	j := c.mentionAt(v + 1)
	if j < 0 || c.typ(c.s.ments[j]) != org || c.s.ments[j].poss {
		return
	}
	c.add(fact{typ: graph.Leads, subj: m.ent, obj: c.s.ments[j].ent, status: status, confidence: 0.7})
}
