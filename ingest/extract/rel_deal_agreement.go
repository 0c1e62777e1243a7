package extract

import "github.com/cigraph/cigraph/graph"

// Takeovers that a deal noun before "to" announces: "entered into an
// agreement to acquire Y", "launched a tender offer to buy Y", "made an
// offer to buy Y" — the purchase is still to come, so the takeover is
// planned, unless a completion verb governs the noun ("completed its
// deal to acquire Y").

// toDealNouns name the agreements and offers that precede "to acquire".
var toDealNouns = set("agreement", "deal", "offer", "bid", "proposal", "pact")

// doneDealVerbs complete the agreement named after them.
var doneDealVerbs = set("completed", "completes", "closed", "closes", "finalized", "finalised", "consummated")

// dealNounStatus returns planned for the acquisition verb at k when a deal
// noun stands just before its "to" ("an agreement to acquire"), else status.
func (c *ctx) dealNounStatus(k int, status string) string {
	if status != graph.StatusCurrent || k < 2 || c.w(k-1) != "to" || !toDealNouns[c.w(k-2)] {
		return status
	}
	for j := k - 3; j >= 0 && j >= k-6; j-- {
		if doneDealVerbs[c.toks[j].low] {
			return status // "closed its deal to buy Y": done
		}
	}
	return graph.StatusPlanned
}

// offerThenRejected: an offer noun followed later in the sentence by a
// refusal ("made an offer to buy Y for $7 a share, which Y rejected",
// "bid for Y, but Y's board rebuffed it"): the refused offer is no
// takeover. The tokens are read only for sentences that added one.
func (c *ctx) offerThenRejected() bool {
	offer := false
	for k := range c.toks {
		switch c.toks[k].low {
		case "offer", "offers", "bid", "bids", "proposal", "proposals", "approach":
			offer = true
		case "rejected", "rebuffed", "spurned", "declined":
			if offer {
				return true
			}
		}
	}
	return false
}
