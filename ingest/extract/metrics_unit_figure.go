package extract

import "strings"

// A unit's figure is not its parent's: "Sales at its cloud unit climbed to
// $1.2 billion", "revenue at Oracle's hardware division fell 5%". The
// figure belongs to an unnamed unit; the parent has no such revenue.

// unitFigureWords name a part of a company whose figures are its own.
var unitFigureWords = set("unit", "division", "subsidiary", "arm", "segment", "business")

// unitFigure: between the start of the clause before the figure at k and
// k, "at" or "in" a possessive ("its", "Oracle's"), one to three words
// and a unit word: "at its cloud unit".
func (c *ctx) unitFigure(k int) bool {
	for x := max(1, k-12); x < k; x++ {
		if !unitFigureWords[c.w(x)] || c.toks[x].cap { // "Arm" is a name, "its chip arm" a unit
			continue
		}
		for y := x - 2; y >= x-4 && y > 0; y-- {
			w := c.w(y)
			if w == "its" || w == "'s" || w == "their" || strings.HasSuffix(w, "'") { // "Corvane Systems' division"
				z := y - 1
				for w != "its" && w != "their" && z > 0 && z > y-5 && c.toks[z].cap {
					z-- // the owner's name: "at Corvane Systems' ..."
				}
				return c.w(z) == "at" || c.w(z) == "in"
			}
		}
	}
	return false
}
