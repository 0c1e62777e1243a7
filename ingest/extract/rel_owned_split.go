package extract

import "github.com/cigraph/cigraph/graph"

// ownedAfterStakes reads a joint venture's owners with their stakes after the
// participle: "Y is owned 51 per cent by A and 49 per cent by B" -> A and
// B own Y: a majority owner is Y's parent, a minority one invests in Y
// with its share (as byAgent and ownedSplit read "51% owned by A and 49%
// by B"). byAgent reads "owned by" only when the agent follows at once;
// here each stake stands between. It reports whether it read an owner.
func (c *ctx) ownedAfterStakes(k int) bool {
	if c.w(k) != "owned" || len(c.pcts) == 0 || c.hedge {
		return false
	}
	subj := c.subjectBefore(k, org)
	if subj < 0 {
		return false
	}
	y, found := c.s.ments[subj].ent, false
	for x := k + 1; x < len(c.toks); {
		p, ok := c.pctAt(x)
		if !ok || c.w(p.b) != "by" {
			break
		}
		a := c.nextMention(p.b+1, 1, false, org)
		if a < 0 || c.s.ments[a].ent == y {
			break
		}
		if v := p.value; v >= 50 {
			c.add(fact{typ: graph.SubsidiaryOf, subj: y, obj: c.s.ments[a].ent, confidence: 0.75})
		} else {
			c.add(fact{typ: graph.InvestsIn, subj: c.s.ments[a].ent, obj: y, share: &v, confidence: 0.75})
		}
		found, x = true, c.s.ments[a].b
		for x < len(c.toks) && (c.w(x) == "and" || c.w(x) == ",") {
			x++
		}
	}
	return found
}

// pctAt returns the percentage that starts at token x.
func (c *ctx) pctAt(x int) (percent, bool) {
	for _, p := range c.pcts {
		if p.a == x {
			return p, true
		}
	}
	return percent{}, false
}
