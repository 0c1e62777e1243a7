package extract

import "github.com/cigraph/cigraph/graph"

// Possessed groups: in "Acme makes chips for Globex's rivals" or "Acme
// sells to Globex's customers" Globex names whose rivals or customers are
// meant; it is not the buyer. Likewise "Acme buys from Globex's
// competitors" does not make Globex the supplier. A trade fact whose buyer
// (or supplier) the sentence names only as such a possessor is dropped,
// and moved to the members the sentence lists ("Globex's rivals,
// including Initech and Umbrella").

// notBuyerGroups follow a possessor that is not the buyer; notSellerGroups
// one that is not the supplier ("Globex's suppliers" sell to Globex).
var (
	notBuyerGroups  = set("rivals", "rival", "competitors", "competitor", "peers", "competition", "customers", "clients")
	notSellerGroups = set("rivals", "rival", "competitors", "competitor", "peers", "competition", "suppliers", "vendors")
)

// groupSet is a set of group nouns and its gate (wordgate.go): every
// CUSTOMER_OF fact asks it of the words after its parties' possessives.
type groupSet struct {
	m    map[string]bool
	gate *wordGate
}

// possGroupFact moves or drops a CUSTOMER_OF fact whose party is only a
// group's possessor; it reports whether f was handled (not to be added).
// Facts are few, so a scan of the sentence's mentions per fact is cheap.
func (c *ctx) possGroupFact(f fact) bool {
	if f.typ != graph.CustomerOf {
		return false
	}
	if c.toMembers(f, f.subj, groupSet{notBuyerGroups, &notBuyerGate}, func(g *fact, e int) { g.subj = e }) {
		return true
	}
	return c.toMembers(f, f.obj, groupSet{notSellerGroups, &notSellerGate}, func(g *fact, e int) { g.obj = e })
}

// toMembers: when party e of f only possesses a group of nouns, f is added
// once per listed member, set in place of e; it reports whether it was.
func (c *ctx) toMembers(f fact, e int, nouns groupSet, set func(*fact, int)) bool {
	k := c.groupOf(e, nouns)
	if k < 0 {
		return false
	}
	for _, m := range c.groupMembers(k) {
		g := f
		set(&g, m.ent)
		c.add(g)
	}
	return true
}

// groupOf returns the token of the group noun when every mention of e in
// the sentence possesses a group of nouns ("Globex's biggest rivals");
// else -1.
func (c *ctx) groupOf(e int, nouns groupSet) int {
	k := -1
	for _, m := range c.s.ments {
		if m.ent != e {
			continue
		}
		g := c.groupAfter(m, nouns)
		if g < 0 {
			return -1 // named once as a party in its own right
		}
		k = g
	}
	return k
}

// groupAfter returns the group noun at most two modifiers after the
// possessive of m ("Globex's two largest rivals"); else -1.
func (c *ctx) groupAfter(m mention, nouns groupSet) int {
	if !m.poss || m.b >= len(c.toks) {
		return -1
	}
	k := m.b
	if c.toks[k].low == "'s" {
		k++
	}
	for x := k; x < len(c.toks) && x <= k+2; x++ {
		t := &c.toks[x]
		if nouns.gate.may(t.low) && nouns.m[t.low] {
			return x
		}
		if t.kind != tWord || t.cap {
			return -1
		}
	}
	return -1
}

// groupMembers returns the organisations listed right after the group noun
// at k: "rivals, including A and B", "rivals such as A", "rivals A and B".
func (c *ctx) groupMembers(k int) []mention {
	x, _ := c.examplesAfter(k)
	j := c.mentionAt(x)
	if j < 0 || c.typ(c.s.ments[j]) != graph.Org {
		return nil
	}
	return c.listFrom(j)
}

// examplesAfter skips what introduces examples after the noun at k (", including",
// "like", "such as"): the first token of the examples, and whether an
// introducer was there.
func (c *ctx) examplesAfter(k int) (int, bool) {
	x := k + 1
	if c.w(x) == "," {
		x++
	}
	switch {
	case c.w(x) == "including" || c.w(x) == "like":
		return x + 1, true
	case c.w(x) == "such" && c.w(x+1) == "as":
		return x + 2, true
	}
	return x, false
}
