package extract

import "github.com/cigraph/cigraph/graph"

// Investments told with verbs of putting money: "Microsoft has put about
// $13 billion into OpenAI", "SoftBank poured $2 billion into the startup",
// "pumped $500 million in Y". The amount must follow the verb and "into"
// (or "in") the amount, so "put pressure on Y" or "poured cold water on"
// name no investment.

// pourVerbs put money into a company.
var pourVerbs = set("put", "puts", "putting", "poured", "pours", "pouring", "pumped", "pumps", "pumping",
	"plowed", "ploughed", "injected", "injects", "sank", "sunk", "funneled", "funnelled", "channeled", "channelled",
	"committed", "commits", "pledged", "pledges")

// pledgeVerbs give money "to" a company rather than "into" it: "Amazon has
// committed $8 billion to Anthropic".
var pledgeVerbs = set("committed", "commits", "pledged", "pledges")

// pourInto reads "VERB $N into Y" at the verb k.
func (c *ctx) pourInto(k int) {
	if c.hedge || len(c.money) == 0 {
		return
	}
	mi := -1
	for i, m := range c.money {
		if m.a > k && m.a <= k+3 && !m.perShare {
			mi = i
			break
		}
	}
	if mi < 0 {
		return
	}
	in := c.money[mi].b
	if w := c.w(in); w != "into" && w != "in" && (w != "to" || !pledgeVerbs[c.w(k)]) {
		return
	}
	obj := c.nextMention(in+1, 3, true, org)
	subj := c.subjectBefore(k, org)
	if obj < 0 || subj < 0 || c.hedged(c.s.ments[subj].b, k) {
		return
	}
	amt := c.money[mi].amt
	c.addInvest(subj, obj, k, &amt)
}

// withMoney returns the amount right after "with" at token x ("backed Y
// with $8 billion"), else nil.
func (c *ctx) withMoney(x int) *graph.Amount {
	if c.w(x) != "with" {
		return nil
	}
	for _, m := range c.money {
		if m.a == x+1 && !m.perShare {
			a := m.amt
			return &a
		}
	}
	return nil
}
