package extract

import (
	"strings"

	"github.com/cigraph/cigraph/graph"
)

// Deals sized in power: "Equinix signed a pre-agreement with Oklo for up to
// 500 megawatts", "Meta signed an agreement with Vistra for 2.6 gigawatts",
// and campuses sized in power: "QTS signed a letter of intent with Amazon
// Web Services for a 200-megawatt campus". With a power seller on one side
// the other side buys the power; a campus built for a cloud company that
// the subject signs with is the cloud company's purchase from the subject.
// A preliminary paper (pre-agreement, letter of intent) makes the fact
// planned (rel_prelim.go).

// prelimDealNouns head a preliminary deal: "a pre-agreement with Y", "a
// letter of intent with Y" (by "intent").
var prelimDealNouns = set("pre-agreement", "pre-agreements", "intent")

// campusNouns are what a power-sized "for" phrase builds.
var campusNouns = set("campus", "campuses", "facility", "facilities", "center", "centers", "centre", "centres", "site", "sites")

// prelimDeal reads the preliminary deal noun at k.
func (c *ctx) prelimDeal(k int) {
	if c.w(k) == "intent" && !c.prelimAt(k) {
		return
	}
	c.megawattDeal(k)
}

// megawattDeal reads the deal noun at k followed by "with Y for ... N
// megawatts" and reports whether it added a fact.
func (c *ctx) megawattDeal(k int) bool {
	with := c.skipTo(k, "with", 2)
	if with < 0 || c.hedge {
		return false
	}
	other := c.nextMention(with+1, 3, false, org)
	subj := c.dealParty(k)
	if other < 0 || subj < 0 || c.hedged(c.s.ments[subj].b, k) || c.pending(c.s.ments[subj].b, k) {
		return false
	}
	unit := c.powerSize(c.s.ments[other].b)
	if unit < 0 {
		return false
	}
	a, b := c.s.ments[subj].ent, c.s.ments[other].ent
	cust, sup := c.powerBuyer(a, b)
	if cust < 0 && campusNouns[c.w(unit+1)] && c.st.cloudVendor(b) && !c.st.cloudVendor(a) {
		cust, sup = b, a // "QTS ... with AWS for a 200-megawatt campus"
	}
	if cust < 0 {
		return false
	}
	from := 0
	if c.w(c.s.ments[subj].b) == "," {
		from = k // "QTS, which Blackstone bought in 2022, signed ...": the aside's time is not the deal's
	}
	c.add(fact{typ: graph.CustomerOf, subj: cust, obj: sup, time: c.timeNear(k, from, len(c.toks)), confidence: 0.7})
	return true
}

// powerBuyer: the party of a and b that is no power seller buys from the
// one that is; (-1, -1) when neither or both sell power.
func (c *ctx) powerBuyer(a, b int) (int, int) {
	pa, pb := c.st.powerSeller(a), c.st.powerSeller(b)
	switch {
	case pa && !pb:
		return b, a
	case pb && !pa:
		return a, b
	}
	return -1, -1
}

// powerSize returns the token of a power unit in a "for" phrase right
// after the party that ends at b ("for up to 500 megawatts", "for a
// 200-megawatt campus"), or -1.
func (c *ctx) powerSize(b int) int {
	if c.w(b) != "for" {
		return -1
	}
	for x := b + 1; x < len(c.toks) && x <= b+5; x++ {
		if powerUnit(c.toks[x].low) {
			return x
		}
		if c.toks[x].kind == tPunct {
			return -1
		}
	}
	return -1
}

// powerUnit: the word is a power unit, alone or after a number and a
// hyphen ("megawatts", "200-megawatt", "1-gigawatt").
func powerUnit(w string) bool {
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		w = w[i+1:]
	}
	switch w {
	case "megawatt", "megawatts", "gigawatt", "gigawatts", "mw", "gw":
		return true
	}
	return false
}
