package extract

import "github.com/cigraph/cigraph/graph"

// A participle clause between a subject and its verb: "Mistral, founded in
// 2023 by former Google DeepMind and Meta researchers A, B and C, competes
// with OpenAI". Its names (the founders, their former employers) are not
// the verb's subject; the name before ", founded" is. The clause may be
// long and hold commas of its own, so outsideRelative's short scan misses
// it.

// clauseParticiples open such a clause right after a name and a comma.
var clauseParticiples = set("founded", "co-founded", "cofounded", "based", "headquartered", "backed", "owned",
	"formed", "created", "started", "launched", "spun", "controlled", "majority-owned")

// participleHead returns the mention the clause hangs on when the mention
// m lies inside a participle clause that closes with the comma right
// before the verb at k (perhaps after an adverb); else -1.
func (c *ctx) participleHead(m mention, k int, types []graph.EntityType) int {
	end := k - 1
	if adverbLike(c.w(end)) {
		end--
	}
	if c.w(end) != "," {
		return -1
	}
	for p := m.a - 1; p >= 2 && p >= m.a-30; p-- {
		if c.w(p-1) != "," || !clauseParticiples[c.w(p)] {
			continue
		}
		if h := c.mentionEndingAt(p-1, types); h >= 0 {
			return h
		}
		return -1
	}
	return -1
}
