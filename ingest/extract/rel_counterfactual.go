package extract

// Counterfactuals: "Had X bought Y in 2019, would regulators have let
// it?", "Were X to buy Y, ..." and "Should X buy Y, ..." open with an
// inverted auxiliary and state no fact.

// invertedConditional: the sentence opens with "Had", "Were" or "Should"
// directly before a name. Only the first token is read, so the test costs
// one comparison per sentence.
func (c *ctx) invertedConditional() bool {
	if len(c.toks) < 3 || !c.toks[0].cap || !c.toks[1].cap {
		return false
	}
	switch c.toks[0].low {
	case "had", "were", "should":
		return true
	}
	return false
}
