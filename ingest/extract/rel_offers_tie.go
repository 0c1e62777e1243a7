package extract

// productTie: the product after "its"/"'s" names a tie with another
// company ("its Apple Card partnership", "OpenAI's Azure deal"), not a
// product the possessor offers.
func (c *ctx) productTie(j int) bool {
	w := c.w(c.s.ments[j].b)
	return partNouns[w] || agreementNouns[w]
}
