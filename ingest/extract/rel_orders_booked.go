package extract

import "github.com/cigraph/cigraph/graph"

// Orders a supplier reports: "X reported record orders in the quarter,
// driven by demand from Y" — the orders came in to X, so Y is the buyer,
// not X's supplier (the generic buy frame read it the wrong way round).

// reportedOrderWords before "orders" make it the noun of orders received.
var reportedOrderWords = set("record", "reported", "reports", "posted", "posts", "strong", "robust",
	"higher", "lower", "weaker", "stronger", "rising", "falling", "new", "fresh")

// ordersBooked reads the frame and reports whether it settled the sentence.
func (c *ctx) ordersBooked(k int) bool {
	if w := c.w(k); w != "orders" && w != "order" || !reportedOrderWords[c.w(k-1)] {
		return false
	}
	from := c.skipTo(k, "from", 14)
	if from < 0 || c.hedge {
		return true
	}
	cust := c.nextMention(from+1, 2, false, org)
	sup := c.subjectBefore(k, org)
	if cust < 0 || sup < 0 {
		return true
	}
	c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[cust].ent, obj: c.s.ments[sup].ent,
		time: c.timeNear(k, 0, len(c.toks)), confidence: 0.7})
	return true
}
