package extract

// Per-unit revenue is no revenue total: "average revenue per user at
// Netflix rose 2% to $11.70", "Verizon's ARPU rose to $56". Neither the
// amount nor its change is the company's revenue or growth.

// perUnitWords name a per-unit revenue in one word.
var perUnitWords = set("arpu", "arpa", "arppu", "arpm")

// perUnitRevenue: the figure at token a follows, within twelve words, a
// "revenue per <noun>" phrase or an ARPU abbreviation.
func (c *ctx) perUnitRevenue(a int) bool {
	for x := a - 1; x >= 0 && x >= a-12; x-- {
		w := c.toks[x].low
		if perUnitGate.in(perUnitWords, w) || (w == "revenue" || w == "revenues") && c.w(x+1) == "per" {
			return true
		}
	}
	return false
}
