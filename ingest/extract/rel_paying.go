package extract

import "github.com/cigraph/cigraph/graph"

// A product used and paid for: "Apple has reached an agreement to use a
// custom version of Google's Gemini model ..., paying about $1 billion a
// year" makes Apple a customer of Gemini's vendor with that amount; and
// "Apple Intelligence relies on ChatGPT for some queries" makes the user a
// customer of ChatGPT's vendor (relyOn reads only companies).

// pastVersionOf returns the token after "a (custom) version of" at x
// ("use a custom version of Google's Gemini"), else x.
func (c *ctx) pastVersionOf(x int) int {
	y := x
	if c.w(y) == "a" || c.w(y) == "the" {
		y++
	}
	if y < len(c.toks) && c.toks[y].kind == tWord && !c.toks[y].cap && c.w(y+1) == "version" {
		y++ // "custom", "modified", "tailored"
	}
	if c.w(y) == "version" && c.w(y+1) == "of" {
		return y + 2
	}
	return x
}

// payingFor adds the customer tie of the user subj to the vendor of the
// product o when the sentence goes on ", paying $N" after the use at k.
func (c *ctx) payingFor(k, subj int, o mention) {
	v, ok := c.vendorBefore(o)
	if !ok || v == c.s.ments[subj].ent || c.st.ents[v].typ != graph.Org {
		return
	}
	for x := o.b; x < len(c.toks)-1; x++ {
		if c.w(x) != "paying" || c.w(x-1) != "," {
			continue
		}
		for _, m := range c.money {
			if m.a > x && m.a <= x+3 && !m.perShare {
				amt := m.amt
				c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[subj].ent, obj: v, amount: &amt, prod: o.ent + 1,
					time: c.timeNear(k, 0, len(c.toks)), status: c.statusAt(k), confidence: 0.7})
				return
			}
		}
		return
	}
}

// relyOnProduct: "relies on ChatGPT for some queries" — a product whose
// vendor the story names; the user is that vendor's customer. It reports
// whether it matched.
func (c *ctx) relyOnProduct(k, subj int) bool {
	p := c.nextMention(k+2, 3, true, prod)
	if p < 0 || c.hedge || c.hedged(c.s.ments[subj].b, k) {
		return false
	}
	m := c.s.ments[p]
	v, ok := c.st.vendorOf(m.ent)
	if w := c.w(m.b); !ok || w != "for" && w != "to" || v == c.s.ments[subj].ent || c.st.ents[v].typ != graph.Org {
		return false
	}
	c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[subj].ent, obj: v, prod: m.ent + 1,
		time: c.timeNear(k, 0, len(c.toks)), status: c.dependStatus(k), confidence: 0.7})
	return true
}

// vendorBefore: the vendor of the product mention o, the possessive right
// before it ("Halden Systems' Korvel-9") or the one the story knows.
func (c *ctx) vendorBefore(o mention) (int, bool) {
	if o.a >= 2 && (c.w(o.a-1) == "'s" || c.w(o.a-1) == "'") {
		if j := c.mentionEndingAt(o.a-1, orgTypes); j >= 0 {
			return c.s.ments[j].ent, true
		}
	}
	return c.st.vendorOf(o.ent)
}
