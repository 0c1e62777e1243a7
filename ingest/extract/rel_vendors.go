package extract

import "github.com/cigraph/cigraph/graph"

// Named suppliers behind a plural: "Dish built its network on gear from
// vendors including Mavenir and Fujitsu", "sources parts from suppliers
// such as A and B" — the subject is a customer of each listed company;
// so is the possessor in "Apple's suppliers include A and B".

// vendorPlurals name a group of sellers after "from".
var vendorPlurals = set("vendors", "suppliers")

// fromVendors reads the frame at the plural k.
func (c *ctx) fromVendors(k int) {
	from := k - 1
	for from > 0 && from >= k-3 && c.w(from) != "from" && c.toks[from].kind == tWord && !c.toks[from].cap {
		from--
	}
	if c.hedge {
		return
	}
	if c.w(from) != "from" {
		c.ownSuppliers(k)
		return
	}
	x, ok := c.examplesAfter(k) // rel_possgroup.go
	if !ok {
		return
	}
	j := c.mentionAt(x)
	subj := c.subjectBefore(from, org)
	if j < 0 || subj < 0 || c.typ(c.s.ments[j]) != org || c.hedged(c.s.ments[subj].b, from) {
		return
	}
	for _, m := range c.licensees(j) { // organisations only
		c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[subj].ent, obj: m.ent,
			time: c.timeNear(k, 0, len(c.toks)), status: c.statusAt(from), confidence: 0.7})
	}
}

// ownSuppliers reads "Apple's suppliers include TSMC and Foxconn" and
// "its main suppliers are A and B" at the plural k: the possessor buys
// from each listed company.
func (c *ctx) ownSuppliers(k int) {
	own := c.possessorBefore(k, 3)
	if own < 0 || c.typ(c.s.ments[own]) != org {
		return
	}
	x := k + 1
	if c.w(x) == "," {
		x++
	}
	switch w := c.w(x); {
	case includeWords[w] || w == "like":
		x++
	case w == "such" && c.w(x+1) == "as":
		x += 2
	default:
		return
	}
	j := c.mentionAt(x)
	if j < 0 || c.typ(c.s.ments[j]) != org {
		return
	}
	for _, m := range c.licensees(j) {
		c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[own].ent, obj: m.ent,
			time: c.timeNear(k, 0, len(c.toks)), confidence: 0.75})
	}
}

// Services run for named clients: "Stripe processes payments for Amazon,
// Shopify and Uber", "Adyen handles checkout for eBay", "FedEx stopped
// carrying packages for Amazon" — each client is a customer of the
// subject.
var (
	serviceVerbs = set("processes", "process", "processed", "processing", "handles", "handle", "handled", "handling",
		"delivers", "deliver", "delivered", "delivering", "carries", "carry", "carried", "carrying",
		"ships", "ship", "shipped", "shipping")
	serviceNouns = set("payments", "payment", "transactions", "checkout", "deliveries", "delivery", "shipping",
		"logistics", "fulfilment", "fulfillment", "orders", "returns", "billing", "payroll", "claims",
		"packages", "parcels", "mail", "freight", "cargo", "groceries", "meals")
)

// serviceFor reads the frame at the service verb k.
func (c *ctx) serviceFor(k int) {
	f := k + 1
	for f < len(c.toks) && f <= k+3 && c.toks[f].kind == tWord && !c.toks[f].cap && c.w(f) != "for" {
		f++
	}
	if c.w(f) != "for" || f == k+1 || !serviceNouns[c.w(f-1)] || c.hedge {
		return
	}
	j := c.mentionAt(f + 1)
	subj := c.subjectBefore(k, org)
	if j < 0 || subj < 0 || c.typ(c.s.ments[j]) != org || c.s.ments[j].poss || c.hedged(c.s.ments[subj].b, k) {
		return
	}
	t := c.timeNear(k, 0, c.relativeFrom(f))
	for _, m := range c.licensees(j) {
		c.add(fact{typ: graph.CustomerOf, subj: m.ent, obj: c.s.ments[subj].ent,
			time: t, status: c.statusAt(k), confidence: 0.7})
	}
}

// relativeFrom returns the first ", which" or ", who" from x (its time
// is another clause's: "for eBay, which dropped PayPal in 2021"), or ",
// and its" ("for eBay, and its volume rose last year"), else the
// sentence's end.
func (c *ctx) relativeFrom(x int) int {
	for ; x+1 < len(c.toks); x++ {
		if c.toks[x].s == "," && (c.w(x+1) == "which" || c.w(x+1) == "who" || c.w(x+1) == "and" && possPronoun[c.w(x+2)]) {
			return x
		}
	}
	return len(c.toks)
}

// namedList is the list of organisations from mention j, cut before the
// first item that is no named organisation ("from BMW and Renault, the
// company said" lists no "company").
func (c *ctx) namedList(j int) []mention {
	l := c.listFrom(j)
	for n, m := range l {
		if c.typ(m) != org || m.ref {
			return l[:max(n, 1)]
		}
	}
	return l
}

// licensees returns the organisations listed from mention j ("licenses
// its designs to Apple, Qualcomm and MediaTek"); one alone when the list
// holds anything else.
func (c *ctx) licensees(j int) []mention {
	l := c.listFrom(j)
	for _, m := range l {
		if c.typ(m) != org || m.ref {
			return c.s.ments[j : j+1]
		}
	}
	return l
}
