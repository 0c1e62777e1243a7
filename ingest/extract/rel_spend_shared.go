package extract

import (
	"strings"

	"github.com/cigraph/cigraph/graph"
)

// sharedSpend: "Unilever spends $8 billion a year on advertising, with
// Google and Meta taking the biggest share" — a "with" after a comma that
// names companies and then a participle is no "spend $N with Y" (the
// vendor paid the whole sum): each company is a supplier of the spender,
// and none is given the amount, which they share. It reports whether it
// read the phrase.
func (c *ctx) sharedSpend(k, with, vendor int) bool {
	if c.w(with-1) != "," {
		return false
	}
	l := c.listFrom(vendor)
	if len(l) == 0 {
		return false
	}
	if !strings.HasSuffix(c.w(l[len(l)-1].b), "ing") {
		return false
	}
	subj := c.subjectBefore(k, org)
	if subj < 0 || c.hedged(c.s.ments[subj].b, k) || c.personalSubject(c.s.ments[subj].b, k) { // coref_subject2.go
		return true
	}
	for _, m := range l {
		if c.typ(m) == org && m.ent != c.s.ments[subj].ent {
			c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[subj].ent, obj: m.ent,
				time: c.timeNear(k, 0, len(c.toks)), status: c.spendStatus(k), confidence: 0.75}) // rel_spend_status.go
		}
	}
	return true
}
