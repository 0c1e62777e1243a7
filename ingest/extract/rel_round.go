package extract

import "github.com/cigraph/cigraph/graph"

// joinedRound: "Existing investors A and B also took part, along with C",
// "D participated in the round": each named investor invests in the company
// whose funding was reported just before (no one amount is each one's).
func (c *ctx) joinedRound(k int) {
	if c.w(k) == "part" && !takeWords[c.w(k-1)] || c.hedge {
		return
	}
	target, when := c.recentInvestee()
	if target < 0 {
		return
	}
	for _, m := range c.roundInvestors(k) {
		if m.ent != target && c.st.ents[m.ent].typ == graph.Org {
			c.add(fact{typ: graph.InvestsIn, subj: m.ent, obj: target, time: when, confidence: 0.7})
		}
	}
}

var takeWords = set("took", "take", "takes", "taking")

// recentInvestee: the company of the latest investment fact of this or the
// two sentences before, and that fact's time.
func (c *ctx) recentInvestee() (int, string) {
	for j := len(c.st.facts) - 1; j >= 0 && c.st.facts[j].sent >= c.si-2; j-- {
		if f := c.st.facts[j]; f.typ == graph.InvestsIn {
			return f.obj, f.time
		}
	}
	return -1, ""
}

// roundInvestors: the names coordinated before the verb and those after
// "along with" / "alongside".
func (c *ctx) roundInvestors(k int) []mention {
	out := append([]mention(nil), c.subjects(k)...)
	for x := k + 1; x < len(c.toks) && x < k+6; x++ {
		if c.w(x) == "alongside" || c.w(x) == "along" && c.w(x+1) == "with" {
			if j := c.nextMention(x+1, 3, false, org); j >= 0 {
				out = append(out, c.listFrom(j)...)
			}
			break
		}
	}
	return out
}

// someOfMany: the investor after "from" is one of several ("from investors
// including X", "from X and Y").
func (c *ctx) someOfMany(from, inv int) bool {
	for x := from + 1; x < c.s.ments[inv].a; x++ {
		if w := c.w(x); w == "including" || w == "such" || w == "like" || w == "among" {
			return true
		}
	}
	return len(c.listFrom(inv)) > 1
}
