package extract

// A deal not yet made: "Apple is close to a deal to buy Y", "is nearing
// an agreement", "moved closer to a takeover". Like talks, no fact; but
// "close" alone is the closing of a deal ("will close its purchase of Y").

// closeToDeal: "close" or "closer" at j is followed by "to a|an ..." .
func (c *ctx) closeToDeal(j int) bool {
	if c.w(j+1) != "to" {
		return false
	}
	switch c.w(j + 2) {
	case "a", "an", "reaching", "finalizing", "finalising", "striking", "sealing", "agreeing", "announcing", "signing":
		return true
	}
	return false
}
