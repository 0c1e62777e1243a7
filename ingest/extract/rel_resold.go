package extract

import "github.com/cigraph/cigraph/graph"

// Sales channels named in the passive: "Databricks is sold through the AWS
// Marketplace", "its products are resold to federal agencies by
// Carahsoft", "Palantir's software is available via Carahsoft": the
// channel (a reseller, or the maker of a marketplace) partners the maker,
// as "X resells Y's software" does (rel_partner_as.go).

// resoldBy reads the passive at the verb k ("sold", "resold") and reports
// whether it matched.
func (c *ctx) resoldBy(k int) bool {
	if !passiveAuxGate.in(passiveAux, c.w(k-1)) && !passiveAuxGate.in(passiveAux, c.w(k-2)) && c.w(k-1) != "are" && c.w(k-2) != "are" || c.hedge {
		return false
	}
	ch := -1
	for x := k + 1; x < len(c.toks) && x <= k+8 && ch < 0; x++ {
		switch c.w(x) {
		case "through", "via":
			ch = c.nextMention(x+1, 3, false, org, prod)
		case "by":
			if c.w(k) == "resold" {
				ch = c.nextMention(x+1, 2, false, org)
			} else {
				return false // "sold by Y": a seller, read elsewhere
			}
		case ",", ";", "and":
			return false
		}
	}
	maker := c.subjectBefore(k, org)
	if ch < 0 || maker < 0 || c.hedged(c.s.ments[maker].b, k) {
		return false
	}
	for _, m := range c.listFrom(ch) {
		channel := c.partnerEnt(m) // rel_partner_as.go
		if channel >= 0 && channel != c.s.ments[maker].ent {
			c.add(fact{typ: graph.PartnersWith, subj: channel, obj: c.s.ments[maker].ent,
				time: c.timeNear(k, 0, len(c.toks)), confidence: 0.65})
		}
	}
	return true
}
