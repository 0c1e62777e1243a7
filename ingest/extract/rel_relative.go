package extract

import "github.com/cigraph/cigraph/graph"

// Relative clauses inside a subject: "Baidu's cloud business, which sells
// computing power to Xiaomi and Geely, generated 4.7 billion yuan". The
// clause's own facts end at its closing comma, and the main verb's subject
// is the head before ", which".

// relativeEnd: when k lies in a relative clause opened by ", which|who|that|whose"
// a few words before it, the comma that closes the clause (the first one
// followed by a lower-case verb-like word), else 0.
func (c *ctx) relativeEnd(k int) int {
	if !c.hasRelative() {
		return 0 // the loop below finds no ", which|who|that|whose"
	}
	open := false
	for r := k - 1; r >= 1 && r >= k-6; r-- {
		if relPronoun(c.w(r), true) && c.w(r-1) == "," {
			open = true
			break
		}
	}
	if !open {
		return 0
	}
	for x := k + 1; x+1 < len(c.toks); x++ {
		if c.w(x) != "," {
			continue
		}
		if n := &c.toks[x+1]; n.kind == tWord && !n.cap && !listWords[n.low] {
			return x
		}
	}
	return 0
}

// hasRelative: some token of the sentence is a relPronoun (wide) right
// after a comma. Without one, relativeEnd, inOtherRelative and
// relativeTimeAfter cannot open a clause (nor a summing-up apposition,
// which relativeTimeAfter reads too) and answer no, so they skip their
// scans: moneyNear and timeNear ask them for every candidate, and few
// sentences hold a relative clause. Tokens are fixed during relate, so the
// answer is found once per sentence; a sentence whose summary lacks
// wRelOpen (the pronouns and summaryNouns) has no such token, so its scan
// is skipped.
func (c *ctx) hasRelative() bool {
	if !c.relRead {
		c.relRead = true
		for j := 1; c.s.sum.cls&wRelOpen != 0 && j < len(c.toks); j++ {
			if c.toks[j-1].low == "," && (relPronoun(c.toks[j].low, true) || j+1 < len(c.toks) && summaryAppos(c.toks[j].low, c.toks[j+1].low)) {
				c.relAny = true
				break
			}
		}
	}
	return c.relAny
}

// relPronoun: w opens a relative clause after a comma: "which" or "who",
// or with wide also "that" and "whose" (the readers of a clause's end).
func relPronoun(w string, wide bool) bool {
	return w == "which" || w == "who" || wide && (w == "that" || w == "whose")
}

// listWords continue a list or an example after a comma.
var listWords = set("and", "or", "including", "such", "like", "as", "the", "a", "an", "its", "their", "both", "among", "plus")

// possessedHead: "Baidu's cloud business" ending at token e (exclusive):
// the possessive organisation a few words before e, else -1.
func (c *ctx) possessedHead(e int, types []graph.EntityType) int {
	for j, m := range c.s.ments {
		if m.poss && m.b < e && e-m.b <= 4 && typeIn(c.typ(m), types) {
			for x := m.b + 1; x < e; x++ {
				if c.toks[x].kind != tWord || c.toks[x].cap {
					return -1
				}
			}
			return j
		}
	}
	return -1
}

// closedApposition: the comma at r opens an apposition ("ByteDance, the
// owner of TikTok, is") that the comma after the mention ending at b
// closes before the verb at k: the name before r is the subject, else -1.
func (c *ctx) closedApposition(r, b, k int, types []graph.EntityType) int {
	if w := c.w(r + 1); w != "the" && w != "a" && w != "an" || c.w(b) != "," || b >= k || k-b > 4 {
		return -1
	}
	return c.mentionEndingAt(r, types)
}

// "Google, which put $2 billion into Anthropic, acquired DeepMind": an
// amount inside a relative clause on the subject belongs to that clause's
// own verb, not to the main verb after it. Likewise "X bought Y in 2015,
// then sold it to Z for $5 billion": the amount after ", then" prices the
// later step.

// otherClauseMoney: the amount at a belongs to another clause than the
// verb at k.
func (c *ctx) otherClauseMoney(a, k int) bool {
	return c.inOtherRelative(a, k) || c.thenBetween(k, a) || c.subClauseAfter(a, k) // rel_subclause.go
}

