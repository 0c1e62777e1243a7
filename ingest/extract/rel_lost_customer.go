package extract

import "github.com/cigraph/cigraph/graph"

// Lost customers: "Intel lost Apple as a customer in 2020", "its biggest
// customers had included Qualcomm" — a tie that has ended, status former.

// lostVerbs end a supply tie before "X as a customer".
var lostVerbs = set("lost", "loses", "losing", "lose")

// lostCustomer: the lost verb at x, the customer mention cust, the
// customer noun at k; the seller is the subject of the verb.
func (c *ctx) lostCustomer(x, cust, k int) {
	sup := c.subjectBefore(x, org)
	if sup < 0 || c.hedged(c.s.ments[sup].b, x) {
		return
	}
	c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[cust].ent, obj: c.s.ments[sup].ent, confidence: 0.75,
		time: c.timeNear(k, 0, len(c.toks)), status: graph.StatusFormer})
}

// addIncluded adds a customer of a list after "included": a former one
// after "had included", else as addCustomer reads it.
func (c *ctx) addIncluded(cust, sup, k int, had bool) {
	if !had {
		c.addCustomer(cust, sup, k, 0.8)
		return
	}
	c.add(fact{typ: graph.CustomerOf, subj: cust, obj: sup, confidence: 0.75,
		time: c.timeNear(k, 0, len(c.toks)), status: graph.StatusFormer})
}

// perfectIncluded: the present perfect "have included" at x ("its biggest
// customers have included Apple"): a list that still holds, read like
// "include".
func (c *ctx) perfectIncluded(x int) bool {
	w := c.w(x)
	return (w == "have" || w == "has") && c.w(x+1) == "included"
}
