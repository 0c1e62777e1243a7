package extract

// Ended ties named by a hedge verb: "Kroger terminated its partnership
// with Instacart", "Walmart scrapped its delivery deal with DoorDash". The
// verb is a hedge word (a scrapped takeover states no purchase), but before
// a standing tie "with" a party it ends a tie that held: the tie is read,
// and lapsedTies (rel_deal_lapsed.go) marks it former.

// tieEndHedges are the hedge words that also end a tie.
var tieEndHedges = set("terminated", "scrapped", "terminates", "scraps")

// endVerbOfTie: the hedge word at j ends a tie noun standing at most four
// words after it in the same clause, and the noun names its other party
// ("terminated its delivery contract with DoorDash"); a tie that names a
// deal to come ("terminated its agreement to buy Y") is no such tie.
func (c *ctx) endVerbOfTie(j int) bool {
	if !tieEndHedges[c.toks[j].low] {
		return false
	}
	for k := j + 1; k < len(c.toks) && k <= j+4; k++ {
		w := c.toks[k].low
		if c.toks[k].kind == tPunct || mergerNouns[w] {
			return false
		}
		if tieNouns[w] {
			return c.w(k+1) == "with"
		}
	}
	return false
}

// mergerNouns name a takeover whose agreement a hedge verb ends: no tie
// ("terminated its merger agreement with Spirit").
var mergerNouns = set("merger", "acquisition", "takeover", "buyout", "sale", "purchase")
