package extract

import "github.com/cigraph/cigraph/graph"

// A chip made on a foundry's manufacturing process is bought from the
// foundry: "Microsoft will make a custom chip on Intel's 18A process",
// "AWS will use Intel's 18A process for an AI chip", "Apple builds its
// processors on TSMC's 3-nanometer node". The process's owner is the
// seller; the subject of the making or using verb is the buyer.

// processNouns name a foundry's manufacturing process.
var processNouns = set("process", "node")

// processMakeVerbs take "on <foundry>'s process"; useVerbs take the
// process as object.
var processMakeVerbs = set("make", "makes", "made", "making", "build", "builds", "built", "building",
	"produce", "produces", "produced", "producing", "manufacture", "manufactures", "manufactured", "manufacturing",
	"fabricate", "fabricated", "tape", "taped")

// processCustomer reads the frame at the process noun k; it reports
// whether it matched.
func (c *ctx) processCustomer(k int) bool {
	own := c.processOwner(k)
	if own < 0 || c.hedge {
		return false
	}
	o := c.s.ments[own]
	v := c.processVerb(o.a)
	if v < 0 || c.hedged(0, v) || c.planDropped(k) {
		return false
	}
	subj := c.subjectBefore(v, org)
	seller := o.ent
	p := c.productIn(o.b, k)
	if p > 0 && o.ref {
		if vend, ok := c.st.vendorOf(p - 1); ok {
			seller = vend // "on its Intel 18A process": the product's maker, not a guess at "its"
		}
	}
	if subj < 0 || c.s.ments[subj].ent == seller || c.s.ments[subj].a >= o.a {
		return false
	}
	for _, m := range c.coSubjects(subj) { // "Nvidia, Apple and AMD build ... on TSMC's node"
		if c.typ(m) == org && m.ent != seller {
			c.add(fact{typ: graph.CustomerOf, subj: m.ent, obj: seller, prod: p,
				time: c.timeNear(v, 0, len(c.toks)), status: c.statusAt(v), confidence: 0.7})
		}
	}
	return true
}

// processOwner returns the organisation whose process k is: a possessive
// within four words before it ("Intel's 18A process", "TSMC's
// 3-nanometer node"), else -1.
func (c *ctx) processOwner(k int) int {
	for j := len(c.s.ments) - 1; j >= 0; j-- {
		m := c.s.ments[j]
		if m.b > k {
			continue
		}
		if m.b < k-4 {
			return -1
		}
		if m.poss && c.typ(m) == org {
			for x := m.b + 1; x < k; x++ {
				if c.toks[x].kind == tPunct && c.toks[x].s != "-" {
					return -1
				}
			}
			return j
		}
	}
	return -1
}

// processVerb returns the making verb before "on" at a-1 ("make a custom
// chip on"), or a using verb right before the owner at a ("will use"),
// within six words; else -1.
func (c *ctx) processVerb(a int) int {
	if w := c.w(a - 1); useVerbs[w] {
		return a - 1
	} else if w != "on" {
		return -1
	}
	for x := a - 2; x >= 0 && x >= a-8; x-- {
		w := c.w(x)
		if processMakeVerbs[w] {
			return x
		}
		if c.toks[x].kind == tPunct {
			return -1
		}
	}
	return -1
}

// dropWords undo a plan told before them: "had planned to use Intel's 20A
// process but dropped the plan".
var dropWords = set("dropped", "scrapped", "abandoned", "shelved", "canceled", "cancelled", "ditched")

// planDropped: a drop word follows the process noun k in the sentence.
func (c *ctx) planDropped(k int) bool {
	for x := k + 1; x < len(c.toks) && x <= k+8; x++ {
		if dropWords[c.w(x)] {
			return true
		}
	}
	return false
}
