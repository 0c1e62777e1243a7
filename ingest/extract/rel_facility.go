package extract

// Plants change hands and carry product names: "Pegatron sold its iPhone
// plant in India to Tata", "Wistron's Indian iPhone factory". A facility
// sold is no sale of goods (no customer), and a product naming what a
// facility makes is no product of the facility's owner (no OFFERS).

// facilitySold: a facility noun stands between the sale verb k and the
// buyer mention. After "from" the facility is where the goods come from:
// "sell 1,200 megawatts from its Comanche Peak plant to Meta".
func (c *ctx) facilitySold(k, buyer int) bool {
	for j := k + 1; j < c.s.ments[buyer].a && j < k+10; j++ {
		if c.w(j) == "from" {
			return false
		}
		if facilityGate.in(facilityNouns, c.w(j)) { // rel_hosted.go
			return true
		}
	}
	return false
}

// facilityProduct: the product mention p modifies a facility noun.
func (c *ctx) facilityProduct(p int) bool {
	return facilityGate.in(facilityNouns, c.w(c.s.ments[p].b))
}
