package extract

import "github.com/cigraph/cigraph/graph"

// "Lumenfold, whose investors are Sequoia and Accel, ..." and "Zenta,
// whose early backers include Index Ventures": each company listed after
// the copula or "include" invests in the head of the relative clause.

// whoseBackers reads the frame at the backer noun k and reports whether it
// matched.
func (c *ctx) whoseBackers(k int) bool {
	d := k - 1
	for d > 0 && k-d <= 2 && backerAdjectives[c.w(d)] {
		d--
	}
	if c.w(d) != "whose" || c.w(d-1) != "," || !whoseListVerbs[c.w(k+1)] {
		return false
	}
	head := c.mentionEndingAt(d-1, orgOnly)
	first := c.nextMention(k+2, 1, true, org)
	if head < 0 || first < 0 || c.hedge {
		return head >= 0
	}
	target := c.s.ments[head].ent
	for _, m := range c.listFrom(first) {
		if c.typ(m) == org && !m.ref && m.ent != target {
			c.add(fact{typ: graph.InvestsIn, subj: m.ent, obj: target, confidence: 0.75})
		}
	}
	return true
}

// whoseListVerbs introduce the list of backers.
var whoseListVerbs = set("are", "were", "include", "included", "includes")
