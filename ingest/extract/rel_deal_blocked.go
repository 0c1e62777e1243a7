package extract

import "github.com/cigraph/cigraph/graph"

// "A federal judge on Tuesday blocked Kroger's proposed $24.6 billion
// takeover of Albertsons": a blocking verb that governs the deal noun says
// the takeover did not happen (dropFailedDeals reads the fail word after
// the noun: "the deal was blocked").

// dropBlockedDeals removes the takeovers the current sentence added
// (facts from n on) when a blocking verb governs a deal noun. Most
// sentences add no takeover, so the tokens are read only for those that do.
func (c *ctx) dropBlockedDeals(n int) {
	for i := n; i < len(c.st.facts); i++ {
		if c.st.facts[i].typ == graph.Acquires && c.st.facts[i].status != graph.StatusFormer {
			if c.blockedDealNoun() || c.offerThenRejected() { // rel_deal_agreement.go
				c.st.facts = c.st.dropTakeovers(c.st.facts, n)
			}
			return
		}
	}
}

// blockedDealNoun: a blocking verb followed within ten tokens of its
// clause by a deal noun ("blocked the merger", "rejected X's bid for Y").
func (c *ctx) blockedDealNoun() bool {
	for x := range c.toks {
		if !blockVerb(c.toks[x].low) {
			continue
		}
		for j := x + 1; j < len(c.toks) && j <= x+10; j++ {
			w := c.toks[j].low
			if w == "," || w == ";" {
				break
			}
			if failableGate.may(w) && failableDeals[w] || w == "bid" {
				return true
			}
		}
	}
	return false
}

// blockVerb: verbs by which a court, regulator or board stops a deal.
func blockVerb(w string) bool {
	switch w {
	case "blocked", "blocks", "block", "blocking", "rejected", "rejects", "vetoed", "scuttled", "thwarted",
		"torpedoed", "derailed", "halted", "prohibited", "enjoined", "scrapped", "abandoned", "terminated",
		"bars", "barred", "prevents", "prevented", "precludes", "forbids": // "bars it from making a bid for Y"
		return true
	}
	return false
}

// dropTakeovers drops the current and planned takeovers among facts[n:],
// in place; the parties stay entities of the story (as in keepDone).
func (st *state) dropTakeovers(facts []fact, n int) []fact {
	out := facts[:n]
	for _, f := range facts[n:] {
		if f.typ != graph.Acquires || f.status == graph.StatusFormer {
			out = append(out, f)
			continue
		}
		st.ents[f.subj].cued, st.ents[f.obj].cued = true, true
	}
	return out
}

// rejectedOffer: "GSK rejected three takeover offers from Unilever, the
// largest of which valued it at £50 billion" — a value only a rejected
// offer put on a company is no valuation of it.
func (c *ctx) rejectedOffer() bool {
	rejected, offer := false, false
	for x := range c.toks {
		switch c.toks[x].low {
		case "rejected", "rebuffed", "spurned", "turned":
			rejected = true
		case "offer", "offers", "bid", "bids", "approach", "approaches", "proposal", "proposals":
			offer = true
		}
	}
	return rejected && offer
}
