package extract

import "github.com/cigraph/cigraph/graph"

// Leaders who leave or return: "P stepped down as Intel CEO in December",
// "Intel said P had retired as chief executive", "P returned as Disney's
// chief executive". Leaving makes the post a former one.

// leaveVerbs end a post; returnVerbs take one up again.
var (
	leaveVerbs  = set("stepped", "steps", "step", "stepping", "resigned", "resigns", "resign", "retired", "retires", "retire", "departed", "quit", "quits")
	returnVerbs = set("returned", "returns", "return", "returning")
)

// movedLeads adds the LEADS fact of such a move by the person m.
func (c *ctx) movedLeads(m mention) {
	x := c.pastAside(m.b) // rel_leads_named.go
	for x >= 0 && (c.w(x) == "had" || c.w(x) == "has" || c.w(x) == "will" || c.w(x) == "would") {
		x++
	}
	if x < 0 || c.hedge {
		return
	}
	status := graph.StatusFormer
	switch w := c.w(x); {
	case leaveGate.in(leaveVerbs, w):
		if c.w(x+1) == "down" || c.w(x+1) == "aside" {
			x++
		}
	case returnGate.in(returnVerbs, w):
		status = graph.StatusCurrent
	default:
		return
	}
	if c.w(x+1) != "as" {
		return
	}
	if org, role, ok := c.titleAfterAs(x+2, m); ok {
		c.add(fact{typ: graph.Leads, subj: m.ent, obj: org, role: role, status: status, confidence: 0.75})
	}
}

// titleAfterAs reads "X's TITLE", "X TITLE", "TITLE of X" or a bare title
// (the first organisation of the sentence) from token y.
func (c *ctx) titleAfterAs(y int, m mention) (int, string, bool) {
	if j := c.mentionAt(y); j >= 0 && c.typ(c.s.ments[j]) == graph.Org {
		b := c.s.ments[j].b
		if c.w(b) == "'s" {
			b++
		}
		if role, end := c.titleRun(b); end > b {
			return c.s.ments[j].ent, role, true
		}
		return 0, "", false
	}
	if c.w(y) == "the" || c.w(y) == "its" {
		y++
	}
	role, end := c.titleRun(y)
	if end == y {
		return 0, "", false
	}
	if w := c.w(end); w == "of" || w == "at" {
		if j := c.nextMention(end+1, 2, false, graph.Org); j >= 0 {
			return c.s.ments[j].ent, role, true
		}
	}
	if j := c.firstOwnOrg(m.a); j >= 0 { // rel_leads.go: "Intel said P had retired as chief executive"
		return c.s.ments[j].ent, role, true
	}
	return 0, "", false
}

// leftAside: a who-clause right after the person m tells that the person
// left: "Chief Executive P, who resigned in December, had pushed for …".
// The title read before the name is then a former post.
func (c *ctx) leftAside(m mention) bool {
	if c.w(m.b) != "," || c.w(m.b+1) != "who" {
		return false
	}
	x := m.b + 2
	if w := c.w(x); w == "had" || w == "has" || w == "later" || w == "since" {
		x++
	}
	w := c.w(x)
	return leaveGate.in(leaveVerbs, w) && w != "step" && w != "resign" && w != "retire" || w == "left" ||
		w == "was" && (c.w(x+1) == "ousted" || c.w(x+1) == "fired" || c.w(x+1) == "replaced")
}
