package extract

// Goods bought from a source that its maker or owner is named after:
// "Google agreed to buy electricity from a fleet of small reactors to be
// built by Kairos Power", "buys power from a plant owned by Vistra". The
// maker or owner after "by" sells the goods.

// sourceByVerbs are participles that name a source's maker or owner.
var sourceByVerbs = set("built", "developed", "operated", "owned", "run", "made", "designed", "constructed")

// makerAfterFrom returns the organisation after "PARTICIPLE by" within
// twelve words of the "from" at f, in the same clause, or -1.
func (c *ctx) makerAfterFrom(f int) int {
	for x := f + 1; x < len(c.toks)-1 && x <= f+12; x++ {
		if t := &c.toks[x]; t.kind == tPunct && t.low != "-" || x > f+1 && c.mentionAt(x) >= 0 && c.w(x-1) != "by" {
			return -1 // a clause break or another name first
		}
		if sourceByVerbs[c.w(x)] && c.w(x+1) == "by" {
			return c.nextMention(x+2, 1, false, org)
		}
	}
	return -1
}

// siteParticiple: the participle at k modifies a site noun right before
// it ("buys power from a plant owned by Vistra"): the site, not the
// sentence's subject, is owned or backed.
func (c *ctx) siteParticiple(k int) bool {
	w := c.w(k - 1)
	return siteNouns[w] || facilityGate.in(facilityNouns, w) || powerGear[w] // rel_build_for.go, rel_hosted.go, rel_reserve_goods.go
}
