package extract

// Retail platform deals: "DoorDash signed a delivery deal with Dollar
// General", "Target's store-in-store agreement with Ulta Beauty", "a
// marketplace partnership with Walmart". A delivery, marketplace or
// store-in-store tie between a platform and a chain is a collaboration
// (PARTNERS_WITH): the text rarely says who pays whom. A "contract" is
// left to the supply frames ("a delivery contract with UPS" buys a
// service).

// retailDealWords name the kinds of retail platform deal.
var retailDealWords = set("delivery", "marketplace", "store-in-store", "shop-in-shop", "co-branded", "co-branding",
	"same-day", "on-demand", "instant-delivery", "checkout", "omnichannel")

// retailDeal: a retail kind word stands within three words before the
// deal noun at k ("a same-day delivery deal"), and "with Y" follows; it
// reports whether the frame matched.
func (c *ctx) retailDeal(k int) bool {
	if w := c.w(k); w == "contract" || w == "contracts" {
		return false
	}
	for x := k - 1; x >= 0 && x >= k-3; x-- {
		if retailDealGate.in(retailDealWords, c.w(x)) {
			return c.partnerDealWith(k, 0.75) // rel_more3.go
		}
		if c.toks[x].kind == tPunct && c.w(x) != "-" {
			return false
		}
	}
	return false
}
