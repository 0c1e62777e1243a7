package extract

import "github.com/cigraph/cigraph/graph"

// Named users after a generic subject: "Thousands of organizations already
// use Claude models through Amazon Bedrock, including A, B and C" — the
// subject names no one, so the users are the names listed after
// "including" / "such as", each of which uses the product.

// userGroups are plural nouns that stand for unnamed users.
var userGroups = set("organizations", "organisations", "companies", "customers", "businesses", "enterprises",
	"firms", "developers", "banks", "startups", "clients", "brands", "retailers", "insurers")

// usersIncluding reads the frame at the use verb k; it reports whether it
// found the generic subject (the frame then owns the verb).
func (c *ctx) usersIncluding(k int) bool {
	x := k - 1
	for x > 0 && adverbLike(c.w(x)) {
		x--
	}
	if !userGroups[c.w(x)] || c.hedge {
		return false
	}
	p := c.nextMention(k+1, 4, false, prod)
	if p < 0 {
		return true
	}
	for j := c.s.ments[p].b; j < len(c.toks) && j <= c.s.ments[p].b+10; j++ {
		if w := c.w(j); w == "including" || w == "such" && c.w(j+1) == "as" {
			if first := c.nextMention(j+1, 3, false, org); first >= 0 {
				for _, m := range c.listFrom(first) {
					c.add(fact{typ: graph.Uses, subj: m.ent, obj: c.s.ments[p].ent, confidence: 0.7})
				}
			}
			break
		}
	}
	return true
}
