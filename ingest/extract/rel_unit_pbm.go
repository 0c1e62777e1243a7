package extract

// Pharmacy benefit managers named as an insurer's or a pharmacy chain's
// unit: "CVS Health's pharmacy benefit manager, CVS Caremark, dropped
// Humira", "Elevance runs its own PBM, CarelonRx". A possessed PBM is
// often a client's ("Centene's PBM, Express Scripts"), so the frame reads
// ownership only where the lexicon knows the PBM has an owner (lexOwner
// then checks it is the possessor) or the text says "its own".

// pbmNouns head the description of a pharmacy benefit manager.
var pbmNouns = set("pbm", "manager")

// pbmUnit reads the frame at the PBM noun k ("manager" only after
// "benefit(s)").
func (c *ctx) pbmUnit(k int) {
	if c.w(k) == "manager" && c.w(k-1) != "benefit" && c.w(k-1) != "benefits" {
		return
	}
	child := c.mentionAt(k + 2)
	if c.w(k+1) != "," || child < 0 {
		return
	}
	if c.st.ents[c.s.ments[child].ent].owner == "" && c.w(k-1) != "own" {
		return
	}
	c.unitNamed(k) // rel_unit_named.go
}
