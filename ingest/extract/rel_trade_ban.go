package extract

import "github.com/cigraph/cigraph/graph"

// Trade bans: "Applied Materials has been barred from selling equipment to
// SMIC", "Nvidia is banned from shipping its H20 to China" — an export
// control or a ban denies the sale; the named buyer is no customer.

// banVerbs put a seller under a ban before "from" + the selling verb.
var banVerbs = set("barred", "banned", "prohibited", "blocked", "restricted", "forbidden", "prevented", "stopped", "bars", "bans", "prohibits", "blocks")

// barredFrom: "barred from" (or "barred it from") ends within the words
// right before the verb at k ("has been barred from selling").
func (c *ctx) barredFrom(k int) bool {
	if c.w(k-1) != "from" {
		return false
	}
	return banVerbs[c.w(k-2)] || banVerbs[c.w(k-3)] && c.toks[k-2].kind == tWord && !c.toks[k-2].cap
}

// notYetSupplier: "is not yet a supplier of", "is not a supplier to" —
// a negation right before the supplier noun at k ("not yet a supplier").
func (c *ctx) notYetSupplier(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch c.w(j) {
		case "not", "n't", "never", "no":
			return true
		case ",", ";":
			return false
		}
	}
	return false
}

// placeBefore: the word right before the verb at k is a place ("Lam said
// China made up 37% of its revenue"): the share is a region's, no buyer's.
func (c *ctx) placeBefore(k int) bool {
	return k > 0 && c.toks[k-1].cap && c.st.lx.place[c.toks[k-1].s]
}

// endedAt is statusAt for the supply frame, which reads only an ended tie
// ("KLA stopped supplying YMTC", "no longer sells to Y"): its planned
// supplies ("said it would supply Y under a 15-year agreement") stay
// current, as they were.
func (c *ctx) endedAt(k int) string {
	if s := c.statusAt(k); s == graph.StatusFormer {
		return s
	}
	return ""
}
