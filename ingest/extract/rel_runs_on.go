package extract

import "github.com/cigraph/cigraph/graph"

// Platforms named after a company's goods: "Wiz's platform runs on AWS
// and Azure" (runsOn, rel_host_list.go), "Acme's analytics app is built
// on top of Snowflake", "Acme built its app on Snowflake": the company
// whose goods run there is the platform's customer.

// ownGoodsNouns head the goods a company builds on a platform.
var ownGoodsNouns = set("platform", "platforms", "software", "service", "services", "app", "apps",
	"application", "applications", "product", "products", "tools", "database", "models", "model", "systems")

// possGoodsOwner returns the possessive organisation whose goods end at
// token e ("Wiz's cloud security platform"), or -1.
func (c *ctx) possGoodsOwner(e int) int {
	if !ownGoodsNouns[c.w(e-1)] {
		return -1
	}
	for x := e - 2; x >= 0 && x >= e-5; x-- {
		if w := c.w(x); w == "its" || w == "their" || w == "whose" {
			return c.goodsPronounOwner(x) // "Its analytics software runs on ..."
		}
		if c.w(x) == "'s" {
			j := c.mentionEndingAt(x, []graph.EntityType{org})
			if j >= 0 && c.s.ments[j].poss && !c.s.ments[j].ref {
				return j
			}
			return -1
		}
		if t := &c.toks[x]; t.kind != tWord || t.cls&wFinite != 0 {
			return -1
		}
	}
	return -1
}

// builtOn: "X's app is built on top of Y", "X built its app on Y": the
// verb "built" at k.
func (c *ctx) builtOn(k int) {
	on, subj := -1, -1
	switch {
	case c.w(k+1) == "on" && (c.w(k-1) == "is" || c.w(k-1) == "are" || c.w(k-1) == "was"):
		on, subj = k+1, c.possGoodsOwner(k-1)
	case c.w(k+1) == "its" || c.w(k+1) == "their":
		if x := c.skipTo(k+1, "on", 4); x > 0 && ownGoodsNouns[c.w(x-1)] {
			on, subj = x, c.subjectBefore(k, org)
		}
	}
	if on < 0 || subj < 0 || c.hedge || c.hedged(c.s.ments[subj].b, k) {
		return
	}
	if c.w(on+1) == "top" && c.w(on+2) == "of" {
		on += 2
	}
	if j := c.nextMention(on+1, 1, false, org, prod); j >= 0 {
		c.addHosts(c.s.ments[subj].ent, c.listFrom(j), k, false) // rel_host_list.go
	}
}

// goodsPronounOwner: the owner of goods named after the pronoun at x — an
// "Its" or "Their" opening the sentence ("Its analytics software runs on
// AWS, Microsoft Azure and Google Cloud") or the head of ", whose" ("Tessel,
// whose payments app is built on top of Snowflake"). A pronoun inside the
// sentence ("said its software runs on ...") is a claim, not read.
func (c *ctx) goodsPronounOwner(x int) int {
	if c.w(x) == "whose" {
		if c.w(x-1) != "," {
			return -1
		}
		return c.mentionEndingAt(x-1, []graph.EntityType{org})
	}
	if x != 0 {
		return -1
	}
	j := c.mentionAt(x)
	if j < 0 || c.typ(c.s.ments[j]) != org {
		return -1
	}
	return j
}

// cloudHost: mention j is a cloud vendor or a cloud product ("AWS",
// "Microsoft Azure"), not a chip a program merely fits.
func (c *ctx) cloudHost(j int) bool {
	m := c.s.ments[j]
	if c.typ(m) == org {
		return c.st.cloudVendor(m.ent)
	}
	x := c.st.ents[m.ent].lex
	return x >= 0 && c.st.lx.entries[x].kind == "cloud"
}
