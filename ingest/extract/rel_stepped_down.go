package extract

import (
	"strings"

	"github.com/cigraph/cigraph/graph"
)

// "Adam Selipsky stepped down as chief executive in June 2024": a leader
// who stepped down holds that title no more. A founder stays a founder
// ("Zhang Yiming, ByteDance's founder, stepped down as chief executive"),
// and "will step down" leaves the leader in office today.

// steppedDown: "stepped down" or "retired" at token x after the person
// ent. It marks the person's titles read from this sentence, except a
// founder's, as former, and reports whether the verb was there.
func (c *ctx) steppedDown(x, ent int) bool {
	if !(c.w(x) == "stepped" && c.w(x+1) == "down" || c.w(x) == "retired") || c.hedge {
		return false
	}
	for j := len(c.st.facts) - 1; j >= 0 && c.st.facts[j].sent == c.si; j-- {
		if f := &c.st.facts[j]; f.typ == graph.Leads && f.subj == ent && !strings.Contains(f.role, "founder") {
			f.status = graph.StatusFormer
		}
	}
	return true
}
