package extract

import "github.com/cigraph/cigraph/graph"

// Bare parent appositions: "Google parent Alphabet", "TikTok owner
// ByteDance", "Instagram parent company Meta". The name before the noun is
// the child, the name after it the parent: a company is its subsidiary, a
// product is offered by it.

// parentNouns stand between a child and its parent.
var parentNouns = set("parent", "owner")

// bareParent reads the apposition whose parent noun is at k; it reports
// whether it matched.
func (c *ctx) bareParent(k int) bool {
	child, parent := c.bareParentPair(k)
	if child < 0 || c.hedge {
		return false
	}
	c.addOwned(c.listFrom(child), c.s.ments[parent].ent) // "the owner of Instagram and WhatsApp"
	return true
}

// bareParentPair: the child mention ending right before the parent noun at
// k and the organisation right after it ("company" may follow the noun),
// else -1, -1.
func (c *ctx) bareParentPair(k int) (int, int) {
	if !parentNouns[c.w(k)] {
		return -1, -1
	}
	n := k + 1
	if c.w(n) == "company" || c.w(n) == "group" {
		n++
	}
	child, parent := c.mentionEndingAt(k, []graph.EntityType{org, prod}), c.mentionAt(n)
	if child < 0 || parent < 0 || c.s.ments[child].poss || c.typ(c.s.ments[parent]) != org {
		return -1, -1
	}
	return child, parent
}

// parentBehind: for the mention j followed by a bare parent apposition
// ("Google parent Alphabet"), the parent mention; else j. A title "of
// Google parent Alphabet" belongs to the parent.
func (c *ctx) parentBehind(j int) int {
	if _, parent := c.bareParentPair(c.s.ments[j].b); parent >= 0 {
		return parent
	}
	return j
}

// Role appositions: "Apple supplier Foxconn", "Apple's supplier Foxconn",
// "Microsoft partner OpenAI": the name before the role noun has the name
// after it as its supplier or partner.

// investorRoles are the nouns of a backer named after the company it
// backs ("OpenAI investor Microsoft", "Microsoft, OpenAI's biggest
// investor,").
var investorRoles = set("investor", "backer", "shareholder")

// supplyRoles are the nouns of a supplier named after its customer.
var supplyRoles = set("supplier", "vendor", "provider", "assembler", "manufacturer")

// roleApposition reads the apposition around the role noun at k; it
// reports whether it matched.
func (c *ctx) roleApposition(k int) bool {
	w := c.w(k)
	if !supplyRoleGate.in(supplyRoles, w) && w != "partner" && !investorRoleGate.in(investorRoles, w) || c.hedge {
		return false
	}
	before, after := c.nounOwner(k), c.roleHolderAt(k)
	if before < 0 || after < 0 || c.typ(c.s.ments[after]) != org || c.s.ments[after].ent == c.s.ments[before].ent {
		return false
	}
	a, b := c.s.ments[before].ent, c.s.ments[after].ent
	if w == "partner" {
		c.add(fact{typ: graph.PartnersWith, subj: a, obj: b, confidence: 0.75})
	} else if investorRoleGate.in(investorRoles, w) {
		c.addInvest(after, before, k, nil) // "Microsoft, OpenAI's biggest investor,"
	} else {
		c.add(fact{typ: graph.CustomerOf, subj: a, obj: b, confidence: 0.75})
	}
	return true
}

// nounOwner: the organisation right before the role noun at k, bare
// ("Apple supplier") or possessive ("Apple's biggest supplier", "its
// biggest investor"), else -1.
func (c *ctx) nounOwner(k int) int {
	x := k
	if roleGoods[c.w(x-1)] || buyNouns[c.w(x-1)] && !c.toks[x-1].cap {
		x-- // "its battery supplier CATL", "Apple's chip supplier"
	}
	bare := x
	if roleAdjs[c.w(x-1)] {
		x--
	}
	for j, m := range c.s.ments {
		if c.typ(m) == org && (m.b == x && !m.poss && x == bare || m.poss && m.b == x-1 && c.w(x-1) == "'s" || m.poss && m.ref && m.b == x && c.w(m.a) == "its") {
			return j
		}
	}
	return -1
}

