package extract

// Negated plans: "X has no plans to build a GPU to compete with Y", "X does
// not intend to take on Y". The negation may sit further from the verb
// than the window hedged reads, but between the subject and the verb it
// still says that nothing happens.

// planWords follow a negation to deny a plan.
var planWords = set("plans", "plan", "intention", "intent", "intend", "intends", "interest", "want", "wants", "desire", "aim", "aims")

// noPlanBetween: a negation word directly before a plan word in [from, k).
// The sentence summary skips sentences without a negation or modal word.
func (c *ctx) noPlanBetween(from, k int) bool {
	if c.s.sum.cls&wModal == 0 {
		return false
	}
	for j := max(from, 0); j+1 < k; j++ {
		switch c.toks[j].low {
		case "no", "not", "n't", "never":
			if planWords[c.toks[j+1].low] {
				return true
			}
		}
	}
	return false
}
