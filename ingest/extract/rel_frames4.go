package extract

import (
	"github.com/cigraph/cigraph/graph"
)

// relativeSubject finds the subject of a verb that follows "that", "which"
// or "who": the name the pronoun attaches to ("Microsoft, which resells",
// "ByteDance, the Beijing company that owns"). ok is false when no relative
// pronoun precedes k; j is -1 when the pronoun attaches to a common noun
// ("companies that buy"): the subject is then no named entity.
func (c *ctx) relativeSubject(k int, types []graph.EntityType) (j int, ok bool) {
	r := k - 1
	for r >= 0 && r >= k-3 && adverbLike(c.w(r)) {
		r--
	}
	if w := c.w(r); w != "that" && w != "which" && w != "who" {
		return -1, false
	}
	e := r
	if c.w(e-1) == "," {
		e--
	}
	if j := c.mentionEndingAt(e, types); j >= 0 {
		return j, true
	}
	for x := r - 1; x >= 0 && x >= r-6; x-- {
		if c.w(x) == "," {
			if art := c.w(x + 1); art == "the" || art == "a" || art == "an" {
				return c.mentionEndingAt(x, types), true
			}
			break
		}
	}
	// ", which" after a clause refers to the whole clause: no answer here
	return -1, c.w(r) != "which"
}

// mentionEndingAt returns the mention of the types that ends at token e.
func (c *ctx) mentionEndingAt(e int, types []graph.EntityType) int {
	for j := len(c.s.ments) - 1; j >= 0; j-- {
		if m := c.s.ments[j]; m.b == e && typeIn(c.typ(m), types) {
			return j
		}
	}
	return -1
}

func adverbLike(w string) bool {
	switch w {
	case "also", "already", "still", "now", "once", "each", "both", "all":
		return true
	}
	return len(w) > 4 && w[len(w)-2:] == "ly"
}

// subjects returns the subject of the verb at k with the names coordinated
// with it ("Walmart and Intuit each paid ...").
func (c *ctx) subjects(k int) []mention {
	subj := c.subjectBefore(k, org)
	if subj < 0 {
		return nil
	}
	if l := c.alongWith(subj); l != nil {
		return l
	}
	l := c.listAt(subj)
	if len(l) < 2 || l[len(l)-1].ent != c.s.ments[subj].ent {
		return c.s.ments[subj : subj+1]
	}
	out := l[:0:0]
	for _, m := range l {
		if c.typ(m) == org {
			out = append(out, m)
		}
	}
	return out
}

// spendWith: "X is spending $N a month with Y (to use P)" -> X customer of Y.
func (c *ctx) spendWith(k int) bool {
	with := c.skipTo(k, "with", 10)
	if with < 0 {
		return false
	}
	vendor := c.nextMention(with+1, 2, true, org)
	if vendor < 0 {
		return false
	}
	if c.sharedSpend(k, with, vendor) { // rel_spend_shared.go: ", with Y and Z taking the biggest share"
		return true
	}
	subj := c.subjectBefore(k, org)
	if subj < 0 || c.hedged(c.s.ments[subj].b, k) || c.personalSubject(c.s.ments[subj].b, k) { // coref_subject2.go
		return false
	}
	c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[subj].ent, obj: c.s.ments[vendor].ent,
		amount: c.moneyNear(k, k, with), time: c.timeNear(k, 0, len(c.toks)), status: c.spendStatus(k), // rel_spend_status.go
		confidence: 0.85, prod: c.productIn(c.s.ments[vendor].b, len(c.toks))})
	return true
}

// madeCustomer reads "..., making X the largest customer of P": the customer
// is the object of "making", else the subject of the sentence.
func (c *ctx) madeCustomer(k int) int {
	for x := k - 1; x >= 0 && x >= k-8; x-- {
		switch c.w(x) {
		case "making", "made", "makes", "make":
			if j := c.mentionAt(x + 1); j >= 0 && c.typ(c.s.ments[j]) == org {
				return j
			}
			for j, m := range c.s.ments {
				if m.a < x && !m.poss && c.typ(m) == org {
					return j
				}
			}
			return -1
		}
	}
	return -1
}

var paymentNouns = set("payments", "payment", "spending", "spend", "purchases", "orders", "bills", "fees", "contract", "business")

// shareOfPayments: "The payments ... made up nearly 25% of what Y was
// earning" puts the share on the customer fact read just before.
func (c *ctx) shareOfPayments(k int, p percent) bool {
	noun := false
	for x := 0; x < k && x < 4; x++ {
		if paymentNouns[c.w(x)] {
			noun = true
		}
	}
	if !noun {
		return false
	}
	sup := c.revenueOwner(p.b, p.b+8)
	best := -1
	for j := len(c.st.facts) - 1; j >= 0 && c.st.facts[j].sent >= c.si-2; j-- {
		f := &c.st.facts[j]
		if f.typ != graph.CustomerOf || f.share != nil || sup >= 0 && f.obj != c.s.ments[sup].ent {
			continue
		}
		if best < 0 || f.amount != nil && c.st.facts[best].amount == nil {
			best = j
		}
	}
	if best >= 0 {
		f := &c.st.facts[best]
		v := p.value
		f.share = &v
		if t := c.shareTime(p, k); t != "" {
			f.time = t
		}
		return true
	}
	return false
}

