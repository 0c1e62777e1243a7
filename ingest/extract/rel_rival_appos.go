package extract

import "github.com/cigraph/cigraph/graph"

// "Anthropic, an OpenAI rival backed by Amazon and Google": the apposition
// "an OpenAI rival" describes Anthropic. OpenAI only modifies the noun, so
// the rivalry is Anthropic's with OpenAI, and a participle after the noun
// ("backed by ...") still speaks of Anthropic.

// rivalNouns head such an apposition.
var rivalNouns = set("rival", "competitor", "challenger")

// rivalAppos reads ", a|an Y rival" ending at the noun k after the mention
// X; it returns the mentions X and Y, or -1, -1.
func (c *ctx) rivalAppos(k int) (int, int) {
	if !rivalNouns[c.w(k)] {
		return -1, -1
	}
	y := c.mentionEndingAt(k, orgOnly)
	if y < 0 || c.s.ments[y].poss {
		return -1, -1
	}
	a := c.s.ments[y].a
	if d := c.w(a - 1); d != "a" && d != "an" || c.w(a-2) != "," {
		return -1, -1
	}
	x := c.mentionEndingAt(a-2, orgOnly)
	if x < 0 {
		return -1, -1
	}
	return x, y
}

// rivalApposFact adds the rivalry of "X, a Y rival" at k and reports it.
func (c *ctx) rivalApposFact(k int) bool {
	x, y := c.rivalAppos(k)
	if x < 0 || c.s.ments[x].ent == c.s.ments[y].ent {
		return false
	}
	c.add(fact{typ: graph.CompetesWith, subj: c.s.ments[x].ent, obj: c.s.ments[y].ent, confidence: 0.75})
	return true
}

// apposHeadOver: when the subject found for the verb at k is the modifier
// of "X, a Y rival VERB", the subject is X.
func (c *ctx) apposHeadOver(subj, k int) int {
	if subj < 0 || c.s.ments[subj].b != k-1 {
		return subj
	}
	if x, y := c.rivalAppos(k - 1); y == subj && x >= 0 {
		return x
	}
	return subj
}

var orgOnly = []graph.EntityType{graph.Org}

// moreRivalsOfTopic: "Rivals such as Baidu and Tencent followed" names the
// topic company's rivals as a list; rivalOfTopic reads its first member,
// this the rest.
func (c *ctx) moreRivalsOfTopic(topic, start int) {
	for _, m := range c.listFrom(start) {
		if m.ent != c.s.ments[start].ent && c.typ(m) == org && !m.ref {
			c.addCompete(topic, m.ent, 0.6)
		}
	}
}
