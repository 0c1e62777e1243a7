package extract

import "github.com/cigraph/cigraph/graph"

// A share stated for several customers at once: "Meta and Microsoft
// together made up about 40% of Arista's sales" is the pair's, not
// Microsoft's; each is a customer, none holds the share. With "each"
// ("Meta and Microsoft each made up 20%") every one holds it.

// jointShare records the customers subs of seller for the share p read at
// the verb k; it reports whether it did.
func (c *ctx) jointShare(subs []mention, seller int, p percent, k int) bool {
	each := c.w(k-1) == "each" || c.w(k+2) == "each" || c.w(k-2) == "each"
	for _, m := range subs {
		if c.typ(m) != org || m.ent == seller {
			continue
		}
		f := fact{typ: graph.CustomerOf, subj: m.ent, obj: seller, time: c.shareTime(p, k), confidence: 0.8}
		if each {
			v := p.value
			f.share = &v
		}
		c.add(f)
	}
	return true
}
