package extract

// Equipment reservations: "Chevron and Engine No. 1 have reserved seven
// GE Vernova turbines", "the utility reserved turbines from Siemens
// Energy": reserving a maker's machines buys them (reservedCapacity reads
// reserved "capacity").

// powerGear are the machines of power plants and grids that buyers
// reserve and order (also goods nouns of buyFrom: buyNouns).
var powerGear = set("turbines", "turbine", "transformers", "generators", "reactors", "switchgear")

// reservedGoods: the reserve verb at k is followed by a power-gear noun
// within six words of its clause; buyFrom reads buyer and maker.
func (c *ctx) reservedGoods(k int) {
	for x := k + 1; x < len(c.toks) && x <= k+6; x++ {
		if powerGear[c.w(x)] {
			c.buyFrom(k)
			return
		}
		if t := &c.toks[x]; t.kind == tPunct && t.low != "'s" && t.low != "-" {
			return
		}
	}
}
