package extract

// Talks about a deal are no deal: "Google has held talks with X about
// renting its GPUs", "Y is in talks with Z about using its models". The
// verb after "about" sits far from the hedge word, beyond the few tokens
// hedged reads before a verb, so the frame is matched here.

var talkNouns = set("talks", "talk", "discussions", "negotiations", "conversations")

// talksAbout reports a talk noun shortly before an "about"/"over" that
// opens the phrase holding the verb at k.
func (c *ctx) talksAbout(k int) bool {
	for j := k - 1; j > 0 && j >= k-4; j-- {
		if w := c.w(j); w != "about" && w != "over" {
			continue
		}
		for i := j - 1; i >= 0 && i >= j-5; i-- {
			if talkGate.in(talkNouns, c.w(i)) {
				return true
			}
		}
	}
	return false
}

// talkedValuation: "X is in talks to raise $500 million at a valuation of
// roughly $5 billion" — a valuation still being negotiated is no figure
// (talks are not facts). A talk noun stands before k in the same clause.
func (c *ctx) talkedValuation(k int) bool {
	for j := k - 1; j >= 0 && j >= k-16; j-- {
		if w := c.w(j); w == ";" || w == "." {
			return false
		}
		if talkGate.in(talkNouns, c.w(j)) {
			return true
		}
	}
	return false
}
