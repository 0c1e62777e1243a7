package extract

import "github.com/cigraph/cigraph/graph"

// "the fees it now pays Visa and Mastercard": every company of the list
// after the pay verb is paid, not only the first (pays reads that one,
// with the amount; a shared amount is no single payee's, so the others
// get none).

// morePayees adds the customer facts of the payees listed after obj.
func (c *ctx) morePayees(k, obj int) {
	if c.s.ments[obj].a != k+1 {
		return // "pays a fee to X": payTo and payToList read those
	}
	l := c.listFrom(obj)
	for _, p := range l[min(1, len(l)):] {
		if c.typ(p) != org || p.ref {
			continue
		}
		for _, m := range c.subjects(k) {
			if !c.hedged(m.b, k) && m.ent != p.ent {
				c.add(fact{typ: graph.CustomerOf, subj: m.ent, obj: p.ent, time: c.timeNear(k, 0, len(c.toks)), confidence: 0.8})
			}
		}
	}
}
