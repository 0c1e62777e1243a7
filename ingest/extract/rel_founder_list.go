package extract

import "github.com/cigraph/cigraph/graph"

// "founded by former Google DeepMind and Meta researchers A and B": the
// description before a list of founders can be long, and every member of
// the list is a founder, not only the first. personListHead steps back from
// a later member to the first so the "founded by" cue is read from there.

// personListHead returns the start token of the first person of the
// "A, B and C" list that the person starting at token a ends.
func (c *ctx) personListHead(a int) int {
	for n := 0; n < 6; n++ {
		x := a - 1
		if c.w(x) == "and" && c.w(x-1) == "," {
			x--
		} else if c.w(x) != "and" && c.w(x) != "," {
			return a
		}
		p := c.mentionEndingAt(x, personOnly)
		if p < 0 {
			return a
		}
		a = c.s.ments[p].a
	}
	return a
}

var personOnly = []graph.EntityType{graph.Person}
