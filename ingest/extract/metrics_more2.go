package extract

// "revenue was $612 million, up 18% from a year ago": "up" states growth
// only with its comparison base; a bare "up 18%" is as often a share
// price or one customer's purchases.

// yearAgoAfter: "from a year ago", "from a year earlier", "year on year"
// or "year-over-year" starts at b.
func (c *ctx) yearAgoAfter(b int) bool {
	switch c.w(b) {
	case "year-over-year", "year-on-year", "yoy":
		return true
	case "from":
		return c.w(b+1) == "a" && c.w(b+2) == "year" || c.w(b+1) == "the" && c.w(b+2) == "year"
	}
	return false
}

// cameInAt: "revenue for the quarter came in at $612 million" — the
// amount at a completes "came in at" with a revenue noun as its subject.
func (c *ctx) cameInAt(a int) bool {
	x := a - 1
	if x >= 0 && c.toks[x].cls&wQual != 0 {
		x--
	}
	if c.w(x) != "at" || c.w(x-1) != "in" {
		return false
	}
	switch c.w(x - 2) {
	case "came", "comes", "come":
	default:
		return false
	}
	for y := x - 3; y >= 0 && y >= x-8; y-- {
		if w := c.w(y); w == "revenue" || w == "revenues" || w == "sales" {
			return true
		}
	}
	return false
}

// upGrowth: "revenue came in at $612 million, up 18% from a year ago" —
// "up" at x, the comparison base after the percentage (ending at b), and
// a revenue noun in the twelve words before.
func (c *ctx) upGrowth(x, b int) bool {
	if !c.yearAgoAfter(b) {
		return false
	}
	for y := x - 1; y >= 0 && y >= x-12; y-- {
		if w := c.w(y); w == "revenue" || w == "revenues" || w == "sales" {
			return true
		}
	}
	return false
}
