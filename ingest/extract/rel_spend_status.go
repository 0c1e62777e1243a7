package extract

import "github.com/cigraph/cigraph/graph"

// Spending commitments: "X agreed to spend $1.5 billion with Y over six
// years" is a signed commitment, a tie that stands now, like "X has
// committed to spend $N with Y". Only a plan ("will spend", "plans to
// spend") stays planned.

// spendAgreed are the verbs before "to spend" that sign a commitment.
var spendAgreed = set("agreed", "agrees", "committed", "commits", "pledged", "pledges", "signed")

// spendStatus returns the status of the spending verb at k.
func (c *ctx) spendStatus(k int) string {
	s := c.statusAt(k)
	if s == graph.StatusPlanned && c.w(k-1) == "to" && spendAgreed[c.w(k-2)] {
		return graph.StatusCurrent // "agreed to spend $N with Y"
	}
	return s
}
