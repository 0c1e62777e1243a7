package extract

import "github.com/cigraph/cigraph/graph"

// A joint launch: "T-Mobile and SpaceX's Starlink launched a satellite
// texting service", "Visa and Klarna unveiled a co-branded card" — two or
// three companies that launch one offering together are partners. Each
// launching its own ("launched rival phones", "each unveiled a model") or
// launching no offering ("launched a price war", "a lawsuit") is none.

// launchNouns are offerings a launch verb may start.
var launchNouns = set("service", "app", "platform", "product", "feature", "offering", "plan", "bundle", "channel",
	"network", "program", "programme", "initiative", "standard", "fund", "pilot", "trial", "card", "package",
	"subscription", "tier", "marketplace", "tool", "system", "project", "consortium", "partnership")

// apartWords say the subjects launched apart: "each", "separately", "rival".
var apartWords = set("each", "separately", "respectively", "rival", "competing", "own", "their", "versus", "against")

// jointLaunch reads the frame at the launch verb k.
func (c *ctx) jointLaunch(k int) {
	if c.hedge || c.w(k+1) != "a" && c.w(k+1) != "an" && c.w(k-1) != "jointly" {
		return
	}
	noun := -1
	for x := k + 1; x < len(c.toks) && x <= k+6; x++ {
		w := c.w(x)
		if apartWords[w] || c.toks[x].kind == tPunct && c.toks[x].cls&wMoney == 0 {
			return
		}
		if launchNouns[w] {
			noun = x
			break
		}
	}
	subjs := c.subjects(k)
	if noun < 0 || len(subjs) < 2 || len(subjs) > 3 || !c.andList(subjs) || apartWords[c.w(k-1)] {
		return
	}
	last := subjs[len(subjs)-1]
	if c.hedged(last.b, k) || k-last.b > 3 {
		return
	}
	t := c.timeNear(k, 0, len(c.toks))
	for i := 0; i < len(subjs); i++ {
		for j := i + 1; j < len(subjs); j++ {
			c.add(fact{typ: graph.PartnersWith, subj: subjs[i].ent, obj: subjs[j].ent, time: t, confidence: 0.7})
		}
	}
}
