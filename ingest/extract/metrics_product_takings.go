package extract

// What a product took in is its revenue: "Keytruda brought in $29.5
// billion in 2024", "Dupixent generated $3.5 billion in the quarter". A
// company that "brought in $5 billion" may have raised it, so the frame
// reads only a product subject.

// productTakings: the amount starting at a follows "brought in", "pulled
// in", "raked in", "took in" or "generated" (perhaps with a qualifier)
// and the subject before the verb is a product.
func (c *ctx) productTakings(a int) bool {
	x := a - 1
	if x >= 0 && c.toks[x].cls&wQual != 0 {
		x--
	}
	v := x
	switch c.w(x) {
	case "in":
		v = x - 1
		switch c.w(v) {
		case "brought", "brings", "pulled", "pulls", "raked", "rakes", "took", "takes":
		default:
			return false
		}
	case "generated", "generates":
	default:
		return false
	}
	s := c.subjectBefore(v, org, prod)
	return s >= 0 && c.typ(c.s.ments[s]) == prod
}
