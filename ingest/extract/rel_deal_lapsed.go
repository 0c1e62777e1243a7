package extract

import "github.com/cigraph/cigraph/graph"

// Agreements that the same sentence says have run out: "Universal Music's
// licensing deal with TikTok lapsed in February", "the carriage agreement
// between DirecTV and Nexstar expired". The tie they state is a former one
// (a dispute or a lapsed deal is no current tie). And bids that lost:
// "Comcast had also bid for Sky but lost out" states no takeover.

// lapseWords say an agreement has ended ("expires" is still to come).
var lapseWords = set("expired", "lapsed", "ended", "terminated", "collapsed", "dissolved",
	"scrapped", "abandoned", "disbanded", "unwound", "shuttered", "canceled", "cancelled") // "the venture, which was scrapped"

// tieNouns name the standing agreements a lapse word may follow.
var tieNouns = set("deal", "deals", "agreement", "agreements", "contract", "contracts", "pact", "partnership",
	"arrangement", "accord", "license", "licence", "venture", "ventures", "alliance",
	"collaboration", "collaborations", "partnerships", "alliances") // "ended its collaboration with Y"

// renewWords mark a sentence that also reports a new agreement: "signed a
// new deal after the old one expired" — its tie stands.
var renewWords = set("new", "renewed", "renew", "renews", "extended", "extends", "reached", "replaced", "replacing")

// lapsedTies marks the current partnerships and customer ties that the
// current sentence added (facts from n on) as former when a tie noun is
// followed in its clause by a lapse word, or follows an end verb. Both
// kinds of word are frame triggers, so frames has noted one (tieEnd)
// before the tokens are read.
func (c *ctx) lapsedTies(n int) {
	if !c.tieEnd {
		return
	}
	facts := c.st.facts
	for i := n; i < len(facts); i++ {
		if f := facts[i]; (f.typ == graph.PartnersWith || f.typ == graph.CustomerOf || f.typ == graph.InvestsIn) && f.status == graph.StatusCurrent {
			if ok, v := c.tieLapsed(); ok {
				c.formerTiesOf(n, -1)
				c.formerVentureStakes(n, v) // rel_venture_ended.go
			} else if e := c.endedTieParty(); e >= 0 {
				c.formerTiesOf(n, e)
			}
			return
		}
	}
}

// tieLapsed: "deal with TikTok lapsed", "the joint venture with Disney,
// which was scrapped", with no renewal in the sentence. It also returns
// the token of a lapsed venture noun (else -1). Few sentences hold a
// lapse word: one gated pass looks for it first.
func (c *ctx) tieLapsed() (bool, int) {
	if !c.anyLapseWord() {
		return false, -1
	}
	lapsed, venture := false, -1
	for k := range c.toks {
		w := c.toks[k].low
		if renewWords[w] {
			return false, -1
		}
		if lapsed || !tieNouns[w] {
			continue
		}
		for j := k + 1; j < len(c.toks) && j <= k+8; j++ {
			x := c.toks[j].low
			if x == "," && (c.w(j+1) == "which" || c.w(j+1) == "that") {
				continue // a relative clause on the tie: ", which was scrapped"
			}
			if x == "," || x == ";" || x == "but" || j > k+5 && !lapseRelWords[x] && !lapseWords[x] {
				break
			}
			if lapseWords[x] {
				lapsed = true
				if w == "venture" || w == "ventures" {
					venture = k
				}
				break
			}
		}
	}
	return lapsed, venture
}

// anyLapseWord: some token is a lapse word (tieLapsed needs one).
func (c *ctx) anyLapseWord() bool {
	for k := range c.toks {
		if w := c.toks[k].low; lapseGate.may(w) && lapseWords[w] {
			return true
		}
	}
	return false
}

// endedTieVerbs end or lose an agreement named after them: "Kohl's
// ended its partnership with Sephora", "Affirm lost its deal with the
// retailer", "terminated the delivery contract".
var endedTieVerbs = set("ended", "ends", "terminated", "terminates", "scrapped", "scraps", "dissolved",
	"exited", "quit", "lost", "loses", "cancelled", "canceled", "severed", "dropped", "ditched")

// endedTieParty returns the entity whose tie an end verb ended ("Kohl's
// ended its partnership with Sephora" -> Kohl's), or -1. Only that
// party's ties turn former: "Klarna counts Walmart as a partner, after
// Affirm lost its deal with the retailer" leaves Klarna's tie standing.
func (c *ctx) endedTieParty() int {
	for k := range c.toks {
		if w := c.toks[k].low; tieGate.may(w) && tieNouns[w] { // (asked of every sentence with a tie)
			if j := c.tieEndedBefore(k); j >= 0 {
				if s := c.subjectBefore(j, org); s >= 0 {
					return c.s.ments[s].ent
				}
			}
		}
	}
	return -1
}

// tieEndedBefore returns the end verb standing at most four words before
// the tie noun at k, in the same clause, that is no plan ("will end its
// deal", "plans to exit the contract": the tie stands until then), or -1.
func (c *ctx) tieEndedBefore(k int) int {
	if c.w(k+1) == "to" {
		return -1 // "lost the USPS contract to UPS": the winner's tie stands (rel_contract_holder.go)
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		w := c.toks[j].low
		if w == "," || w == "with" || w == "and" || w == ";" {
			return -1
		}
		if endedTieVerbs[w] && c.statusAt(j) != graph.StatusPlanned {
			return j
		}
	}
	return -1
}

// formerTiesOf sets the current partnerships and customer ties among
// facts[n:] that entity e is a party of (every one when e < 0) to former.
func (c *ctx) formerTiesOf(n, e int) {
	for i := n; i < len(c.st.facts); i++ {
		f := &c.st.facts[i]
		if (e < 0 || f.subj == e || f.obj == e) && (f.typ == graph.PartnersWith || f.typ == graph.CustomerOf) && f.status == graph.StatusCurrent {
			f.status = graph.StatusFormer
		}
	}
}

// bidLost: the sentence of a bid says the bidder lost ("bid for Sky but
// lost out", "its losing bid for Paramount").
func (c *ctx) bidLost() bool {
	for k := range c.toks {
		if w := c.toks[k].low; lostGate.in(lostVerbs, w) { // rel_lost_customer.go
			return true
		}
	}
	return false
}
