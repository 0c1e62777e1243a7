package extract

// "Equinix, a rival operator, said Oracle and Meta are customers": "rival"
// modifies a noun of the apposition and names no rival; the company after
// the comma is the subject of what the speaker said, not the rival.

// rivalAcrossComma: between the rival word at k and the mention start a
// comma is followed by a finite verb (", said Oracle ...").
func (c *ctx) rivalAcrossComma(k, start int) bool {
	for x := k + 1; x < c.s.ments[start].a; x++ {
		if c.toks[x].s == "," && c.toks[x+1].cls&wFinite != 0 {
			return true
		}
	}
	return false
}
