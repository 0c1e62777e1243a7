package extract

import "github.com/cigraph/cigraph/graph"

// Corporate events beyond deals: activist and strategic holdings stated as
// a sum of stock ("Trian owns about $3.5 billion of Disney stock", "will
// buy $5 billion of Intel stock"), and separations that end a parent's
// ownership ("began trading after its separation from 3M", "the business
// spun off from IBM in 2021").

// stockWorthVerbs hold or take equity; a sum of stock after them is a
// stake, not a purchase of the company.
var stockWorthVerbs = set("owns", "own", "holds", "hold", "buy", "buys", "bought", "purchased")

// stockWorth reads "X owns|holds|will buy (about) $N of Y('s) stock": an
// INVESTS_IN with the stake's value (status planned for "will buy").
//
// It is asked at every trigger word, so its first test is inlined at the
// call: a sentence without an amount (most) makes no call.
func (c *ctx) stockWorth(k int) {
	if len(c.money) != 0 {
		c.stockWorthAt(k)
	}
}

// stockWorthAt is stockWorth in a sentence with an amount.
func (c *ctx) stockWorthAt(k int) {
	if !stockWorthGate.in(stockWorthVerbs, c.w(k)) { // wordgate.go
		return
	}
	for _, m := range c.money {
		if m.a <= k || m.a > k+2 || m.perShare {
			continue
		}
		if obj := c.stockIssuer(m.b); obj >= 0 && !c.hedge { // rel_bought_stock.go
			c.addBoughtStock(k, obj, m)
		}
		return
	}
}

// separatedFrom reads "X ... after its separation from P" and "X, (the
// unit) spun off|out from|of P": X was P's subsidiary and no longer is.
func (c *ctx) separatedFrom(k int) {
	from := -1
	switch {
	case c.w(k) == "separation" && c.w(k-1) == "its" && c.w(k+1) == "from":
		from = k + 2
	case c.w(k) == "spun" && (c.w(k+1) == "off" || c.w(k+1) == "out") && (c.w(k+2) == "from" || c.w(k+2) == "of"):
		from = k + 3
	}
	if from < 0 && c.w(k) == "spun" {
		c.spunOff(k) // rel_spinoff.go: "GE spun off GE Vernova"
		return
	}
	if from < 0 || c.hedge {
		return
	}
	p := c.mentionAt(from)
	if p < 0 || c.s.ments[p].poss || c.typ(c.s.ments[p]) != graph.Org {
		return
	}
	x := c.subjectBefore(k, graph.Org)
	if x < 0 || c.s.ments[x].ent == c.s.ments[p].ent {
		return
	}
	c.add(fact{typ: graph.SubsidiaryOf, subj: c.s.ments[x].ent, obj: c.s.ments[p].ent,
		status: graph.StatusFormer, confidence: 0.7})
}

// shareholderAppos reads the apposition "X, its|Y's largest shareholder
// with about 21%," (the owner mention ends before the noun at k, cop is
// the token before it): the name before the comma holds the stake, as
// the subject of "X is Y's shareholder" does (shareholderOf).
func (c *ctx) shareholderAppos(k, owner, cop int) bool {
	if c.w(cop) != "," {
		return false
	}
	holder := c.mentionEndingAt(cop, []graph.EntityType{graph.Org})
	if holder < 0 || c.s.ments[holder].ent == c.s.ments[owner].ent {
		return false
	}
	c.add(fact{typ: graph.InvestsIn, subj: c.s.ments[holder].ent, obj: c.s.ments[owner].ent,
		share: c.withStake(k), confidence: 0.75})
	return true
}

// stakeSoldTo reads "X agreed to sell a 50% stake in Y to Z" at the stake
// noun k (obj is Y): the stake is the part the buyer Z takes, so Z
// invests with that share (planned while the sale is only agreed), and
// the seller's own holding is not that share. It reports a match.
func (c *ctx) stakeSoldTo(obj, k int) bool {
	sell := c.sellerVerb(k)
	if sell < 0 {
		return false
	}
	end := c.s.ments[obj].b
	for x := end; x < len(c.toks) && x < end+10; x++ {
		if c.w(x) == "." || c.w(x) == ";" {
			return false
		}
		if c.w(x) != "to" {
			continue
		}
		buyer := c.nextMention(x+1, 2, true, graph.Org)
		if buyer < 0 || c.s.ments[buyer].ent == c.s.ments[obj].ent {
			return false
		}
		b := c.s.ments[buyer].b
		amt := c.onceAmount(c.moneyNear(k, b, b+6)) // "to Z for $2 billion": the price
		c.add(fact{typ: graph.InvestsIn, subj: c.s.ments[buyer].ent, obj: c.s.ments[obj].ent, amount: amt,
			share: c.stakeShare(k), time: c.timeNear(k, 0, len(c.toks)), status: c.statusAt(sell), confidence: 0.75})
		return true
	}
	return false
}

// sellerVerb: the selling verb a few words before the stake noun at k
// ("to sell a 50% controlling stake"), or -1.
func (c *ctx) sellerVerb(k int) int {
	for x := k - 1; x >= 0 && x >= k-7; x-- {
		if exitVerbGate.in(exitVerbs, c.w(x)) { // rel_role.go
			return x
		}
		if c.toks[x].kind == tPunct && c.w(x) != "%" {
			return -1
		}
	}
	return -1
}

// skipFormer steps over "a" and "former" opening an apposition ("P, a
// former head of Y,"), so the title after them is read; formerAppos
// gives such a post its status.
func (c *ctx) skipFormer(x int) int {
	if w := c.w(x); (w == "a" || w == "an") && pastTitleWord(c.w(x+1)) {
		return x + 2
	}
	if pastTitleWord(c.w(x)) {
		x++
	}
	return x
}

func pastTitleWord(w string) bool { return w == "former" || w == "onetime" || w == "one-time" }

// formerAppos: the apposition after the person m calls the post a past
// one ("P, the former chief executive of Y,", "P, Y's former CFO,").
func (c *ctx) formerAppos(m mention, org int) string {
	if c.w(m.b) != "," || !c.entInApposition(m.b, org) {
		return ""
	}
	for x := m.b + 1; x < len(c.toks) && x <= m.b+6; x++ {
		if pastTitleWord(c.w(x)) {
			return graph.StatusFormer
		}
		if c.toks[x].kind == tPunct && c.w(x) != "'s" || c.toks[x].cls&wTitle != 0 {
			return ""
		}
	}
	return ""
}

// formerTitleNext: "the former chief executive" uses "former" as an
// adjective of the title w, not as the pronoun "the former" (the first of
// two companies just named).
func formerTitleNext(w string) bool { return w != "and" && (titleWords[w] || personTitles[w]) }

// entInApposition: the entity e is named inside the apposition opening at
// the comma b, so the apposition's title is a post at e (not "is led by
// P, the former head of Z" read as a post at the subject).
func (c *ctx) entInApposition(b, e int) bool {
	end := c.appositionClose(b) // rel_leads_apposition.go
	if end < 0 {
		end = len(c.toks)
	}
	for _, m := range c.s.ments {
		if m.a > b && m.b <= end && m.ent == e {
			return true
		}
	}
	return false
}
