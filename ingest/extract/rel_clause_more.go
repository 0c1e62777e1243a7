package extract

// Conjoined predicates: in "X runs its platform on Y and has committed to
// spend $120 million on Y services" the second verb's subject is X; Y,
// the object of a preposition in the first predicate, is skipped.

// conjoinedObject: mention m follows a preposition, and an "and" followed
// by a finite verb ("and has", "and will") comes between m and token k,
// or k is itself that finite verb ("holds a stake in Ubisoft and owns
// Riot Games": Tencent, not Ubisoft, owns Riot).
func (c *ctx) conjoinedObject(m mention, k int) bool {
	if m.a == 0 || !objectPrep(c.toks[m.a-1].low) {
		return false
	}
	for x := m.b; x < k; x++ {
		if c.toks[x].low == "and" && x+1 <= k && c.toks[x+1].cls&wFinite != 0 {
			return true
		}
	}
	return false
}

// objectPrep is objectPreps as a switch: asked of every subject candidate,
// where a map lookup costs more.
func objectPrep(w string) bool {
	switch w {
	case "from", "with", "to", "for", "of", "by", "on", "at", "in", "into", "against", "over", "than", "between":
		return true
	}
	return false
}