// roleGoods name what a supplier sells, before the role noun ("its
// battery supplier", "Apple's display supplier"); buyNouns count too.
var roleGoods = set("display", "screen", "camera", "sensor", "lidar", "modem", "engine", "tire", "tyre", "steel",
	"glass", "seat", "cell", "panel", "component", "parts", "foundry", "chipset", "lithium", "graphite", "cobalt", "nickel")

// roleAdjs may stand between a possessive and its role noun.
var roleAdjs = set("biggest", "largest", "main", "key", "top", "major", "longtime", "long-time", "primary", "sole", "chief")

// roleHolderAt: the organisation the role noun at k names: right after it
// ("Apple supplier Foxconn", "Apple's biggest supplier, Foxconn,") or, in
// an apposition, right before it ("Foxconn, an Apple supplier,").
func (c *ctx) roleHolderAt(k int) int {
	if j := c.mentionAt(k + 1); j >= 0 {
		return j
	}
	if c.w(k+1) == "," {
		if j := c.mentionAt(k + 2); j >= 0 {
			return j
		}
	}
	return c.appositiveHolder(k)
}

// appositiveHolder: the name an apposition ending in the noun at k
// describes ("Foxconn, an Apple supplier,", "Samsung, Apple's biggest
// rival,"), else -1.
func (c *ctx) appositiveHolder(k int) int {
	if c.w(k+1) != "," {
		return -1
	}
	for j, m := range c.s.ments {
		if m.b >= k || k-m.b > 6 || c.w(m.b) != "," || m.poss || !c.appositionOpens(m.b+1) {
			continue
		}
		for x := m.b + 1; x < k; x++ {
			if t := c.toks[x]; t.kind == tPunct && t.low != "'s" {
				return -1
			}
		}
		return j
	}
	return -1
}

// appositionOpens: an apposition starts at x with an article or a
// possessive name ("an Apple supplier", "Apple's rival").
func (c *ctx) appositionOpens(x int) bool {
	if w := c.w(x); w == "a" || w == "an" || w == "the" {
		return true
	}
	j := c.mentionAt(x)
	return j >= 0 && c.s.ments[j].poss
}

// appositiveOwner: "ByteDance, the owner of TikTok," / "Alphabet, the
// parent of Google," — the name before the apposition owns the one after
// "of". It reports whether it matched.
func (c *ctx) appositiveOwner(k int) bool {
	of := k + 1
	if c.w(of) == "company" || c.w(of) == "group" {
		of++ // ", the parent company of YouTube,"
	}
	if c.w(k-1) != "the" || c.w(k-2) != "," || c.w(of) != "of" || c.hedge {
		return false
	}
	parent := c.mentionEndingAt(k-2, []graph.EntityType{org})
	child := c.mentionAt(of + 1)
	if child >= 0 {
		child = c.roleModHead(child) // rel_role_mod.go: "the owner of Elden Ring developer FromSoftware"
	}
	if parent < 0 || child < 0 || c.s.ments[child].ent == c.s.ments[parent].ent {
		return false
	}
	c.addOwned(c.listFrom(child), c.s.ments[parent].ent) // "the owner of Instagram and WhatsApp"
	return true
}

// addOwned records that parent owns each mention of chs: a company is its
// subsidiary, a product is offered by it.
func (c *ctx) addOwned(chs []mention, parent int) {
	for _, ch := range chs {
		switch c.typ(ch) {
		case org:
			c.add(fact{typ: graph.SubsidiaryOf, subj: ch.ent, obj: parent, confidence: 0.8})
		case prod:
			c.add(fact{typ: graph.Offers, subj: parent, obj: ch.ent, confidence: 0.8})
		}
	}
}
