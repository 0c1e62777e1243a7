package extract

// Imposed obligations: "Microsoft would have to license Halo to Nintendo"
// states a condition a ruling or deal would impose, not a tie that exists or
// is planned. "would" is a modal word (modalWords) only in this frame.

// obligationNouns follow "would be" to impose a duty: "would be required to".
var obligationNouns = set("required", "forced", "obliged", "obligated", "compelled")

// wouldObligation: "would" at j opens "would have to", "would need to" or
// "would be required to".
func (c *ctx) wouldObligation(j int) bool {
	if c.toks[j].low != "would" {
		return false
	}
	switch c.w(j + 1) {
	case "have", "need":
		return c.w(j+2) == "to"
	case "be":
		return obligationNouns[c.w(j+2)] && c.w(j+3) == "to"
	}
	return false
}
