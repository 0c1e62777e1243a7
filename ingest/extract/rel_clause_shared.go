package extract

// A verb right after "but" shares the subject of the clause before it:
// "X builds its own models but uses Y's Gemini", "X makes chips but also
// buys them from Y". A "but" that opens a clause with its own subject ("X
// rose, but Y buys from Z") still breaks, because that subject is found
// first.

// sharedSubjectEnd is where subjectBefore's clause-break scan for the verb
// at k stops: before a "but" (and an adverb after it) that directly
// precedes k, else k.
func (c *ctx) sharedSubjectEnd(k int) int {
	if c.w(k-1) == "but" {
		return k - 1
	}
	if c.w(k-2) == "but" && sharedAdverbs[c.w(k-1)] { // the map last: most verbs follow no "but"
		return k - 2
	}
	return k
}

// sharedAdverbs may stand between "but" and its verb.
var sharedAdverbs = set("also", "still", "now", "instead", "increasingly", "mostly", "largely")

// predicateBetween: "and" or "but" followed by a trigger verb in [a, b)
// starts another predicate ("its own models and uses Gemini").
func (c *ctx) predicateBetween(a, b int) bool {
	for x := a; x+1 < b; x++ {
		if w := c.w(x); (w == "and" || w == "but") && c.toks[x+1].cls&wTrigger != 0 {
			return true
		}
	}
	return false
}
