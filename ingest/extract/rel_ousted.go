package extract

import "github.com/cigraph/cigraph/graph"

// A leader the board removed leads no more: "Intel's board ousted P",
// "after the board pushed out P", "replaced ousted chief executive P at
// Intel", "P, Intel's ousted chief executive". The person is read as a
// former leader (status former, the one status LEADS carries in the gold).

// ousterVerbs remove a leader from office; "pushed out" and "forced out"
// are read through outVerbs.
var (
	ousterVerbs = set("ousted", "oust", "ousts", "ousting", "fired", "sacked", "dumped", "deposed", "dismissed")
	outVerbs    = set("pushed", "forced", "pushing", "forcing", "pushes", "forces")
)

// ousted reads the ouster of the person mention m (called from leads).
func (c *ctx) ousted(m mention) {
	if c.hedge {
		return
	}
	x := m.a - 1
	for x >= 0 && c.toks[x].cls&wTitle != 0 {
		x--
	}
	role := ""
	if x < m.a-1 && c.hasRoleWord(x+1, m.a) {
		role = c.span(x+1, m.a)
	}
	if x >= 0 && (ousterVerbs[c.w(x)] || c.w(x) == "out" && outVerbs[c.w(x-1)]) {
		c.ousterBefore(m, x, role)
		return
	}
	c.oustedAfter(m)
}

// ousterBefore: the verb (or adjective) at x precedes the person m.
func (c *ctx) ousterBefore(m mention, x int, role string) {
	if c.markFormer(m.ent) {
		return // a title already read from the sentence ("fired chief executive P")
	}
	org := -1
	if w := c.w(m.b); w == "at" || w == "of" {
		if j := c.nextMention(m.b+1, 2, false, graph.Org); j >= 0 {
			org = c.s.ments[j].ent
		}
	}
	if org < 0 {
		org = c.ousterSubject(x)
	}
	if org >= 0 {
		c.add(fact{typ: graph.Leads, subj: m.ent, obj: org, role: role, status: graph.StatusFormer, confidence: 0.7})
	}
}

// ousterSubject: the company whose board removed the leader: "Intel's
// board ousted", else the article's topic company after "the board".
func (c *ctx) ousterSubject(x int) int {
	if c.w(x) == "out" {
		x--
	}
	if x >= 2 && (c.w(x-1) == "board" || c.w(x-1) == "directors") && (c.w(x-2) == "the" || c.w(x-2) == "its") {
		if j := c.firstOwnOrg(x); j >= 0 { // "Intel shares fell after the board ..."
			return c.s.ments[j].ent
		}
		return c.topicTitleOrg() // rel_supply.go
	}
	if j := c.subjectBefore(x, graph.Org); j >= 0 {
		return c.s.ments[j].ent
	}
	return -1
}

// oustedAfter reads "P, ORG's ousted TITLE".
func (c *ctx) oustedAfter(m mention) {
	if c.w(m.b) != "," {
		return
	}
	j := c.mentionAt(m.b + 1)
	if j < 0 || !c.s.ments[j].poss || c.typ(c.s.ments[j]) != graph.Org {
		return
	}
	x := c.s.ments[j].b + 1
	if !ousterVerbs[c.w(x)] {
		return
	}
	e := x + 1
	for e < len(c.toks) && c.toks[e].cls&wTitle != 0 {
		e++
	}
	if e > x+1 && c.hasRoleWord(x+1, e) && !c.markFormer(m.ent) {
		c.add(fact{typ: graph.Leads, subj: m.ent, obj: c.s.ments[j].ent, role: c.span(x+1, e), status: graph.StatusFormer, confidence: 0.75})
	}
}

// markFormer marks the person's leadership facts of this sentence former
// and reports whether there was one.
func (c *ctx) markFormer(ent int) bool {
	found := false
	for j := len(c.st.facts) - 1; j >= 0 && c.st.facts[j].sent == c.si; j-- {
		if f := &c.st.facts[j]; f.typ == graph.Leads && f.subj == ent {
			f.status, found = graph.StatusFormer, true
		}
	}
	return found
}
