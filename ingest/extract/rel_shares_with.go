package extract

import "github.com/cigraph/cigraph/graph"

// Revenue shared with a partner: "Alphabet shares 36% of the search
// advertising revenue it earns through Safari with Apple", "the app store
// splits 30% of its fees with developers" — the one shared with receives a
// share of the subject's revenue (REVENUE_SHARE partner -> subject).

// sharedRevenueNouns are what a share is of.
var sharedRevenueNouns = set("revenue", "revenues", "sales", "profit", "profits", "income", "fees", "proceeds", "earnings")

// sharesRevenueWith reads the frame at the verb k.
func (c *ctx) sharesRevenueWith(k int) {
	if len(c.pcts) == 0 || c.hedge {
		return
	}
	var p *percent
	for i := range c.pcts {
		if a := c.pcts[i].a; a == k+1 || a == k+2 && c.pcts[i].qualifier != "" {
			p = &c.pcts[i]
		}
	}
	if p == nil || c.w(p.b) != "of" {
		return
	}
	of := false
	for x := p.b + 1; x < len(c.toks) && x <= p.b+6; x++ {
		if sharedRevenueNouns[c.w(x)] {
			of = true
			break
		}
	}
	with := c.skipTo(p.b, "with", 14)
	if !of || with < 0 {
		return
	}
	partner := c.nextMention(with+1, 2, false, org)
	subj := c.subjectBefore(k, org)
	if partner < 0 || subj < 0 || c.hedged(c.s.ments[subj].b, k) {
		return
	}
	v := p.value
	c.add(fact{typ: graph.RevenueShare, subj: c.s.ments[partner].ent, obj: c.s.ments[subj].ent, share: &v,
		time: c.timeNear(k, 0, len(c.toks)), status: c.statusAt(k), confidence: 0.75})
}
