package extract

import "github.com/cigraph/cigraph/graph"

// Spin-offs: a parent separates a unit into a company of its own. "GE spun
// off GE Vernova in April", "Spirit AeroSystems, which Boeing spun off in
// 2005", "Honeywell completed the spin-off of Solstice" -> the unit was
// the parent's subsidiary (former); "Honeywell plans to spin off
// Solstice" -> it still is (current). "X was spun off from P" is
// separatedFrom's (rel_stake_events.go).

// spinPlanWords before a spin-off say it is still to come.
var spinPlanWords = set("plans", "plan", "planned", "planning", "will", "would", "proposed", "intends",
	"expects", "expected", "pending", "upcoming", "agreed", "considering", "weighing", "to")

// spunOff reads "P spun off X" and "X, which P spun off" at "spun" (k).
func (c *ctx) spunOff(k int) {
	if c.w(k+1) != "off" && c.w(k+1) != "out" || c.hedge {
		return
	}
	p := c.subjectBefore(k, org)
	if p < 0 || c.s.ments[p].b < k-2 {
		return // "X was spun off": no parent named
	}
	unit := c.relativeHead(c.s.ments[p].a)
	if unit < 0 {
		unit = c.nextMention(k+2, 2, true, org)
	}
	c.addSpin(unit, p, k, graph.StatusFormer)
}

// relativeHead returns the mention X of "X, which|that P ..." where P
// starts at a, or -1.
func (c *ctx) relativeHead(a int) int {
	if w := c.w(a - 1); w != "which" && w != "that" || c.w(a-2) != "," {
		return -1
	}
	return c.mentionEndingAt(a-2, []graph.EntityType{org})
}

// spinNoun reads "the spin-off of X" and "to spin off X" at k: the parent
// is the possessor or the subject; a plan keeps the unit the parent's.
func (c *ctx) spinNoun(k int) {
	x := k + 2
	switch {
	case c.w(k) == "spin" && c.w(k+1) == "off":
	case c.w(k) != "spin" && c.w(k+1) == "of":
	default:
		return
	}
	if c.hedge {
		return
	}
	p := c.possessorBefore(k, 2)
	if p < 0 {
		p = c.subjectBefore(k, org)
	}
	status := graph.StatusFormer
	for y := k - 1; y >= 0 && y >= k-4; y-- {
		if spinPlanWords[c.w(y)] {
			status = graph.StatusCurrent
		}
	}
	c.addSpin(c.mentionAt(x), p, k, status)
}

// addSpin adds unit SUBSIDIARY_OF parent (mention indexes; -1: none) read
// at the spin word k.
func (c *ctx) addSpin(unit, p, k int, status string) {
	if unit < 0 || p < 0 {
		return
	}
	u, o := c.s.ments[unit], c.s.ments[p]
	if u.ref || u.poss || c.typ(u) != org || c.typ(o) != org || u.ent == o.ent || o.b <= k && c.hedged(o.b, k) {
		return
	}
	c.add(fact{typ: graph.SubsidiaryOf, subj: u.ent, obj: o.ent, status: status, confidence: 0.7})
}
