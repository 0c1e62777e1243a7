package extract

import "github.com/cigraph/cigraph/graph"

// Workforce roll-outs: "Barclays rolled out Microsoft Copilot to 100,000
// employees", "the bank has deployed ChatGPT Enterprise across its
// staff": a tool given to the subject's own people is used by it. A
// company rolling out its own product ("Microsoft rolled out Copilot to
// users") launches it; OFFERS is read elsewhere.

// rolloutTriggers start a roll-out ("rolled out", "deployed").
var rolloutTriggers = set("rolled", "rolling", "rolls", "roll", "deployed")

// workforceNouns are a company's own people.
var workforceNouns = set("employees", "staff", "staffers", "workers", "workforce", "engineers", "developers",
	"bankers", "lawyers", "consultants", "associates", "agents", "analysts", "advisers", "advisors",
	"colleagues", "nurses", "clinicians", "doctors", "salespeople", "personnel", "programmers", "coders")

// rollout reads the roll-out whose verb is at k.
func (c *ctx) rollout(k int) {
	x := k + 1
	if c.w(k) != "deployed" {
		if c.w(x) != "out" {
			return
		}
		x++
	}
	p := c.nextMention(x, 3, false, prod)
	if p < 0 || c.hedge || !c.toWorkforce(c.s.ments[p].b) {
		return
	}
	subj := c.subjectBefore(k, org)
	if subj < 0 || c.hedged(c.s.ments[subj].b, k) || c.doubtBetween(subj, k) { // rel_switch.go
		return
	}
	s, tool := c.s.ments[subj].ent, c.s.ments[p].ent
	if v, ok := c.st.vendorOf(tool); ok && v == s {
		return // its own product
	}
	c.add(fact{typ: graph.Uses, subj: s, obj: tool, status: c.statusAt(k), confidence: 0.7})
}

// toWorkforce: "to 100,000 employees", "across its staff", "for all of
// its engineers" follows the tool that ends at x.
func (c *ctx) toWorkforce(x int) bool {
	for end := x + 6; x < len(c.toks) && x < end; x++ {
		if w := c.w(x); w == "to" || w == "across" || w == "for" {
			break
		}
		if c.toks[x].kind == tPunct {
			return false
		}
	}
	for y := x + 1; y < len(c.toks) && y <= x+5; y++ {
		if workforceNouns[c.w(y)] {
			return true
		}
		if c.toks[y].kind == tPunct && c.w(y) != "," || c.toks[y].cap {
			return false
		}
	}
	return false
}
