package extract

import "strings"

// A buying verb in a gerund phrase after a preposition — "its biggest deal
// since buying Slack", "after acquiring Y", "without buying Y" — has the
// sentence's subject as its own, not the company named last.

// gerundPreps open such a phrase.
var gerundPreps = set("since", "after", "before", "without", "by", "including", "besides", "while", "from")

// gerundAfterPrep: the verb at k is an "-ing" form right after a gerundPreps word.
func (c *ctx) gerundAfterPrep(k int) bool {
	return k > 0 && strings.HasSuffix(c.w(k), "ing") && gerundGate.in(gerundPreps, c.w(k-1))
}

// gerundAside: "Salesforce, after buying Slack for $27.7 billion in 2021,
// agreed to acquire Informatica" — the subject found before the verb k
// (subj) sits in an aside opened by ", after V-ing" and closed by a comma
// before k. It returns the subject before the aside and the aside's
// closing comma, else subj and -1.
func (c *ctx) gerundAside(subj, k int) (int, int) {
	a := c.s.ments[subj].a
	for x := a - 1; x >= 2 && x >= a-3; x-- {
		if !gerundGate.in(gerundPreps, c.w(x)) || !strings.HasSuffix(c.w(x+1), "ing") || c.w(x-1) != "," {
			continue
		}
		for y := c.s.ments[subj].b; y < k; y++ {
			if c.w(y) == "," {
				if s := c.subjectBefore(x-1, org); s >= 0 {
					return s, y
				}
				return subj, -1
			}
		}
		return subj, -1
	}
	return subj, -1
}
