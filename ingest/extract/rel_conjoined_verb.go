package extract

// "Halden agreed to acquire Mirati for $4.8 billion, and on Tuesday agreed
// to buy RayzeBio": the second verb shares the subject of the first. The
// first verb's object (Mirati), the company named last before it, is no
// subject.

// verbObjectBefore: mention m is the object of a frame verb right before
// it, and an "and" with at most three adverbial words and a finite verb
// comes between m and the verb at k.
func (c *ctx) verbObjectBefore(m mention, k int) bool {
	if m.a == 0 || m.ref {
		return false
	}
	if a := c.listStartBefore(m.a); a > 0 && a < m.a {
		m.a = a // "uses Ericsson and Nokia gear, and has partnered": the whole list is the object
	}
	if v := &c.toks[m.a-1]; v.cls&wTrigger == 0 || v.kind != tWord || v.cap {
		return false
	}
	for x := m.b; x < k; x++ {
		if c.toks[x].low == "and" && (c.finiteAfterAdverbial(x+1, k) || x+1 == k && c.afterModal(m.a-1)) {
			return true
		}
	}
	return false
}

// finiteAfterAdverbial: from token y (before k), at most three adverbial
// words ("on Tuesday", "later") and then a finite verb, which may be the
// frame's own verb at k ("counts A among its clients and competes with B").
func (c *ctx) finiteAfterAdverbial(y, k int) bool {
	for z := y; z <= k && z <= y+3; z++ {
		t := &c.toks[z]
		if t.cls&wFinite != 0 {
			return true
		}
		if t.kind != tWord || t.cls&(wTime|wWeekday|wMonth) == 0 && !adverbialWord(t.low) {
			return false
		}
	}
	return false
}

// modalAux put the verb after them in its base form: "will pay Y $N and
// invest $M in Y", "agreed to buy A and sell B".
var modalAux = set("will", "would", "to", "can", "could", "may", "might", "should", "must", "shall")

// afterModal: the frame verb at v follows a modal or "to" ("will pay"),
// so a base form after "and" ("and invest") is a second verb of the same
// subject, not a noun.
func (c *ctx) afterModal(v int) bool {
	return v > 0 && modalAux[c.w(v-1)]
}
