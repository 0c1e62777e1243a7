package extract

// "Disney signed a multiyear agreement with Google Cloud": an agreement
// with a cloud business unit (a cloud vendor that the gazetteer lists as a
// unit of a parent, not the whole group) is a purchase of its cloud
// services even when no compute word precedes the noun. Agreements with
// the whole group ("with Microsoft") stay partnerships.

// cloudUnitDeal: the deal noun at k is "with" a cloud business unit and
// its other party is no cloud vendor.
func (c *ctx) cloudUnitDeal(k int) bool {
	subj, other := c.dealParties(k) // rel_compute.go
	if other < 0 || subj < 0 {
		return false
	}
	o := c.s.ments[other].ent
	x := c.st.ents[o].lex
	unit := x >= 0 && c.st.lx.entries[x].kind == "unit" || c.st.composedCloud(o) // "with Huawei Cloud"
	return unit && c.st.cloudVendor(o) && !c.st.cloudVendor(c.s.ments[subj].ent)
}
