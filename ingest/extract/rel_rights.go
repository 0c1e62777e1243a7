package extract

import "github.com/cigraph/cigraph/graph"

// Media rights and advertising bought from a named seller.
// "Amazon paid about $1 billion a year for the rights to Thursday night NFL
// games", "ESPN will pay $2.6 billion a year for NBA rights": the payer is
// a customer of the league or studio that sells the rights. "Shein spent
// about $1 billion on Meta ads": an advertiser is a customer of the
// platform it buys ads on.

// rightsQualifiers may stand between "for the" and "rights".
var rightsQualifiers = set("the", "media", "broadcast", "broadcasting", "streaming", "tv", "television", "digital",
	"exclusive", "global", "national", "international", "u.s.", "domestic", "'s", "to", "of",
	"sunday", "monday", "thursday", "saturday", "night", "playoff", "regular-season", "postseason", "live", "weekly") // "for Thursday night NFL games"

// adNouns after a platform's name say ads bought on it ("Meta ads").
var adNouns = set("ads", "ad", "advertising", "adverts", "advertisements", "platforms", "apps")

// paidForRights reads "X paid $N for [the ...] [Y] rights [to Y's games]"
// at the paying verb k; it reports whether a fact was read.
func (c *ctx) paidForRights(k int) bool {
	r := c.skipTo(k, "rights", 14)
	if r < 0 {
		r = c.gamesNoun(k) // rel_rights_games.go: "pay $10 billion a year for NFL games"
	}
	if r < 0 || c.hedge || c.nextMention(k+1, 2, false, org) >= 0 { // "pays Y $N": Y is the payee
		return false
	}
	f := c.skipTo(k, "for", r-k)
	if f < 0 {
		return false
	}
	seller := -1
	for x := f + 1; x < r; x++ { // "for the NFL's rights", "for NBA rights"
		if j := c.mentionAt(x); j >= 0 {
			if c.typ(c.s.ments[j]) == org {
				seller = j
			}
			x = c.s.ments[j].b - 1 // "the NFL's Sunday Ticket rights"
		} else if !rightsQualifiers[c.w(x)] && c.toks[x].kind == tWord {
			return false
		}
	}
	if seller < 0 && (c.w(r+1) == "to" || c.w(r+1) == "for") {
		seller = c.nextMention(r+2, 6, false, org) // "the rights to Thursday night NFL games"
	}
	if seller < 0 {
		return false
	}
	amt := c.moneyNear(k, k, f)
	payers := c.subjects(k)
	if len(payers) > 1 {
		amt = nil // "A, B and C together pay $10 billion": no one payer's sum
	}
	for _, m := range payers {
		if c.typ(m) != org || m.ent == c.s.ments[seller].ent || c.hedged(m.b, k) || !c.st.named(m) {
			continue
		}
		c.add(fact{typ: graph.CustomerOf, subj: m.ent, obj: c.s.ments[seller].ent, amount: amt,
			time: c.timeNear(k, 0, f), status: c.statusAt(k), confidence: 0.75}) // not "Thursday night games"
	}
	return true
}

// adSeller reads the ad platform after "on" at a: "Meta ads", "Meta's
// platforms", "ads on Meta", "advertising with Google"; else -1.
func (c *ctx) adSeller(a int) int {
	if j := c.mentionAt(a); j >= 0 {
		m := c.s.ments[j]
		if b := m.b; c.typ(m) == org && (adNouns[c.w(b)] || c.w(b) == "'s" && adNouns[c.w(b+1)]) {
			return j
		}
		return -1
	}
	if w := c.w(a); (w == "ads" || w == "advertising" || w == "advertisements") && (c.w(a+1) == "on" || c.w(a+1) == "with" || c.w(a+1) == "across") {
		return c.nextMention(a+2, 2, false, org)
	}
	return -1
}
