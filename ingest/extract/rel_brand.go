package extract

import "github.com/cigraph/cigraph/graph"

// Brands that are companies in a deal: "Microsoft bought Skype in 2011",
// "Facebook bought Instagram for $1 billion". The gazetteer lists such
// names as products of today's owner, but a name bought whole, or doing
// the buying, right next to the verb is a company in that sentence.

// boughtBrand: the product named right after the acquisition verb at k
// (nothing but the name), retyped as a company; else -1.
func (c *ctx) boughtBrand(k int) int {
	j := c.mentionAt(k + 1)
	if j < 0 {
		return c.boughtDescribed(k) // rel_bought_described.go
	}
	if c.typ(c.s.ments[j]) != prod || c.s.ments[j].poss || c.hedge {
		return -1
	}
	if n := c.s.ments[j].b; n < len(c.toks) && c.toks[n].kind == tWord && !c.toks[n].cap && !brandFollowers[c.w(n)] {
		return -1 // "bought Skype credits": goods, not the company
	}
	c.st.ents[c.s.ments[j].ent].typ = graph.Org
	return j
}

// brandFollowers may follow a bought company's name.
var brandFollowers = set("for", "in", "from", "and", "last", "this", "on", "at", "after", "with")

// brandBuyer: the product named right before the acquisition verb at k
// ("Facebook bought"), retyped as a company; else -1.
func (c *ctx) brandBuyer(k int) int {
	x := k - 1
	if x >= 0 && (c.w(x) == "has" || c.w(x) == "had") {
		x--
	}
	j := c.mentionEndingAt(x+1, []graph.EntityType{prod})
	if j < 0 || c.s.ments[j].a != 0 || c.s.ments[j].poss {
		return -1 // only a sentence's opening name
	}
	c.st.ents[c.s.ments[j].ent].typ = graph.Org
	return j
}

// brandRightsNouns name what a brand owner licenses ("the Reebok brand",
// "the Vera Wang name", "its Nautica trademarks").
var brandRightsNouns = set("brand", "brands", "name", "names", "trademark", "trademarks", "label", "labels", "marque")

// licensedBrand: the company m, named between "licenses" and "to" at to,
// is the brand licensed out, not the licensor of what is licensed ("Arm's
// designs"): "licenses the Reebok brand to Dick's", "licenses Reebok to
// Dick's".
func (c *ctx) licensedBrand(m mention, to int) bool {
	return !m.poss && (m.b == to || brandRightsNouns[c.w(m.b)])
}
