package extract

import "github.com/cigraph/cigraph/graph"

// Design wins: "Marvell won a design slot in Microsoft's Maia
// accelerator", "MediaTek secured a design win at Google" — the chip
// buyer named after the slot becomes the designer's customer.

// designSlots follow "design" in a design win.
var designSlots = set("slot", "slots", "win", "wins", "socket", "sockets")

// designPreps join the slot to its buyer ("a design slot in Y's chip").
var designPreps = set("in", "at", "with", "from", "for", "on", "inside")

// designWin: the won verb at k, subj the winner. It reports whether it
// read a design win (with or without a named buyer).
func (c *ctx) designWin(k, subj int) bool {
	d := c.skipTo(k, "design", 4)
	if d < 0 || !designSlots[c.w(d+1)] {
		return false
	}
	p := d + 2
	if !designPreps[c.w(p)] {
		return true
	}
	buyer := c.nextMention(p+1, 2, false, org)
	if buyer < 0 || c.hedged(c.s.ments[subj].b, k) {
		return true // "a design slot in a custom accelerator for a third hyperscaler"
	}
	c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[buyer].ent, obj: c.s.ments[subj].ent, confidence: 0.75,
		prod: c.productIn(c.s.ments[buyer].b, c.s.ments[buyer].b+3), time: c.timeNear(k, 0, len(c.toks)), status: c.statusAt(k)})
	return true
}

// secureVerbs win a design slot but start no contract frame ("secured"
// also raises money: rel_frames.go fRaise).
var secureVerbs = set("secured", "secures", "clinched", "clinches", "bagged")
