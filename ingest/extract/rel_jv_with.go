package extract

import "github.com/cigraph/cigraph/graph"

// "Electric Boat builds the submarines together with Huntington Ingalls":
// joint work of the subject "together with" another company (jointWork
// reads "A and B build ... together").

// jointWorkWith reads "A VERB ... together with B" at "together" (k); it
// reports whether it added the partnership.
func (c *ctx) jointWorkWith(k int) bool {
	if c.w(k+1) != "with" {
		return false
	}
	other := c.nextMention(k+2, 1, false, org)
	subj := c.subjectBefore(k, org)
	if other < 0 || subj < 0 || c.s.ments[subj].poss || c.hedged(c.s.ments[subj].b, k) {
		return false
	}
	a, b := c.s.ments[subj].ent, c.s.ments[other].ent
	for x := max(c.s.ments[subj].b, k-5); x < k; x++ { // the verb's object comes between
		if jointVerbs[c.w(x)] && a != b {
			c.add(fact{typ: graph.PartnersWith, subj: a, obj: b, time: c.timeNear(k, 0, len(c.toks)), confidence: 0.7})
			return true
		}
	}
	return false
}
