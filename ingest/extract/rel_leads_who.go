package extract

// "Gary Steele, who was president and CEO of Splunk, joins Cisco": a
// relative clause with a copula states the title as an apposition does.

// skipWhoIs returns the token after "who is|was|has been|had been" at x,
// else x.
func (c *ctx) skipWhoIs(x int) int {
	if c.w(x) != "who" {
		return x
	}
	switch c.w(x + 1) {
	case "is", "was":
		return x + 2
	case "has", "had":
		if c.w(x+2) == "been" {
			return x + 3
		}
	}
	return x
}
