package extract

// Opening participle clauses: "Backed by Nvidia and Cisco, Mistral sells
// ...", "Founded in 2023 by three researchers, the startup ...". The clause
// describes the subject that follows its comma: its agent backs or owns
// that subject, and its time dates the clause, not the main one.

// openingParticiples start such a clause (lower case).
var openingParticiples = set("founded", "co-founded", "cofounded", "headquartered", "based", "backed", "owned",
	"funded", "formed", "established", "launched", "spun", "acquired", "incorporated", "created", "started")

// openingEnd is the comma that closes an opening participle clause, or -1
// (coref_lead.go).
func (c *ctx) openingEnd() int {
	return c.st.participleEnd(c.si)
}

// openingSubject: for the agent verb at k inside an opening clause, the
// first organisation after the clause ("Backed by A, X sells"), else -1.
func (c *ctx) openingSubject(k int) int {
	end := c.openingEnd()
	if end < 0 || k > end {
		return -1
	}
	n := 1
	if w := c.w(end + 1); w == "the" || w == "a" || w == "an" {
		n = 5 // "Backed by A, the cloud provider X raised"
	}
	j := c.nextMention(end+1, n, false, org)
	if j < 0 || c.s.ments[j].poss {
		return -1
	}
	return j
}

// openingFounder: "Founded in 1974 by Terry Gou, Foxconn builds ..." — the
// person at mention j, after "by" in an opening "founded" clause, founded
// the clause's subject; -1 otherwise.
func (c *ctx) openingFounder(j int) int {
	if w := c.w(0); w != "founded" && w != "co-founded" && w != "cofounded" {
		return -1
	}
	m := c.s.ments[j]
	end := c.openingEnd()
	if end < 0 || m.b > end || c.skipTo(0, "by", m.a) < 0 {
		return -1
	}
	s := c.openingSubject(0)
	if s < 0 {
		return -1
	}
	return c.s.ments[s].ent
}

// inOpeningClause: a time inside an opening clause dates only facts read in it
// ("Founded in 2023, X sells to Y": the sale is not dated 2023).
func (c *ctx) inOpeningClause(t timex, k int) bool {
	end := c.openingEnd()
	return end >= 0 && t.b <= end && k > end
}

// openingAgents: the organisations named from mention first up to the
// comma that closes the opening clause ("Backed by A and B, X").
func (c *ctx) openingAgents(first, end int) []mention {
	var out []mention
	for _, m := range c.s.ments[first:] {
		if m.b > end {
			break
		}
		if c.typ(m) == org {
			out = append(out, m)
		}
	}
	return out
}
