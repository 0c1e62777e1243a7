package extract

import "github.com/cigraph/cigraph/graph"

// "the investments by Amazon, Google and Microsoft in AI startups, and the
// regulator reviewed Amazon's stake in Anthropic": a stake with its own
// possessor belongs to that possessor alone, not to a list named earlier
// in the sentence (coInvestors).

// ownStake: a possessive name or "its" stands right before the stake
// word at k (perhaps with one adjective: "Amazon's minority stake").
func (c *ctx) ownStake(k int) bool {
	for x := k - 1; x >= 0 && x >= k-2; x-- {
		if c.w(x) == "'s" || c.w(x) == "its" || c.w(x) == "their" {
			return true
		}
	}
	return false
}

// stakeHolder returns the possessor of "X's stake" at k (an organisation
// named right before it), else -1: the holder, not the nearest plain
// name before it, invests.
func (c *ctx) stakeHolder(k int) int {
	if c.w(k) != "stake" || c.w(k-1) != "'s" && c.w(k-2) != "'s" {
		return -1
	}
	if p := c.possessorBefore(k, 3); p >= 0 && c.typ(c.s.ments[p]) == org {
		return p
	}
	return -1
}

// joinWordsRound say the subject took part in a round: "A and B took
// part in a round led by C" names co-investors, not the company raising.
var joinWordsRound = set("part", "participated", "joined", "joining", "participating", "invested")

// roundJoiner: between the subject mention subj and the verb at k the
// subject is said to take part in the round.
func (c *ctx) roundJoiner(subj, k int) bool {
	for x := c.s.ments[subj].b; x < k; x++ {
		if joinWordsRound[c.w(x)] {
			return true
		}
	}
	return false
}

// investedInRound: "Nvidia and Salesforce also invested in that round" —
// the round is the one just reported, so its company is the investee of
// the latest investment read in the last three sentences; each listed
// subject invests, dated like that round. It reports a match.
func (c *ctx) investedInRound(k, in int) bool {
	d := in + 1
	if w := c.w(d); w != "that" && w != "the" && w != "this" {
		return false
	}
	if c.w(d+1) != "round" && c.w(d+2) != "round" {
		return false
	}
	facts := c.st.facts
	for j := len(facts) - 1; j >= 0 && facts[j].sent >= c.si-3; j-- {
		if f := facts[j]; f.typ == graph.InvestsIn && f.sent < c.si {
			for _, m := range c.subjects(k) {
				c.add(fact{typ: graph.InvestsIn, subj: m.ent, obj: f.obj, time: firstNonEmpty(c.timeNear(k, 0, len(c.toks)), f.time),
					status: c.statusAt(k), confidence: 0.7})
			}
			return true
		}
	}
	return false
}

// describedAgent: "owned by the Chinese company ByteDance", "backed by
// the chipmaker Nvidia" — the agent after a description of it (at most
// six words ending in a company noun, describedAfter) or after the sum it
// gave ("backed by $13 billion from Microsoft"); else -1.
func (c *ctx) describedAgent(k int) int {
	for _, m := range c.money {
		if m.a == k+2 && c.w(m.b) == "from" && c.w(k) == "backed" {
			return c.nextMention(m.b+1, 2, false, org) // "backed by $13 billion from Microsoft"
		}
	}
	j := c.nextMention(k+2, 7, false, org)
	if j < 0 || !c.describedAfter(k+2, c.s.ments[j].a) { // rel_phrases.go
		return -1
	}
	return j
}
