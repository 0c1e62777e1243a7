package extract

import "github.com/cigraph/cigraph/graph"

// Goods of several makers: "Vodafone uses Nokia and Ericsson gear", "buys
// Samsung and SK Hynix memory" — the goods noun after the last name of a
// list is every listed maker's, so the buyer is a customer of each, and no
// listed company is bought.

// listGoods returns the organisations listed from mention obj when a goods
// noun follows the last of them; else nil.
func (c *ctx) listGoods(obj int) []mention {
	m := c.s.ments[obj]
	if m.poss || c.w(m.b) != "and" && c.w(m.b) != "," {
		return nil
	}
	l := c.listFrom(obj)
	if len(l) < 2 {
		return nil
	}
	for _, x := range l {
		if c.typ(x) != org || x.ref {
			return nil
		}
	}
	n := l[len(l)-1].b
	if c.w(n) == "'s" {
		n++
	}
	if buyNounGate.in(buyNouns, c.w(n)) || buyNounGate.in(buyNouns, c.w(n+1)) && c.toks[n].kind == tWord && !c.toks[n].cap {
		return l
	}
	return nil
}

// usesListGoods: the user of "uses Nokia and Ericsson gear" at the verb k
// is a customer of each maker; it reports whether it read the list.
func (c *ctx) usesListGoods(k, subj, obj int) bool {
	l := c.listGoods(obj)
	if l == nil {
		return false
	}
	for _, u := range c.userList(k, subj) {
		for _, m := range l {
			c.add(fact{typ: graph.CustomerOf, subj: u.ent, obj: m.ent, confidence: 0.7,
				time: c.timeNear(k, 0, len(c.toks)), status: c.statusAt(k)})
		}
	}
	return true
}

// listStartBefore returns the first token of the list of names that ends
// with the name starting at token a ("Ericsson, Nokia and Samsung" for
// Samsung's a), or a itself.
func (c *ctx) listStartBefore(a int) int {
	for n := 0; n < 6 && a >= 2; n++ {
		j := a - 1
		if w := c.w(j); w != "and" && w != "," && w != "or" {
			return a
		}
		if c.w(j-1) == "," {
			j-- // "A, B, and C"
		}
		p := c.mentionEndingAt(j, nil)
		if p < 0 {
			return a
		}
		a = c.s.ments[p].a
	}
	return a
}
