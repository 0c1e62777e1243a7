package extract

import "github.com/cigraph/cigraph/graph"

// Take-privates: "Thoma Bravo agreed to take Dayforce private for $12.3
// billion", "Silver Lake and GIC will take the company private". The
// buyer takes the named target private: an acquisition. ("X agreed to be
// taken private by Y" is read in wordFrames, rel_frames.go.)

// takeOfferVerbs stand before "to take X private" in an offer or an attempt.
var takeOfferVerbs = set("proposed", "proposes", "propose", "offered", "offers", "offer", "sought",
	"seeks", "seeking", "wants", "want", "tried", "trying", "attempted", "attempt", "bid")

// takePrivate reads the frame at "private" (k): "take X private".
func (c *ctx) takePrivate(k int) {
	j := c.mentionEndingAt(k, []graph.EntityType{org}) // rel_frames4.go
	if j < 0 || c.hedge {
		return
	}
	tgt := c.s.ments[j]
	verb := tgt.a - 1
	if !takeOverWords[c.w(verb)] || tgt.poss {
		return
	}
	if takeOfferVerbs[c.w(verb-2)] {
		return // "proposed to take the company private": an offer, no deal
	}
	subj := c.subjectBefore(verb, org)
	if subj < 0 || c.s.ments[subj].ent == tgt.ent || c.hedged(c.s.ments[subj].b, verb) {
		return
	}
	if p := c.subjectBefore(verb, person); p >= 0 && c.s.ments[p].a > c.s.ments[subj].b {
		return // "23andMe co-founder Anne Wojcicki agreed to take it private": a person buys
	}
	amt := c.priceAfter(k + 1) // "private for $12.3 billion"
	if amt == nil {
		amt = c.onceAmount(c.moneyNear(k, k, len(c.toks))) // "in a deal valued at $N"
	}
	status := c.statusAt(verb)
	c.add(fact{typ: graph.Acquires, subj: c.s.ments[subj].ent, obj: tgt.ent, amount: amt,
		time: c.timeNear(verb, 0, len(c.toks)), status: status, confidence: 0.8})
	c.coAcquirers(subj, tgt.ent, verb, amt) // rel_more3.go: "A and B will take X private"
}
