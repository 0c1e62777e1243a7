package extract

// Goods made to a buyer's own design by another company: "Broadcom
// designs Google's TPU chips", "Foxconn assembles Apple's iPhones",
// "TSMC manufactures Nvidia's Blackwell chips". The owner of the goods
// is the maker's customer (makesOwned, rel_goods.go, reads the frame).
// Only the verbs of making count: "sells Apple's iPhones" is a reseller,
// "reviews Google's chips" no trade at all.

// ownGoodsTriggers are the making verbs that are no trigger of another
// frame: wordFrames sends them (and every wMake trigger) to makesOwned.
var ownGoodsTriggers = set("designs", "designed", "fabricates", "fabricated", "manufactures", "manufactured",
	"builds", "built", "produces", "produced", "assembles", "assembled",
	"build", "produce", "manufacture", "assemble", "design", "fabricate", // "will build cars for BMW"
	"packages", "packaged", "package", // "packages chips for Apple and Nvidia"
	"fills", "filled", "fill") // "fills syringes for Novo Nordisk" (fill-finish)

// ownedProductAt: the possessive mention j ("Apple's") is followed at
// once by a product of its own ("Apple's iPhones"): the goods are named.
func (c *ctx) ownedProductAt(j int) bool {
	b := c.s.ments[j].b + 1 // after "'s"
	if j+1 >= len(c.s.ments) {
		return false
	}
	m := c.s.ments[j+1]
	return m.a == b && c.typ(m) == prod
}

// productThenGoods: a product line of the seller and a goods noun follow
// at b ("AMD Instinct GPUs"): the seller still owns the goods.
func (c *ctx) productThenGoods(b int) bool {
	p := c.mentionAt(b)
	return p >= 0 && c.typ(c.s.ments[p]) == prod && buyNounGate.in(buyNouns, c.w(c.s.ments[p].b))
}