// productCustomer: "Walmart, a long-standing Azure customer" and "Azure
// customer Walmart" -> the customer buys from the product's vendor.
func (c *ctx) productCustomer(k int) bool {
	p := c.mentionEndingAt(k, []graph.EntityType{prod, org})
	if p < 0 || c.s.ments[p].poss || c.s.ments[p].ref {
		return false
	}
	vendor := c.vendorEnt(c.s.ments[p].ent)
	if c.st.ents[vendor].typ != org {
		return false
	}
	cust := c.mentionAt(k + 1)
	if cust < 0 || c.typ(c.s.ments[cust]) != org {
		cust = c.appositionHead(c.s.ments[p].a)
	}
	if cust < 0 {
		cust = c.copulaSubject(c.s.ments[p].a)
	}
	if cust < 0 {
		return false
	}
	prodE := 0
	if c.typ(c.s.ments[p]) == prod {
		prodE = c.s.ments[p].ent + 1
	}
	c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[cust].ent, obj: vendor, prod: prodE, confidence: 0.75,
		time: c.timeNear(k, 0, len(c.toks))})
	return true
}

// appositionHead finds X in "X, a [modifiers] <a>": the organisation
// before the comma that opens the apposition ending at token a.
func (c *ctx) appositionHead(a int) int {
	for x := a - 1; x >= 1 && x >= a-5; x-- {
		if w := c.w(x); w == "a" || w == "an" || w == "the" {
			if c.w(x-1) == "," {
				return c.mentionEndingAt(x-1, []graph.EntityType{org})
			}
			return -1
		}
		if c.toks[x].kind == tPunct {
			return -1
		}
	}
	return -1
}

// owns: "X owns Y", "X, which owns Y" -> Y is a subsidiary of X.
func (c *ctx) owns(k int) {
	if c.ownsPercent(k) {
		return
	}
	obj := c.mentionAt(k + 1)
	if obj >= 0 {
		obj = c.roleModHead(obj) // rel_role_mod.go: "owns Elden Ring developer FromSoftware"
	}
	if obj < 0 || c.typ(c.s.ments[obj]) != org || c.s.ments[obj].poss || c.hedge {
		return
	}
	subj := c.subjectBefore(k, org)
	if subj < 0 || c.hedged(c.s.ments[subj].b, k) {
		return
	}
	c.add(fact{typ: graph.SubsidiaryOf, subj: c.s.ments[obj].ent, obj: c.s.ments[subj].ent, confidence: 0.75})
}

// directly: "X opted to partner directly with Y", "work directly with Y":
// going straight to the vendor is a supply relation, not an alliance.
func (c *ctx) directly(k int) {
	if c.w(k+1) != "with" || c.hedge {
		return
	}
	switch c.w(k - 1) {
	case "partner", "partners", "partnered", "partnering", "work", "works", "worked", "working",
		"contract", "contracts", "contracted", "deal", "deals", "dealing", "collaborate", "collaborating":
	default:
		return
	}
	vendor := c.nextMention(k+2, 2, false, org)
	if vendor < 0 {
		return
	}
	for _, m := range c.subjects(k - 1) {
		if !m.poss && !c.hedged(m.b, k) {
			c.add(fact{typ: graph.CustomerOf, subj: m.ent, obj: c.s.ments[vendor].ent, confidence: 0.75,
				status: c.statusAt(k - 1), time: c.timeNear(k, 0, len(c.toks))})
		}
	}
}

// headToHead: "X going head to head with Y" -> X competes with Y.
func (c *ctx) headToHead(k int) {
	if c.w(k+1) != "to" || c.w(k+2) != "head" || c.w(k+3) != "with" && c.w(k+3) != "against" || c.hedge {
		return
	}
	subj := c.subjectBefore(k, org, prod)
	obj := c.nextMention(k+4, 3, true, org, prod)
	if subj >= 0 && obj >= 0 {
		c.addCompete(c.s.ments[subj].ent, c.s.ments[obj].ent, 0.7)
	}
}

// leadAmount: "X is investing $43 billion to grow its drug pipeline. The
// company said it is acquiring Y for $229 per share." The deal value is the
// unattached amount of the sentence before, whose subject is the acquirer.
func (c *ctx) leadAmount(acquirer int) *graph.Amount {
	if c.si == 0 {
		return nil
	}
	prev := &c.st.sents[c.si-1]
	if len(prev.ments) == 0 || prev.ments[0].ent != acquirer || prev.ments[0].poss || prev.sp.headline {
		return nil
	}
	// facts are appended sentence by sentence: only the tail can be the
	// previous sentence's (a scan of all facts was quadratic on long texts)
	for j := len(c.st.facts) - 1; j >= 0 && c.st.facts[j].sent >= c.si-1; j-- {
		if f := &c.st.facts[j]; f.sent == c.si-1 && f.amount != nil {
			return nil
		}
	}
	for _, m := range findMoney(c.st.loadToks(c.si-1), nil) {
		if !m.perShare && m.a > prev.ments[0].b && m.a <= prev.ments[0].b+4 && m.amt.Period == "" {
			amt := m.amt
			return &amt
		}
	}
	return nil
}
