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

// saidTo: "is said to be planning", "was said to have agreed": a rumour.
func (c *ctx) saidTo(j int) bool {
	if c.w(j+1) != "to" || j == 0 {
		return false
	}
	switch c.w(j - 1) {
	case "is", "are", "was", "were", "been", "being":
		return true
	}
	return false
}

// reportNouns are what a denial denies.
var reportNouns = set("report", "reports", "claim", "claims", "suggestion", "suggestions", "speculation", "media")

// deniedReport: a denial of a report opens the sentence before k ("Tesla
// denied a report that it had agreed to buy batteries from CATL").
func (c *ctx) deniedReport(k int) bool {
	if c.s.sum.cls&wHedge == 0 {
		return false // every deny word is a hedge word (hedgeWords, rules.go)
	}
	for j := 0; j < k && j < 20; j++ {
		switch c.w(j) {
		case "denied", "denies", "deny", "denying":
			for x := j + 1; x <= j+3 && x < k; x++ {
				if reportNouns[c.w(x)] {
					return true
				}
			}
		}
	}
	return false
}
