package extract

import "github.com/cigraph/cigraph/graph"

// More of "X runs its models on ...": a product whose maker is known ("on
// Microsoft Azure"), and further hosts in a list ("on Google's TPUs and
// Amazon's Trainium chips").

// hostingOrg: the organisation mention j is a host — a cloud vendor, or
// the maker of the goods named after it ("Amazon's Trainium chips").
func (c *ctx) hostingOrg(j int) bool {
	if c.st.cloudVendor(c.s.ments[j].ent) || c.goodsAfter(j) {
		return true
	}
	if !c.s.ments[j].poss {
		return false
	}
	p := c.nextMention(c.s.ments[j].b+1, 1, false, prod)
	return p >= 0 // "Google's TPUs": a product of the possessor
}

// hostedOnProduct: "X runs its models on Microsoft Azure" — the product's
// maker, when the article names it, is X's supplier.
func (c *ctx) hostedOnProduct(k, on, subj int) {
	p := c.nextMention(on+1, 1, false, prod)
	if p < 0 {
		return
	}
	v, ok := c.st.vendorOf(c.s.ments[p].ent)
	if !ok || v == c.s.ments[subj].ent {
		return
	}
	c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[subj].ent, obj: v, prod: c.s.ments[p].ent + 1, confidence: 0.7,
		status: c.statusAt(k), time: c.timeNear(k, 0, len(c.toks))})
}

// moreHosts adds the hosts listed after the first one, j: each joined by
// "and" or a comma (perhaps with "on" repeated) and itself a host.
func (c *ctx) moreHosts(k, j, subj int) {
	last := c.s.ments[j]
	for x := j + 1; x < len(c.s.ments); x++ {
		m := c.s.ments[x]
		if m.a <= last.b || c.typ(m) != org {
			continue
		}
		gap := m.a - 1
		if c.w(gap) == "on" {
			gap--
		}
		w := c.w(gap)
		if w != "and" && w != "," || gap-last.b > 4 {
			return
		}
		if next := c.w(m.b); w == "," && next != "," && next != "and" {
			return // ", Amazon said": no list goes on here
		}
		if !c.hostingOrg(x) {
			return
		}
		c.addCustomer(c.s.ments[subj].ent, m.ent, k, 0.7)
		last = m
	}
}

// facilityNouns after an amount make it the cost of a site ("for a $3.5
// billion plant"), not a payment between the companies of the sentence.
var facilityNouns = set("plant", "plants", "factory", "factories", "facility", "facilities", "campus", "fab", "fabs",
	"refinery", "mine", "gigafactory", "headquarters", "stadium", "complex")
