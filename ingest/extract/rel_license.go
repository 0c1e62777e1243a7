package extract

import "github.com/cigraph/cigraph/graph"

// Licences. "X licenses its technology to Y" and "Y licenses X's patents"
// make the licensee a customer (rel_phrases.go licenseTo, buyFrom); "Y
// makes the chips under a licence from X" is buyFrom's "from" with the
// British noun (licenceNouns, fFrom). A licensing agreement "with" the
// other party says nothing of who pays whom: the two partner, as in "a
// co-development and licensing agreement with Y" (jointDeal).

// licenceNouns are the British spellings of the noun.
var licenceNouns = set("licence", "licences")

// licensingWords before an agreement noun make it a licensing deal.
var licensingWords = set("licensing", "licencing", "cross-licensing", "cross-licencing", "license", "licence", "patent-licensing")

// licensingDeal: "X signed a licensing agreement with Y" -> X partners
// with Y; it reports whether the frame matched.
func (c *ctx) licensingDeal(k int) bool {
	if !licensingWords[c.w(k-1)] && !licensingWords[c.w(k-2)] {
		return false
	}
	with := c.skipTo(k, "with", 1)
	if with < 0 || c.hedge {
		return false
	}
	subj := c.dealParty(k)
	other := c.nextMention(with+1, 2, false, org)
	if subj < 0 || other < 0 || c.hedged(c.s.ments[subj].b, k) || c.pending(c.s.ments[subj].b, k) {
		return true
	}
	c.add(fact{typ: graph.PartnersWith, subj: c.s.ments[subj].ent, obj: c.s.ments[other].ent,
		time: c.timeNear(k, 0, len(c.toks)), confidence: 0.7})
	return true
}
