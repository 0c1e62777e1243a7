package extract

// "Off" and "away" hedge a deal called off or walked away from, but after a
// move verb they name a vendor left behind: "X migrated off AWS last year
// and now runs its website on Google Cloud", "X moved away from Oracle and
// now uses SAP". The move is a switch (rel_switch.go), and the clause after
// it is no hedged fact.

// movedOffVendor: the "off" or "away" at j follows a switch verb and comes
// before a name ("migrated off AWS", "moved away from Oracle", "off of AWS").
func (c *ctx) movedOffVendor(j int) bool {
	if j == 0 || !switchTriggers[c.w(j-1)] {
		return false
	}
	x := j + 1
	if c.w(x) == "from" || c.w(x) == "of" {
		x++
	}
	return c.mentionAt(x) >= 0
}
