package extract

import "github.com/cigraph/cigraph/graph"

// Joint ventures named with no "with": "Ford and SK On formed BlueOval
// SK, a battery joint venture, in 2021", "dissolve BlueOval SK, the joint
// venture they formed", "BlueOval SK is a joint venture of Ford and SK
// On". The founders partner with each other; the venture partners with
// neither.

// jvApposition reads the frame at the venture noun k; it reports whether
// it matched.
func (c *ctx) jvApposition(k int) bool {
	if c.w(k) != "venture" && c.w(k) != "ventures" || c.hedge {
		return false
	}
	if w := c.w(k + 1); w == "of" || w == "between" {
		if j := c.nextMention(k+2, 2, false, org); j >= 0 {
			return c.pairPartners(c.listFrom(j), k)
		}
		return false
	}
	subj := c.subjectBefore(k, org)
	if subj < 0 {
		return false
	}
	own := c.ventureOwner(subj, k) // rel_jv.go
	if own == subj {
		return false
	}
	return c.pairPartners(c.listAt(own), k)
}

// pairPartners adds the partnership of a two-company list (A and B).
func (c *ctx) pairPartners(l []mention, k int) bool {
	if len(l) != 2 || !c.orgConjunction(l) || c.hedged(l[0].b, k) {
		return false
	}
	c.add(fact{typ: graph.PartnersWith, subj: l[0].ent, obj: l[1].ent, time: c.timeNear(k, 0, len(c.toks)), confidence: 0.75})
	return true
}

// namedVentureWith: the venture noun at k is followed by its name in
// commas and then "with": "a separate battery venture, Automotive Cells
// Company, with Mercedes-Benz and TotalEnergies". It returns the token of
// "with", else -1.
func (c *ctx) namedVentureWith(k int) int {
	if c.w(k+1) != "," || c.w(k) == "together" {
		return -1
	}
	m := c.mentionAt(k + 2)
	if m < 0 || c.w(c.s.ments[m].b) != "," || c.w(c.s.ments[m].b+1) != "with" {
		return -1
	}
	return c.s.ments[m].b + 1
}
