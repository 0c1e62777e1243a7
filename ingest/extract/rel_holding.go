package extract

import "github.com/cigraph/cigraph/graph"

// A stake named by the noun "holding": "Berkshire trimmed its Apple
// holding", "SoftBank's holding in Arm", "its 9% holding in Y". The holder
// is the possessor before the noun (or the clause subject), the company
// held is the name right before "holding" or after "holding in". "holding
// company" and the verb ("holding talks", "holding a 5% stake") are no
// such noun: the name must touch the noun, or "in" follow it.

// holding reads the noun "holding" or "holdings" at k.
func (c *ctx) holding(k int) {
	if c.toks[k].cap || c.hedge {
		return
	}
	obj, subj := -1, -1
	if j := c.mentionEndingAt(k, []graph.EntityType{org}); j >= 0 && !c.s.ments[j].poss && !c.s.ments[j].ref {
		obj = j // "its Apple holding (in the third quarter)"
		subj = c.possessorBefore(c.s.ments[j].a, 2)
	} else if c.w(k+1) == "in" {
		obj = c.nextMention(k+2, 2, false, org)
		subj = c.possessorBefore(k, 4)
	}
	if obj < 0 {
		return
	}
	if subj < 0 {
		subj = c.subjectBefore(k, org)
	}
	if subj < 0 || c.s.ments[subj].ent == c.s.ments[obj].ent || c.hedged(c.s.ments[subj].b, k) {
		return
	}
	c.addInvest(subj, obj, k, nil) // (a holding's market worth is no sum invested)
}
