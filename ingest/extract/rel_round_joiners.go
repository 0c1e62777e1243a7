package extract

import "github.com/cigraph/cigraph/graph"

// Round members named without a lead: "New investors A, B and C also
// joined", "Other backers include A and B", "Its investors include A".
// Each invests in the company whose round was reported just before (or in
// the possessor of the backer noun); no amount is any one member's.

// backerNouns name the holders of a company's equity.
var backerNouns = set("backers", "investors", "shareholders", "funders")

// joinedAsBacker: "joined" ending its clause or followed by the round.
func (c *ctx) joinedAsBacker(k int) {
	switch w := c.w(k + 1); {
	case w == "." || w == "," || w == "" || w == "in" && roundNouns[c.w(k+3)]:
	case w == "the" && roundNouns[c.w(k+2)]:
	default:
		return // "joined the board", "joined forces with"
	}
	target, when := c.roundOf()
	if target >= 0 {
		c.addMembers(c.roundInvestors(k), target, when) // rel_round.go
	}
}

// roundOf: the company whose round was reported last (an investment
// fact, else a raise verb of this or the two sentences before).
func (c *ctx) roundOf() (int, string) {
	if target, when := c.recentInvestee(); target >= 0 {
		return target, when
	}
	return c.roundTarget(len(c.toks)) // rel_funding.go
}

func (c *ctx) addMembers(ms []mention, target int, when string) {
	for _, m := range ms {
		if m.ent != target && c.typ(m) == graph.Org {
			c.add(fact{typ: graph.InvestsIn, subj: m.ent, obj: target, time: when, confidence: 0.7})
		}
	}
}

// backersInclude: "Other backers include A, B and C".
func (c *ctx) backersInclude(k int) {
	if !backerNouns[c.w(k-1)] {
		return
	}
	target, when := c.roundOf()
	if p := c.possessorBefore(k-1, 3); p >= 0 {
		target, when = c.s.ments[p].ent, ""
	}
	j := c.nextMention(k+1, 2, false, org)
	if target < 0 || j < 0 {
		return
	}
	c.addMembers(c.listFrom(j), target, when)
}
