package extract

import "github.com/cigraph/cigraph/graph"

// Work done together, told with a "co-" verb or "jointly": "Daiichi
// Sankyo co-markets Enhertu with AstraZeneca", "Merck will jointly develop
// the drugs with Daiichi Sankyo", "Pfizer and BioNTech co-developed the
// vaccine". The two companies partner.

// coWorkVerbs are the "co-" verbs of shared work.
var coWorkVerbs = set("co-develop", "co-develops", "co-developed", "co-developing", "co-market", "co-markets",
	"co-marketed", "co-marketing", "co-promote", "co-promotes", "co-promoted", "co-commercialize",
	"co-commercializes", "co-commercialized", "co-commercialise", "co-commercialises", "co-commercialised",
	"co-design", "co-designs", "co-designed", "co-produce", "co-produces", "co-produced", "co-engineered",
	"co-created", "co-create", "co-creates", "jointly")

// jointlyVerbs follow "jointly" in the frame ("jointly own" is no work).
var jointlyVerbs = set("develop", "develops", "developed", "developing", "market", "markets", "marketed",
	"sell", "sells", "commercialize", "commercialise", "design", "designed", "produce", "produced", "build", "built", "run", "operate")

// coWork reads the frame at the "co-" verb or "jointly" at k.
func (c *ctx) coWork(k int) {
	if c.hedge || c.w(k) == "jointly" && !jointlyVerbs[c.w(k+1)] {
		return
	}
	subj := c.subjectBefore(k, org)
	if subj < 0 || c.hedged(c.s.ments[subj].b, k) {
		return
	}
	other := -1
	if with := c.skipTo(k, "with", 8); with > 0 {
		other = c.nextMention(with+1, 2, false, org)
	} else if l := c.listAt(subj); len(l) == 2 && l[1].a == c.s.ments[subj].a && c.orgConjunction(l) {
		subj, other = c.mentionAt(l[0].a), c.mentionAt(l[1].a)
	}
	if other < 0 || subj < 0 || c.s.ments[other].ent == c.s.ments[subj].ent || c.typ(c.s.ments[other]) != org {
		return
	}
	c.add(fact{typ: graph.PartnersWith, subj: c.s.ments[subj].ent, obj: c.s.ments[other].ent,
		time: c.timeNear(k, 0, len(c.toks)), status: c.statusAt(k), confidence: 0.7})
}
