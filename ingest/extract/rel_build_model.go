package extract

import (
	"strings"

	"github.com/cigraph/cigraph/graph"
)

// Contract manufacturing named by the product: "Magna builds the Fisker
// Ocean at its plant in Graz", "Valmet Automotive makes the Mercedes-Benz
// GLC", "Foxconn assembles the iPhone". The product's vendor (known from
// the gazetteer or the text) is not the maker, so the vendor buys the
// making from the maker; the maker does not offer the product.

// makesModelOf reads the making verb k (wMake) followed by a product
// ("the" may come between); it reports whether it added the fact.
func (c *ctx) makesModelOf(k int) bool {
	x := k + 1
	if c.w(x) == "the" {
		x++
	}
	if c.toks[k].cls&wMake == 0 || x >= len(c.toks) || !c.toks[x].cap || c.hedge {
		return false // the cheap tests first: asked at every making verb
	}
	p := c.mentionAt(x)
	if p < 0 || c.typ(c.s.ments[p]) != prod || c.s.ments[p].poss || !c.madeObjectEnds(c.s.ments[p].b) {
		return false // "build ChatGPT into Siri", "make Claude available": no making to order
	}
	v, ok := c.st.vendorOf(c.s.ments[p].ent)
	if !ok {
		v, ok = c.st.prefixMaker(c.s.ments[p].ent)
	}
	subj := c.subjectBefore(k, org)
	if !ok || subj < 0 || c.hedged(c.s.ments[subj].b, k) {
		return false
	}
	if m := c.s.ments[subj].ent; m == v || c.st.sameGroup(m, v) {
		return false // "Audi builds the Audi Q4": its own model
	}
	status := c.statusAt(k)
	if c.toks[k].low != "builds" && c.toks[k].low != "makes" && c.untilAfter(c.s.ments[p].b) {
		status = graph.StatusFormer // "built the Fisker Ocean until the startup failed"
	}
	c.add(fact{typ: graph.CustomerOf, subj: v, obj: c.s.ments[subj].ent, prod: c.s.ments[p].ent + 1,
		confidence: 0.7, time: c.timeNear(k, 0, len(c.toks)), status: status})
	return true
}

// untilAfter: "until" follows within twelve words of x, before a stop;
// a past making that lasted until something is over.
func (c *ctx) untilAfter(x int) bool {
	for y := x; y < len(c.toks) && y < x+12; y++ {
		if c.toks[y].low == "until" {
			return true
		}
		if c.toks[y].s == "." || c.toks[y].s == ";" {
			return false
		}
	}
	return false
}

// sameGroup: one organisation is the gazetteer parent of the other.
func (st *state) sameGroup(a, b int) bool {
	pa, pb := st.ents[a].owner, st.ents[b].owner
	return pa != "" && st.norm(pa) == st.norm(st.ents[b].name) || pb != "" && st.norm(pb) == st.norm(st.ents[a].name)
}

// prefixMaker: the product's first word is a gazetteer organisation
// ("Mercedes-Benz GLC"), which makes it.
func (st *state) prefixMaker(p int) (int, bool) {
	first, _, ok := strings.Cut(st.ents[p].name, " ")
	if !ok {
		return 0, false
	}
	return st.embeddedMaker(p, first) // ner_maker_name.go
}

// madeObjectEnds: the product made ends its phrase at x: a stop, "and" or
// a preposition of place or time follows ("builds the Fisker Ocean at its
// plant"), not "into" or an adjective ("make Claude available").
func (c *ctx) madeObjectEnds(x int) bool {
	if x >= len(c.toks) || c.toks[x].kind == tPunct {
		return true
	}
	return madeObjectFollowers[c.toks[x].low]
}

// madeObjectFollowers may follow the product a maker makes.
var madeObjectFollowers = set("and", "in", "at", "for", "under", "since", "until", "from", "on", "with", "through", "between")
