package extract

// "Michael Shepherd is serving as its interim chief executive", "X serves
// as Y's chief financial officer", "X was named Y's chief executive": verb
// phrases that state a title as a copula does (titleCopula).

// servesAs returns the token after such a phrase starting at x, else x.
func (c *ctx) servesAs(x int) int {
	y := x
	switch c.w(y) {
	case "is", "was", "has", "will", "had":
		y++
		if c.w(y) == "been" || c.w(y) == "be" {
			y++
		}
	}
	switch c.w(y) {
	case "serving", "serves", "served", "serve", "acting", "acts":
		if c.w(y+1) == "as" {
			return y + 2
		}
	case "named", "appointed":
		if y > x && c.w(y+1) != "as" && c.w(y+1) != "by" {
			return y + 1 // "was named Y's CEO"; "named as" is titleAfter's
		}
	}
	return x
}
