package extract

// challengeNoun: "X launched Y, ..., in a direct challenge to Z" — the
// phrase is a purpose like "meant to rival Z"; its first token, or -1. A
// legal or regulatory challenge is no rivalry.
func (c *ctx) challengeNoun(k int) int {
	y := k - 1
	if c.w(y) == "direct" || c.w(y) == "head-on" || c.w(y) == "fresh" || c.w(y) == "new" {
		y--
	}
	if c.w(y) == "a" && c.w(y-1) == "in" {
		return y - 1
	}
	return -1
}
