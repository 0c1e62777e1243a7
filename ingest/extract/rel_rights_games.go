package extract

// Rights bought by what they show: "CBS, Fox, NBC and ESPN together pay
// about $10 billion a year for NFL games", "Amazon pays $1 billion for the
// Thursday night package" — the games, package or broadcasts stand for the
// rights to them (paidForRights, rel_rights.go, reads the rest).

// gamesNouns name what a broadcaster buys the rights to show.
var gamesNouns = set("games", "matches", "broadcasts", "telecasts", "package", "packages", "fixtures", "races", "tournaments")

// gamesNoun returns the games noun of "for [the] [Y] games" within 14 words
// after the pay verb k, else -1.
func (c *ctx) gamesNoun(k int) int {
	f := c.skipTo(k, "for", 10)
	if f < 0 {
		return -1
	}
	for x := f + 1; x < len(c.toks) && x <= f+6; x++ {
		if gamesGate.in(gamesNouns, c.w(x)) && !c.toks[x].cap { // not "Norvik Games", a name
			return x
		}
		if c.toks[x].kind == tPunct && c.w(x) != "'s" {
			return -1
		}
	}
	return -1
}
