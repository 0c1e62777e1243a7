package extract

import "github.com/cigraph/cigraph/graph"

// Sites built for a client: "Crusoe is building the first Stargate campus
// in Abilene, Texas, for OpenAI and Oracle", "Oracle will build data
// centers for OpenAI". The company the site is built for buys it (or its
// capacity) from the builder.

// buildVerbs build a site for someone.
var buildVerbs = set("building", "builds", "build", "constructing", "construct", "constructs")

// siteNouns are sites built for a client.
var siteNouns = set("campus", "campuses", "center", "centers", "centre", "centres", "facility", "facilities",
	"site", "sites", "cluster", "clusters", "supercomputer", "plant", "plants")

// buildsFor reads the build verb at k: a site noun within ten words, then
// "for" and an organisation within eight more.
func (c *ctx) buildsFor(k int) {
	site := -1
	for x := k + 1; x < len(c.toks) && x <= k+10 && site < 0; x++ {
		if siteGate.in(siteNouns, c.w(x)) {
			site = x
		}
	}
	if site < 0 || c.hedge {
		return
	}
	obj := -1
	for x := site + 1; x < len(c.toks) && x <= site+8; x++ {
		if c.w(x) == "for" {
			obj = c.nextMention(x+1, 2, false, org)
			break
		}
	}
	subj := c.subjectBefore(k, org)
	if obj < 0 || subj < 0 || c.hedged(c.s.ments[subj].b, k) {
		return
	}
	for _, m := range c.listFrom(obj) {
		if c.typ(m) == org && !m.poss && m.ent != c.s.ments[subj].ent {
			c.add(fact{typ: graph.CustomerOf, subj: m.ent, obj: c.s.ments[subj].ent, confidence: 0.7,
				time: c.timeNear(k, 0, len(c.toks)), status: c.statusAt(k)})
		}
	}
}
