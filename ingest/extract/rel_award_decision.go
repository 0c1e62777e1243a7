package extract

import "github.com/cigraph/cigraph/graph"

// An award named as a noun: "the Navy's decision to award the contract to
// Northrop Grumman". The one who decides (the possessor) awards, not the
// sentence subject; a protested decision is in dispute and makes no fact
// ("Boeing protested the Navy's decision to award ...").

// decisionNouns head "to award": "decision", "move".
var decisionNouns = set("decision", "decisions", "move", "choice")

// awardPlanNouns head an award not yet made: "the Navy's plan to award"
// (no fact: the contract is not yet the winner's).
var awardPlanNouns = set("plan", "plans", "intent", "intention", "intends", "proposal")

// protestWords contest the decision they govern: "protested", "challenged".
var protestWords = set("protested", "protests", "protest", "protesting", "challenged", "challenges",
	"challenging", "contested", "contests", "contesting", "appealed", "appeals", "appealing", "disputed", "disputes")

// awardDecision: the award at k follows "X's decision to"; it returns the
// decider (a mention index, -1: none, planned or contested) and whether it read
// the phrase.
func (c *ctx) awardDecision(k int) (int, bool) {
	if c.w(k-1) != "to" || !decisionNouns[c.w(k-2)] && !awardPlanNouns[c.w(k-2)] {
		return -1, false
	}
	if awardPlanNouns[c.w(k-2)] {
		return -1, true
	}
	for x := k - 3; x >= 0 && x >= k-10; x-- {
		if protestWords[c.w(x)] {
			return -1, true
		}
	}
	if c.w(k-3) != "'s" {
		return -1, true
	}
	return c.mentionEndingAt(k-3, []graph.EntityType{org}), true
}
