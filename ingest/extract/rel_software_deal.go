package extract

// Contracts with a software or IT services vendor: "Kroger has signed a
// seven-year, $1.2 billion contract with Palantir", "Palantir signed a
// five-year contract with Kroger", "Unilever signed an agreement with
// Tessel Labs to upgrade its finance systems". A vendor of the cue list
// softwarevendor (or cloudvendor) sells to a party that is none; a purpose
// clause about the signer's own systems makes the signer the buyer.

// ownSystemsVerbs open a purpose clause about the buyer's own systems
// ("to modernize its supply-chain software").
var ownSystemsVerbs = set("modernize", "modernise", "upgrade", "overhaul", "run", "manage", "operate",
	"digitize", "digitise", "automate", "migrate", "transform", "streamline", "consolidate",
	"replace", "secure", "support", "maintain", "rebuild", "revamp")

// softwareDeal: the deal noun at k has a party and a "with" party, and
// either it is a contract and exactly one party is a vendor, or a purpose
// clause names the signer's own systems (softwareBuyer gives the direction).
func (c *ctx) softwareDeal(k int) bool {
	subj, other := c.dealParties(k) // rel_compute.go
	if subj < 0 || other < 0 {
		return false
	}
	if c.ownSystemsPurpose(other) || c.vendorService(c.s.ments[other], true) { // rel_uses_vendor.go: "a deal with Fiserv for card processing"
		return true
	}
	w := c.w(k)
	return (w == "contract" || w == "contracts") && c.st.softwareVendor(c.s.ments[subj].ent) != c.st.softwareVendor(c.s.ments[other].ent)
}

// ownSystemsPurpose: "to modernize its ..." follows the with-party j
// (after at most a few words: "with Palantir Technologies Inc. to run its").
func (c *ctx) ownSystemsPurpose(j int) bool {
	to := c.s.ments[j].b
	if c.w(to) != "to" {
		return false
	}
	p := c.w(to + 2)
	return ownSystemsVerbs[c.w(to+1)] && (p == "its" || p == "their")
}

// softwareBuyer orders the parties of a software deal: the party that is
// no vendor buys from the one that is; else the signer buys.
func (st *state) softwareBuyer(subj, other int) (cust, sup int) {
	if st.softwareVendor(subj) && !st.softwareVendor(other) {
		return other, subj
	}
	return subj, other
}

// softwareVendor: the organisation sells enterprise software, IT services
// or cloud computing (cue lists softwarevendor, cloudvendor).
func (st *state) softwareVendor(e int) bool {
	return st.cloudVendor(e) || st.vendorCue(e, "softwarevendor") // rel_supply_agreement.go
}
