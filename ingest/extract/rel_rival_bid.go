package extract

// A rival bid: "Comcast made a rival bid for Paramount", "a competing offer
// for Warner Bros." — the rival is the other bidder, not the target named
// after the bid noun, so the rivalry word states no rivalry with it.

// bidNouns are offers for a company.
var bidNouns = set("bid", "bids", "offer", "offers", "proposal", "proposals", "approach", "tender")

// rivalBid: the rivalry word at k modifies a bid noun.
func (c *ctx) rivalBid(k int) bool {
	switch c.w(k) {
	case "rival", "competing":
		return bidNounGate.in(bidNouns, c.w(k+1)) || c.w(k+1) == "takeover" && bidNounGate.in(bidNouns, c.w(k+2))
	}
	return false
}
