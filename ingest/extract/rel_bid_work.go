package extract

// Bids for work: "Palantir lost a bid for a similar contract at Albertsons
// to Databricks", "a bid for the Pentagon's cloud work": the bid is for a
// contract at the named company, not for the company itself.

// bidWork are the things bid for that are no company.
var bidWork = set("contract", "contracts", "work", "tender", "order", "orders", "project", "projects",
	"license", "licence", "licenses", "spectrum", "rights", "account", "business", "deal")

// bidForWork: a word of bidWork stands between "for" at p and the
// object mention obj.
func (c *ctx) bidForWork(p, obj int) bool {
	for x := p + 1; x < c.s.ments[obj].a; x++ {
		if bidWork[c.w(x)] {
			return true
		}
	}
	return false
}
