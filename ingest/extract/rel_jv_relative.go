package extract

import "github.com/cigraph/cigraph/graph"

// A venture described by a reduced relative names its founders after the
// noun: in "Stargate, the joint venture OpenAI formed with SoftBank and
// Oracle" the partners are OpenAI, SoftBank and Oracle; Stargate is what
// they formed, no partner of its own founders.

// ventureFormVerbs set a venture up ("set up" is read through "set").
var ventureFormVerbs = set("formed", "created", "launched", "established", "founded", "started", "set", "built", "struck", "signed")

// ventureFormer returns the founder mention of "NOUN ORG formed with"
// after the partnership noun at k, else subj. The founders named after
// "with" partner each other too.
func (c *ctx) ventureFormer(subj, k int) int {
	x := k + 1
	if c.w(x) == "that" {
		x++ // "the venture that OpenAI formed with ..."
	}
	j := c.mentionAt(x)
	if j < 0 || c.typ(c.s.ments[j]) != org || c.s.ments[j].poss {
		return subj
	}
	v := c.s.ments[j].b
	if c.w(v) == "has" || c.w(v) == "had" {
		v++
	}
	if !ventureFormVerbs[c.w(v)] {
		return subj
	}
	if c.w(v) == "set" {
		v++
	}
	if c.w(v+1) != "with" {
		return subj
	}
	if other := c.nextMention(v+2, 3, false, org); other >= 0 {
		c.pairwisePartners(c.listFrom(other), k)
	}
	return j
}

// pairwisePartners adds the partnership of every two members of l.
func (c *ctx) pairwisePartners(l []mention, k int) {
	for a := 0; a < len(l); a++ {
		for b := a + 1; b < len(l); b++ {
			if l[a].ent != l[b].ent && c.typ(l[a]) == org && c.typ(l[b]) == org {
				c.add(fact{typ: graph.PartnersWith, subj: l[a].ent, obj: l[b].ent, time: c.timeNear(k, 0, len(c.toks)), confidence: 0.7})
			}
		}
	}
}
