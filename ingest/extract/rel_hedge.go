package extract

// Conditional and failed deals: "If X buys Y, ...", "declined to say
// whether it would invest in Y", "X's bid for Y was rejected", "X's
// proposed takeover of Y collapsed" state no fact.

// conditionalBefore: the clause of the fact at k opens with "if",
// "unless" or "whether" — at the sentence start with no comma before k,
// or in the two words before the subject that ends at from.
func (c *ctx) conditionalBefore(from, k int) bool {
	for j := max(0, from-2); j < from; j++ {
		if w := c.w(j); w == "whether" || w == "if" {
			return true
		}
	}
	if w := c.w(0); w != "if" && w != "unless" && w != "whether" {
		return false
	}
	for j := 1; j < k; j++ {
		if c.w(j) == "," {
			return false
		}
	}
	return true
}

// failWords after a deal noun say the deal did not happen.
var failWords = set("rejected", "collapsed", "failed", "fell", "abandoned", "scrapped", "terminated",
	"blocked", "withdrawn", "withdrew", "dropped", "spurned", "rebuffed", "declined", "thwarted", "derailed")

// dealFailed: a fail word within eight words after the deal noun's object
// ("Qualcomm's bid for Intel was rejected").
func (c *ctx) dealFailed(obj int) bool {
	b := c.s.ments[obj].b
	for j := b; j < len(c.toks) && j < b+8; j++ {
		if failGate.in(failWords, c.w(j)) {
			return true
		}
		if c.w(j) == ";" || c.w(j) == "but" {
			return false
		}
	}
	return false
}

// ordersReceived: "received orders for Y's systems", "helped by orders for
// Y's chips" — orders that come in to the subject; it does not buy them.
func (c *ctx) ordersReceived(k int) bool {
	if w := c.w(k); w != "orders" && w != "order" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if w := c.w(j); receiveVerbs[w] || w == "by" {
			return true
		}
	}
	return false
}