// thenBetween: ", then" between the verb at k and the amount at a > k.
func (c *ctx) thenBetween(k, a int) bool {
	for j := k + 1; j+1 < a; j++ {
		if c.toks[j].low == "," && c.toks[j+1].low == "then" {
			return true
		}
	}
	return false
}

// inOtherRelative: the token at a lies in a ", which|who ... ," clause
// that closes before k.
func (c *ctx) inOtherRelative(a, k int) bool {
	if a >= k || !c.hasRelative() { // (the clause opens at ", which|who")
		return false
	}
	open := -1
	for j := a - 1; j >= 1 && j >= a-12; j-- {
		if c.toks[j].kind == tPunct {
			return false
		}
		if relPronoun(c.toks[j].low, false) && c.toks[j-1].low == "," {
			open = j
			break
		}
	}
	if open < 0 {
		return false
	}
	for j := a + 1; j < k; j++ {
		if c.toks[j].low == "," {
			return true
		}
	}
	return false
}

// relativeTimeAfter: the time at token a lies in a ", who" clause opened
// after the verb k and not closed before a ("rehired P, who had left
// Google in 2021, ..."): a person's own past dates no fact at k. So does
// a ", which" clause's, unless it states a figure or the deal's own event
// ("announced", "signed") before the time.
func (c *ctx) relativeTimeAfter(k, a int) bool {
	if a <= k || a-k > 40 || !c.hasRelative() { // (only ", who|which" answers yes)
		return false
	}
	for x := a - 1; x > k+1; x-- {
		if c.w(x) == "," && summaryAppos(c.w(x+1), c.w(x+2)) {
			return !c.figureBetween(x, a) && !c.dealEventBetween(x, a) // "…, an arrangement a judge ruled in 2024 was illegal"
		}
		if c.w(x) == "," && x+1 < a && c.toks[x+1].kind == tWord && !c.toks[x+1].cap && !relPronoun(c.w(x+1), false) && !listWords[c.w(x+1)] {
			return false // a comma before a lower-case word closes a clause first
		}
		if c.w(x) == "who" && c.w(x-1) == "," {
			return true
		}
		if c.w(x) == "which" && c.w(x-1) == "," {
			return !c.figureBetween(x, a) && !c.dealEventBetween(x, a) // "..., which was spun out of Y last year"
		}
	}
	return false
}

// summaryNouns head an apposition that sums up the fact before it and
// tells its own story: "pays Apple $20 billion a year, an arrangement a
// judge ruled in 2024 was illegal".
var summaryNouns = set("arrangement", "move", "practice", "step", "decision", "relationship", "tie-up")

// summaryAppos: the words d n open such an apposition ("an arrangement").
func summaryAppos(d, n string) bool {
	return (d == "a" || d == "an") && summaryNounGate.in(summaryNouns, n)
}

// figureBetween: an amount or a percentage lies in tokens (x, a): a
// clause with a figure tells the fact's figure and time with it ("buys
// chips from TSMC, which made 90% of its wafers last year").
func (c *ctx) figureBetween(x, a int) bool {
	for _, m := range c.money {
		if m.a > x && m.a < a {
			return true
		}
	}
	for _, p := range c.pcts {
		if p.a > x && p.a < a {
			return true
		}
	}
	return false
}

// dealEventVerbs tell a deal's own event: "a partnership with OpenAI,
// which was announced yesterday" dates the partnership.
var dealEventVerbs = set("announced", "unveiled", "signed", "agreed", "reached", "struck", "completed", "closed",
	"finalized", "finalised", "disclosed", "confirmed", "sealed", "inked", "expanded", "renewed", "extended",
	"sold", "bought", "buying", "selling", "acquired", "acquiring", "invested", "purchased")

// dealEventBetween: a dealEventVerbs word lies in tokens (x, a).
func (c *ctx) dealEventBetween(x, a int) bool {
	for y := x + 1; y < a; y++ {
		if dealEventVerbs[c.w(y)] {
			return true
		}
	}
	return false
}
