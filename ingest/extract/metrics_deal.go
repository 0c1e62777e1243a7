package extract

import "github.com/cigraph/cigraph/graph"

// valuedTarget: in "X invested $N in Y, valuing it at $M" the valuation is
// Y's, whatever "it" was resolved to: an investor or buyer is not what a
// deal values. e is returned unless this sentence reads a deal of e.
func (c *ctx) valuedTarget(e int) int {
	for j := len(c.st.facts) - 1; j >= 0 && c.st.facts[j].sent == c.si; j-- {
		f := c.st.facts[j]
		if (f.typ == graph.InvestsIn || f.typ == graph.Acquires) && f.subj == e {
			return f.obj
		}
	}
	return e
}
