package extract

// Licences. "X licenses its technology to Y" and "Y licenses X's patents"
// make the licensee a customer (rel_phrases.go licenseTo, buyFrom); "Y
// makes the chips under a licence from X" is buyFrom's "from" with the
// British noun (licenceNouns, fFrom). A licensing agreement "with" the
// other party says nothing of who pays whom: the two partner, as in "a
// co-development and licensing agreement with Y" (jointDeal).

// outLicenseVerbs grant a licence to the party after "to" ("Akeso
// out-licensed the drug to Summit"), as "licensed ... to" does (licenseTo);
// "in-licensed ... from Y" is a fromVerbs word (rel_frames.go).
var outLicenseVerbs = set("out-license", "out-licenses", "out-licensed", "out-licensing")

// licenceNouns are the British spellings of the noun.
var licenceNouns = set("licence", "licences")

// licensingWords before an agreement noun make it a licensing deal.
var licensingWords = set("licensing", "licencing", "cross-licensing", "cross-licencing", "license", "licence", "patent-licensing")

// licensingDeal: "X signed a licensing agreement with Y" -> X partners
// with Y; it reports whether the frame matched.
func (c *ctx) licensingDeal(k int) bool {
	if !licensingWord(c.w(k-1)) && !licensingWord(c.w(k-2)) {
		return false
	}
	if c.partnerDealWith(k, 0.7) { // rel_more3.go
		return true
	}
	if !c.hedge && c.skipTo(k, "with", 1) < 0 && c.formedBefore(k) { // rel_breadth.go
		c.listPartners(k) // "Disney and OpenAI signed a licensing agreement"
	}
	return false
}

// licensingWord is licensingWords[w], gated (wordgate.go): every deal noun
// asks it of the two words before.
func licensingWord(w string) bool { return licensingGate.may(w) && licensingWords[w] }
