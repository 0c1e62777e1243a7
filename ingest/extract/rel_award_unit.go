package extract

// "awarded a $22.2 billion contract to General Dynamics' Electric Boat
// unit": the unit named after its parent's possessive signs the contract
// in its own name, so it is the supplier (the parent owns it: the unit
// frame reads SUBSIDIARY_OF).

// possessedUnit returns the organisation named right after the possessive
// mention j when a unit noun follows it, else j.
func (c *ctx) possessedUnit(j int) int {
	m := c.s.ments[j]
	if !m.poss {
		return j
	}
	for x := j + 1; x < len(c.s.ments); x++ {
		u := c.s.ments[x]
		if u.a > m.b+1 {
			break
		}
		if u.a >= m.b && !u.ref && c.typ(u) == org && unitNouns[c.w(u.b)] {
			return x
		}
	}
	return j
}
