package extract

import "github.com/cigraph/cigraph/graph"

// List items read under their lead-in (rel_list_lead.go). An item that
// opens with a company and then a delimiter ("- Amazon: $8 billion, in two
// tranches", "1. Microsoft (about 19% of revenue)", "- Meta Platforms")
// makes that company the holder of the lead-in's role toward its owner,
// with the item's amount and percentage. A "Label: value" item ("*
// Valuation: $183 billion", "* Chief executive: Dario Amodei") is read by
// labelItem (rel_list_labels.go). An item that goes on as a sentence
// ("- Amazon said it would ...") is prose, read by the frames as before.

// listItem reads item sentence i; lst carries the list's lead-in from
// item to item.
func (st *state) listItem(i int, c *ctx, lst *listLead) {
	if i == 0 {
		return
	}
	if !st.sents[i-1].sp.item {
		*lst = st.readLead(i - 1)
	}
	if !lst.ok {
		return
	}
	st.prepare(i, c)
	if c.s.sum.cls&(wHedge|wModal) != 0 {
		return // "- Google: may invest more", "- Amazon: no stake"
	}
	if k := c.labelEnd(); k > 0 {
		c.labelItem(k, lst)
		return
	}
	if lst.role != roleNone && lst.owner >= 0 {
		c.roleItem(lst)
	}
}

// itemDelims may follow the company an item opens with.
var itemDelims = set(":", "(", ",", "-", "–", "—", ";", ".")

// roleItem: the item opens with a company set off by a delimiter, or is
// only the name ("2. Meta Platforms").
func (c *ctx) roleItem(lst *listLead) {
	j := 0
	for j < len(c.s.ments) && c.s.ments[j].ref {
		j++
	}
	if j == len(c.s.ments) || c.s.ments[j].a != 0 || c.s.ments[j].poss {
		return
	}
	m := c.s.ments[j]
	if m.b < len(c.toks) && !itemDelims[c.toks[m.b].low] && c.toks[m.b].low != "and" {
		return
	}
	status := lst.status
	for x := m.b; x < len(c.toks); x++ {
		if c.toks[x].low == "former" || c.toks[x].low == "formerly" {
			status = graph.StatusFormer
		}
	}
	if l := c.listFrom(j); len(l) > 1 && c.itemListEnds(l[len(l)-1].b) {
		for _, o := range l { // "- Spark Capital, Salesforce Ventures and Menlo Ventures: earlier rounds"
			c.addRole(lst.role, lst.owner, o.ent, len(c.toks), status) // (no one amount is each one's)
		}
		return
	}
	if m.b < len(c.toks) && c.toks[m.b].low == "and" {
		return
	}
	c.addRole(lst.role, lst.owner, m.ent, m.b, status)
}

// itemListEnds: a list of companies opening an item ends the item or
// stands before a delimiter other than a comma ("A, B and C: …").
func (c *ctx) itemListEnds(b int) bool {
	return b >= len(c.toks) || c.toks[b].low != "," && itemDelims[c.toks[b].low]
}

// addRole records the tie of item (named before token b) toward owner.
func (c *ctx) addRole(r listRole, owner, item, b int, status string) {
	t := c.st.ents[item].typ
	f := fact{subj: item, obj: owner, status: status, confidence: 0.7}
	switch {
	case r == roleInvestor && (t == org || t == person):
		f.typ, f.amount, f.share = graph.InvestsIn, c.onceAmount(c.itemAmount(b)), c.itemShare(b) // (a sum invested is paid once, as addInvest reads it)
	case r == roleCustomer && t == org:
		f.typ, f.amount, f.share = graph.CustomerOf, c.itemAmount(b), c.itemShare(b)
	case r == roleSupplier && t == org:
		f.typ, f.subj, f.obj, f.amount = graph.CustomerOf, owner, item, c.itemAmount(b)
	case r == roleRival && t == org:
		f.typ, f.subj, f.obj = graph.CompetesWith, owner, item
	case r == rolePartner && t == org:
		f.typ, f.subj, f.obj = graph.PartnersWith, owner, item
	case r == roleUnit && t == org:
		f.typ = graph.SubsidiaryOf
	case (r == roleUnit || r == roleProduct) && t == prod:
		f.typ, f.subj, f.obj = graph.Offers, owner, item
	case r == roleAcquired && t == org:
		f.typ, f.subj, f.obj, f.amount = graph.Acquires, owner, item, c.itemAmount(b)
	default:
		return
	}
	c.add(f)
}

// itemAmount is the first amount after token b ("Amazon: $8 billion"),
// not a price per share; nil when none.
func (c *ctx) itemAmount(b int) *graph.Amount {
	for _, m := range c.money {
		if m.a >= b && !m.perShare {
			return c.st.newAmount(m.amt)
		}
	}
	return nil
}

// itemShare is the first percentage after token b ("a 14% stake", "about
// 19% of revenue"), not a change ("up 18%"); nil when none.
func (c *ctx) itemShare(b int) *float64 {
	for _, p := range c.pcts {
		if p.a < b {
			continue
		}
		if changeWords[c.w(p.a-1)] {
			return nil
		}
		v := p.value
		return &v
	}
	return nil
}

// changeWords before a percentage make it a change, not a share.
var changeWords = set("up", "down", "by", "rose", "fell", "grew", "gained", "lost", "jumped", "dropped")
