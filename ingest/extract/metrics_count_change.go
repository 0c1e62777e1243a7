package extract

// Counts told as a change and a total: "Netflix added 19 million
// subscribers, bringing its total to 302 million". The added number is no
// count of customers; the total after "total to|of" is, when the sentence
// names the count noun (customerCounts' gate).

// countChangeWords before a number make it a change, not a count.
var countChangeWords = set("added", "adds", "adding", "gained", "gains", "lost", "loses", "losing", "shed", "sheds", "net")

// countChange: the number at k follows a change word.
func (c *ctx) countChange(k int) bool {
	return k > 0 && countChangeWords[c.w(k-1)]
}

// countTotal: the number at k follows "total to" or "total of" ("bringing
// its total to 302 million").
func (c *ctx) countTotal(k int) bool {
	return k > 1 && (c.w(k-1) == "to" || c.w(k-1) == "of") && c.w(k-2) == "total"
}
