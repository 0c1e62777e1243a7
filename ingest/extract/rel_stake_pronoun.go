package extract

// Pronouns for a stake: in "Berkshire held a stake in TSMC, which it sold
// within months of buying it" the bought "it" is the stake named before,
// not the company, so buying it is no acquisition.

// heldStakeWords name a holding before "in": "a stake in Y", "shares in Y".
var heldStakeWords = set("stake", "stakes", "shares", "holding", "holdings", "position")

// stakePronoun: the mention j is a pronoun whose company the sentence
// named earlier as the target of a stake ("a stake in Y").
func (c *ctx) stakePronoun(j int) bool {
	m := c.s.ments[j]
	if !m.ref || m.b != m.a+1 || c.w(m.a) != "it" {
		return false
	}
	for _, p := range c.s.ments[:j] {
		if p.ent == m.ent && !p.ref && p.a >= 2 && c.w(p.a-1) == "in" && heldStakeWords[c.w(p.a-2)] {
			return true
		}
	}
	return false
}
