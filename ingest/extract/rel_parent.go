package extract

import "github.com/cigraph/cigraph/graph"

// Bare parent appositions: "Google parent Alphabet", "TikTok owner
// ByteDance", "Instagram parent company Meta". The name before the noun is
// the child, the name after it the parent: a company is its subsidiary, a
// product is offered by it.

// parentNouns stand between a child and its parent.
var parentNouns = set("parent", "owner")

// bareParent reads the apposition whose parent noun is at k; it reports
// whether it matched.
func (c *ctx) bareParent(k int) bool {
	child, parent := c.bareParentPair(k)
	if child < 0 || c.hedge {
		return false
	}
	ch, pa := c.s.ments[child], c.s.ments[parent]
	switch c.typ(ch) {
	case org:
		c.add(fact{typ: graph.SubsidiaryOf, subj: ch.ent, obj: pa.ent, confidence: 0.8})
	case prod:
		c.add(fact{typ: graph.Offers, subj: pa.ent, obj: ch.ent, confidence: 0.8})
	default:
		return false
	}
	return true
}

// bareParentPair: the child mention ending right before the parent noun at
// k and the organisation right after it ("company" may follow the noun),
// else -1, -1.
func (c *ctx) bareParentPair(k int) (int, int) {
	if !parentNouns[c.w(k)] {
		return -1, -1
	}
	n := k + 1
	if c.w(n) == "company" || c.w(n) == "group" {
		n++
	}
	child, parent := c.mentionEndingAt(k, []graph.EntityType{org, prod}), c.mentionAt(n)
	if child < 0 || parent < 0 || c.s.ments[child].poss || c.typ(c.s.ments[parent]) != org {
		return -1, -1
	}
	return child, parent
}

// parentBehind: for the mention j followed by a bare parent apposition
// ("Google parent Alphabet"), the parent mention; else j. A title "of
// Google parent Alphabet" belongs to the parent.
func (c *ctx) parentBehind(j int) int {
	if _, parent := c.bareParentPair(c.s.ments[j].b); parent >= 0 {
		return parent
	}
	return j
}
