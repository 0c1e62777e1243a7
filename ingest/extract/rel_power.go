package extract

import (
	"strings"

	"github.com/cigraph/cigraph/graph"
)

// Power deals: "Constellation Energy signed a 20-year power purchase
// agreement with Microsoft", "Vistra signed a power supply agreement with
// Amazon", "Entergy Louisiana signed an electric service agreement with
// Meta". Either party may sign; the utility, generator or reactor
// developer sells the electricity and the other party buys it.

// powerWords modify a deal noun that buys electricity.
var powerWords = set("power", "electricity", "electric", "energy", "nuclear", "power-purchase", "power-supply",
	"electricity-supply", "energy-supply", "ppa", "ppas")

// powerHeads end the names of power sellers ("Talen Energy", "Kairos
// Power", "Georgia Power", "Xcel Energy").
var powerHeads = set("Energy", "Power", "Electric", "Utilities", "Renewables", "Renewable", "Nuclear", "Edison")

// powerDeal reads a power deal at the deal noun k whose seller is the
// other party than the grammatical buyer; it reports whether it added
// the facts (purchaseDeal reads the rest: the subject buys).
func (c *ctx) powerDeal(k int) bool {
	if !c.powerBefore(k) || c.hedge {
		return false
	}
	with := c.skipTo(k, "with", 2)
	if with < 0 {
		return false
	}
	first := c.nextMention(with+1, 3, false, org)
	subj := c.subjectBefore(k, org)
	if first < 0 || subj < 0 || c.hedged(c.s.ments[subj].b, k) {
		return false
	}
	seller := c.s.ments[subj].ent
	partners := c.listFrom(first)
	if !c.st.powerSeller(seller) {
		return false
	}
	for _, m := range partners {
		if c.typ(m) != org || c.st.powerSeller(m.ent) {
			return false // both sell power: who buys is not said
		}
	}
	// the deal's own price only: "a $1 billion power deal with Y", "with Y
	// worth $1 billion"; not the cost of the plant it powers
	amt := c.onceAmount(c.moneyNear(k, c.s.ments[subj].b, k))
	if amt == nil {
		if j := c.mentionAt(partners[len(partners)-1].a); j >= 0 {
			amt = c.worthAmount(j) // rel_supply.go
		}
	}
	if len(partners) > 1 {
		amt = nil // a combined value is no one buyer's
	}
	for _, m := range partners {
		c.add(fact{typ: graph.CustomerOf, subj: m.ent, obj: seller, amount: amt,
			time: c.timeNear(k, 0, len(c.toks)), confidence: 0.75})
	}
	return true
}

// powerBefore: a power word modifies the deal noun k, alone or before
// "purchase", "supply" or "service" ("power purchase agreement",
// "electric service agreement", "nuclear power deal").
func (c *ctx) powerBefore(k int) bool {
	for x := k - 1; x >= 0 && x >= k-3; x-- {
		w := c.w(x)
		if powerWordGate.in(powerWords, w) {
			return true
		}
		if w != "purchase" && w != "supply" && w != "service" && w != "sales" && w != "-" {
			return false
		}
	}
	return false
}

// powerSeller: the organisation sells electricity: a utility, generator
// or reactor developer (cue list powerseller) or a unit of one, or a company whose name
// ends in a power word ("Talen Energy"), unless it sells cloud computing
// ("Crusoe Energy").
func (st *state) powerSeller(e int) bool {
	x := &st.ents[e]
	name := x.name
	if x.lex >= 0 {
		name = st.lx.entries[x.lex].name
	}
	if st.lx.cue("powerseller", lowerASCII(name)) {
		return true
	}
	if x.lex < 0 && x.owner != "" && st.lx.cue("powerseller", lowerASCII(x.owner)) {
		return true // a utility's state unit: "Entergy Louisiana" (ner_composed_unit.go)
	}
	sp := strings.LastIndexByte(name, ' ')
	return sp > 0 && powerHeads[name[sp+1:]] && !st.cloudVendor(e)
}

// recipientTo returns the first "to" within n tokens after k that is no
// amount's "up to" ("supply Amazon with up to 1,920 megawatts"), or -1.
func (c *ctx) recipientTo(k, n int) int {
	for j := k + 1; j < len(c.toks) && j <= k+n; j++ {
		if subClauseWords[c.toks[j].low] {
			return -1 // "supplies Ford after the carmaker switched to Y": Y's "to" is another clause's
		}
		if c.toks[j].low == "to" && c.toks[j-1].low != "up" && c.toks[j-1].low != "according" { // not "up to 1,920 megawatts", "according to analysts at Y"
			return j
		}
	}
	return -1
}

// subClauseWords start a subordinate clause whose "to" is not the supply
// verb's: "after", "because", "while".
var subClauseWords = set("after", "before", "because", "while", "whereas", "although", "though", "until", "unless")

// leaseVerbs lease space out: "leased 100 megawatts of capacity at its
// Ashburn campus to Microsoft" puts a place between the goods and the
// tenant, so the tenant's "to" may come later than a buyer's.
var leaseVerbs = set("leased", "leases", "lease", "leasing")

// toWindow is how far after the supply verb k its "to" may stand.
func (c *ctx) toWindow(k int) int {
	if leaseGate.in(leaseVerbs, c.w(k)) {
		return 11
	}
	return 8
}
