package extract

import "github.com/cigraph/cigraph/graph"

// "Zenta agreed to buy the fitness app Strydo for $400 million": a product
// the article gives no maker for (a lexicon vendor counts only when the
// article names it), described and then bought for a price a company
// fetches, is the startup that makes it; the deal is an acquisition
// (boughtBrand does the same for a name right after the verb).

// boughtAssetNouns describe things bought without their maker.
var boughtAssetNouns = set("drug", "drugs", "medicine", "treatment", "therapy", "vaccine", "compound", "candidate",
	"molecule", "rights", "asset", "assets", "licence", "license", "patent", "patents", "portfolio", "brand",
	"building", "plant", "factory", "stake")

// minCompanyPrice is the least price read as a company's (not a licence's
// or an asset's) in a deal with a described product.
const minCompanyPrice = 100e6

// boughtDescribed: the product after "the|a <lower-case words>" following
// the verb at k, retyped as a company; else -1.
func (c *ctx) boughtDescribed(k int) int {
	x := k + 1
	if w := c.w(x); w != "the" && w != "a" && w != "an" {
		return -1
	}
	for x++; x < len(c.toks) && x <= k+5 && c.toks[x].kind == tWord && !c.toks[x].cap; x++ {
		if boughtAssetNouns[c.toks[x].low] {
			return -1 // "buy the drug X": rights to an asset, not its maker
		}
	}
	j := c.mentionAt(x)
	if j < 0 || x == k+2 || c.hedge {
		return -1
	}
	m := c.s.ments[j]
	e := &c.st.ents[m.ent]
	if m.poss || m.ref || e.typ != graph.Product || c.w(m.b) != "for" || !c.companyPrice(m.b) {
		return -1
	}
	if _, ok := c.st.vendorOf(m.ent); ok {
		return -1
	}
	e.typ = graph.Org
	return j
}

// companyPrice: a deal value (no per-share price) of at least
// minCompanyPrice starts right after the "for" at f.
func (c *ctx) companyPrice(f int) bool {
	for _, mo := range c.money {
		if mo.a >= f+1 && mo.a <= f+3 && !mo.perShare {
			return mo.amt.Value >= minCompanyPrice
		}
	}
	return false
}
