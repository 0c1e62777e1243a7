package extract

import "github.com/cigraph/cigraph/graph"

// "Take over" as a purchase: "Coupang agreed to take over Farfetch",
// "it took over the business of Farfetch". A person taking over a role
// ("took over as chief executive") or a company's task ("took over the
// deliveries") names no company after "over".

// takeOverWords stand before "over" in the phrasal verb.
var takeOverWords = set("take", "takes", "took", "taking", "taken")

// businessOf may stand between "over" and the company bought.
var businessOf = set("business", "businesses", "operations", "company")

// takeOver reads the frame at "over" (k).
func (c *ctx) takeOver(k int) {
	if !takeOverWords[c.w(k-1)] || c.hedge {
		return
	}
	x := k + 1
	if c.w(x) == "the" && businessOf[c.w(x+1)] && c.w(x+2) == "of" {
		x += 3
	}
	j := c.mentionAt(x)
	if j < 0 || c.typ(c.s.ments[j]) != org || c.s.ments[j].poss || c.s.ments[j].ref {
		return
	}
	subj := c.subjectBefore(k-1, org)
	if subj < 0 || c.hedged(c.s.ments[subj].b, k) {
		return
	}
	c.add(fact{typ: graph.Acquires, subj: c.s.ments[subj].ent, obj: c.s.ments[j].ent,
		amount: c.priceAfter(c.s.ments[j].b), time: c.timeNear(k, 0, len(c.toks)),
		status: c.statusAt(k - 1), confidence: 0.7})
}

// priceAfter returns the amount of "for $N" right after token b ("took
// over Cerner for $28.3 billion"), else nil: another amount in the
// sentence ("and to lend it $500 million") is no price.
func (c *ctx) priceAfter(b int) *graph.Amount {
	if c.w(b) != "for" {
		return nil
	}
	for _, m := range c.money {
		if m.a == b+1 || m.a == b+2 && qualifierWords[c.w(b+1)] != "" {
			return c.onceAmount(c.st.newAmount(m.amt))
		}
	}
	return nil
}
