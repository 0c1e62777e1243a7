package extract

import "github.com/cigraph/cigraph/graph"

// A unit named after its description: "Intel is spinning off its contract
// manufacturing business, which it calls Intel Foundry", "Alibaba's cloud
// unit, Alibaba Cloud, cut prices", "its chip arm, known as Kestrel
// Silicon". The organisation named is the unit of the possessor.

// unitNamingWords introduce the unit's name after the comma.
var unitNamingWords = set("called", "named", "dubbed", "known", "calls", "call", "as", "which", "it", "is", "now")

// unitNamed reads the frame at the unit noun k; it reports whether it
// matched.
func (c *ctx) unitNamed(k int) bool {
	if c.w(k+1) != "," || c.hedge {
		return false
	}
	x := k + 2
	for x < len(c.toks) && x <= k+5 && unitNamingWords[c.w(x)] {
		x++
	}
	child := c.mentionAt(x)
	if child < 0 || c.s.ments[child].ref || c.typ(c.s.ments[child]) != org {
		return false
	}
	if e := c.s.ments[child].b; e < len(c.toks) && c.toks[e].kind != tPunct {
		return false // "its chip unit, Acme said": a new clause
	}
	owner := c.possessorBefore(k, 6)
	if owner < 0 || c.s.ments[owner].ent == c.s.ments[child].ent || c.hedged(0, k) || c.separating(c.s.ments[owner].a) {
		return false
	}
	p, ok := c.lexOwner(c.s.ments[child].ent, c.s.ments[owner])
	if !ok {
		return false
	}
	c.add(fact{typ: graph.SubsidiaryOf, subj: c.s.ments[child].ent, obj: p, confidence: 0.75})
	return true
}

// lexOwner: the owner of unit u is the possessor m, unless the lexicon
// names another owner: then a description ("the chipmaker's business,
// which it calls Intel Foundry") is that owner when the article names it,
// and a name is no owner at all.
func (c *ctx) lexOwner(u int, m mention) (int, bool) {
	o := c.st.ents[u].owner
	if o == "" {
		return m.ent, true
	}
	k, ok := c.st.byKey[c.st.norm(o)]
	if !ok || k == m.ent {
		return m.ent, ok
	}
	return k, m.ref && c.st.ents[k].mentions > 0
}

// separationWords part a unit from its owner: "completed the spinoff of
// its health business, Solventum", "agreed to sell its tower business, X".
var separationWords = set("separating", "separated", "separation", "spinoff", "spin-off", "spun", "spinning", "spin",
	"sell", "sells", "sold", "selling", "sale", "divest", "divested", "divesting", "divestiture", "split", "splitting")

// separating: a separation word stands within six words before the
// possessor at p.
func (c *ctx) separating(p int) bool {
	for x := max(0, p-6); x < p; x++ {
		if separationWords[c.w(x)] {
			return true
		}
	}
	return false
}
