package extract

// Unit appositions: "Wiwynn, a Wistron subsidiary, makes servers" — the
// name before the comma is the unit; the name inside the apposition owns it.

// appositiveUnitNouns close an apposition that names the owner before the
// noun: "a Wistron subsidiary", "an Alphabet unit".
var appositiveUnitNouns = set("subsidiary", "unit", "affiliate", "division", "arm")

// appositiveUnitChild: the owner mention starting at a is preceded by
// ", a" / ", an" / ", the" and a name ("Wiwynn, a Wistron subsidiary",
// "Waymo, the Alphabet unit"); returns that name's mention (the unit), or -1.
func (c *ctx) appositiveUnitChild(a int) int {
	if a < 3 || (c.w(a-1) != "a" && c.w(a-1) != "an" && c.w(a-1) != "the") || c.w(a-2) != "," {
		return -1
	}
	h := c.mentionEndingAt(a-2, orgTypes)
	if h < 0 || c.s.ments[h].poss {
		return -1
	}
	return h
}

// unitApposition: the mention j ends at a unit noun that closes an
// apposition ("Wiwynn, a Wistron subsidiary, counts ..."): the verb after
// it has the unit for subject, not the owner.
func (c *ctx) unitApposition(j int) int {
	m := c.s.ments[j]
	if !apposUnitGate.in(appositiveUnitNouns, c.w(m.b)) || c.w(m.b+1) != "," {
		return -1
	}
	return c.appositiveUnitChild(m.a)
}

// reliedOnToMake: the maker subj is the object of "relies on" right before
// "to" + the making verb at k ("relied on TSMC to make its chips"): the
// rely frame reads that tie, with its status and product.
func (c *ctx) reliedOnToMake(subj, k int) bool {
	m := c.s.ments[subj]
	if m.b != k-1 || c.w(k-1) != "to" {
		return false
	}
	w := c.w(m.a - 1)
	return (w == "on" || w == "upon") && frameBitsOf(c.w(m.a-2))&fRely != 0
}
