package extract

import "github.com/cigraph/cigraph/graph"

// "Kestrel Labs, a former unit of Acme", "formerly a division of Acme",
// "once part of" style wording: the ownership is over, so the
// SUBSIDIARY_OF read from "unit of" is a former one.

// unitStatus is the status of the ownership named by the unit noun at k.
func (c *ctx) unitStatus(k int) string {
	for x := k - 1; x >= 0 && x >= k-3; x-- {
		switch w := c.w(x); w {
		case "former", "onetime", "one-time", "erstwhile", "formerly", "once", "previously":
			return graph.StatusFormer
		case "a", "an", "the", "wholly", "owned", "spun-off", "spun-out":
			continue
		default:
			if len(w) > 3 && w[:3] == "ex-" {
				return graph.StatusFormer
			}
			return graph.StatusCurrent
		}
	}
	return graph.StatusCurrent
}
