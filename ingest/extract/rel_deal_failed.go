package extract

import "github.com/cigraph/cigraph/graph"

// Agreed deals that the same sentence says fell through: "In 2015 X agreed
// to buy Y for $54 billion, but the deal was blocked by a judge", "it
// agreed to sell Y to Z, but the deal collapsed in 2022". Like an abandoned
// bid (dealFailed in rel_hedge.go) they state no takeover.

// failableDeals name the deal a fail word may follow.
var failableDeals = set("deal", "merger", "takeover", "acquisition", "transaction", "purchase", "sale", "combination")

// dropFailedDeals removes the planned takeovers that the current sentence
// added (facts from n on) when it says the deal failed. Most sentences add
// no planned takeover, so the tokens are read only for those that do.
func (c *ctx) dropFailedDeals(n int) {
	facts := c.st.facts
	for i := n; i < len(facts); i++ {
		if facts[i].typ == graph.Acquires && facts[i].status == graph.StatusPlanned {
			if c.dealNounFailed() {
				c.st.facts = c.st.keepDone(facts, n)
			}
			return
		}
	}
}

// dealNounFailed: a deal noun followed, within its clause and four words,
// by a fail word ("the deal was blocked", "the merger collapsed").
func (c *ctx) dealNounFailed() bool {
	if c.s.sum.cls&wRareCue == 0 {
		return false // no fail word in the sentence (wRareCue marks failWords)
	}
	for k := range c.toks {
		if w := c.toks[k].low; !failableGate.may(w) || !failableDeals[w] { // wordgate.go
			continue
		}
		for j := k + 1; j < len(c.toks) && j <= k+4; j++ {
			w := c.toks[j].low
			if w == "," || w == ";" {
				break
			}
			if failGate.may(w) && failWords[w] { // wordgate.go
				return true
			}
		}
	}
	return false
}

// keepDone drops the planned takeovers among facts[n:], in place. The
// parties stay entities of the story: the deal frame named them as
// companies, though no fact uses them now.
func (st *state) keepDone(facts []fact, n int) []fact {
	out := facts[:n]
	for _, f := range facts[n:] {
		if f.typ != graph.Acquires || f.status != graph.StatusPlanned {
			out = append(out, f)
			continue
		}
		st.ents[f.subj].cued, st.ents[f.obj].cued = true, true
	}
	return out
}
