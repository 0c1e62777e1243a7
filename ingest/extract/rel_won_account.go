package extract

import "github.com/cigraph/cigraph/graph"

// Accounts and contracts won or lost: "WPP won Coca-Cola's global media
// account", "Ericsson won the AT&T contract", "Ericsson won a $14 billion
// contract to build AT&T's network" — the client named is a customer of
// the winner. "…, which had been handled by Publicis since 2019" and
// "Publicis lost Coca-Cola's account to WPP" name the agency it left
// (former).

// accountNouns are the business a supplier wins from a client.
var accountNouns = set("account", "accounts", "contract", "contracts", "business", "mandate", "mandates", "deal", "order")

// workVerbs after "a contract to" name work done for the client: "a
// contract to build AT&T's network".
var workVerbs = set("build", "supply", "upgrade", "modernize", "modernise", "expand", "run", "operate", "manage",
	"handle", "deploy", "install", "provide", "overhaul", "replace", "equip", "power", "design")

// takeVerbs restate a win: ", taking the business from Y".
var takeVerbs = set("taking", "winning", "wresting", "prying", "moving")

// heldWords before "by" say who served an account before: "had been
// handled by Publicis", "previously held by Omnicom".
var heldWords = set("handled", "held", "managed", "run", "serviced", "overseen")

// wonAccount reads the frame at the win verb k of the winner subj; it
// reports whether it did.
func (c *ctx) wonAccount(k, subj int) bool {
	if c.hedged(c.s.ments[subj].b, k) {
		return false
	}
	if r := c.rightsSeller(k + 1); r >= 0 { // "Amazon won the NBA rights": Amazon buys them
		c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[subj].ent, obj: c.s.ments[r].ent, confidence: 0.75,
			amount: c.moneyNear(k, k, len(c.toks)), time: c.timeNear(k, 0, len(c.toks)), status: c.statusAt(k)})
		return true
	}
	client, n := c.accountOf(k + 1)
	if client < 0 {
		client, n = c.contractFor(k)
	}
	if client < 0 || c.s.ments[client].ent == c.s.ments[subj].ent {
		return false
	}
	ce := c.s.ments[client].ent
	c.add(fact{typ: graph.CustomerOf, subj: ce, obj: c.s.ments[subj].ent, confidence: 0.75,
		amount: c.onceAmount(c.moneyNear(k, k, len(c.toks))), time: c.timeNear(k, 0, len(c.toks)), status: c.statusAt(k)})
	if old := c.formerAgency(n); old >= 0 && c.s.ments[old].ent != c.s.ments[subj].ent {
		c.add(fact{typ: graph.CustomerOf, subj: ce, obj: c.s.ments[old].ent, status: graph.StatusFormer, confidence: 0.7})
	}
	return true
}

// accountOf reads "Y's [adj …] account" or "the Y account" from x: the
// client mention and the account noun's token, else -1.
func (c *ctx) accountOf(x int) (int, int) {
	if c.w(x) == "the" {
		x++
	}
	j := c.mentionAt(x)
	if j < 0 || c.typ(c.s.ments[j]) != org || c.s.ments[j].ref && ownPronouns[c.w(x)] {
		return -1, -1 // "lost its deal with the retailer": the loser's own deal names no client
	}
	n := c.s.ments[j].b
	if c.w(n) == "'s" || c.w(n) == "'" {
		n++
	}
	for ; n < len(c.toks) && n <= c.s.ments[j].b+4; n++ {
		if t := &c.toks[n]; t.kind != tWord || t.cap && t.cls&cPlace == 0 && !upperOnly(t.s) || c.mentionAt(n) >= 0 {
			return -1, -1 // (a place may qualify it: "Volkswagen's U.S. media account")
		}
		if accountNouns[c.w(n)] {
			return j, n
		}
	}
	return -1, -1
}

// ownPronouns stand for the subject's own business before an account noun.
var ownPronouns = set("its", "their")

// contractFor reads "a [$N] contract to VERB Y's …" after the verb at k:
// the client Y and the contract noun, else -1.
func (c *ctx) contractFor(k int) (int, int) {
	n := -1
	for x := k + 1; x < len(c.toks) && x <= k+8; x++ {
		if w := c.w(x); w == "contract" || w == "deal" || w == "order" {
			n = x
			break
		}
	}
	if n < 0 || c.w(n+1) != "to" || !workVerbs[c.w(n+2)] {
		return -1, -1
	}
	for x := n + 3; x < len(c.toks) && x <= n+5; x++ {
		if j := c.mentionAt(x); j >= 0 {
			if m := c.s.ments[j]; m.poss && c.typ(m) == org {
				return j, n
			}
			return -1, -1
		}
	}
	return -1, -1
}

// formerAgency reads who served the account before, after its noun at n:
// ", which had been handled by Y", "previously held by Y", "from Y".
func (c *ctx) formerAgency(n int) int {
	x := n + 1
	if c.w(x) == "from" {
		return c.nextMention(x+1, 2, false, org)
	}
	if c.w(x) == "," {
		x++
	}
	if t := c.takenFrom(n); t >= 0 {
		return t
	}
	if c.w(x) == "which" || c.w(x) == "that" {
		x++
	}
	for ; x < len(c.toks) && x <= n+7; x++ {
		w := c.w(x)
		if heldWords[w] && c.w(x+1) == "by" {
			return c.nextMention(x+2, 2, false, org)
		}
		if !passiveAuxGate.in(passiveAux, w) && w != "had" && w != "has" && w != "previously" && w != "formerly" && w != "long" {
			return -1
		}
	}
	return -1
}

// lostAccount: "Publicis lost Coca-Cola's account to WPP" — the client was
// the loser's customer (former) and is the winner's.
func (c *ctx) lostAccount(k int) {
	if r := c.rightsSeller(k + 1); r >= 0 && !c.hedge { // "lost its NBA rights": a former buyer
		if l := c.subjectBefore(k, org); l >= 0 && !c.hedged(c.s.ments[l].b, k) {
			c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[l].ent, obj: c.s.ments[r].ent, status: graph.StatusFormer,
				time: c.timeNear(k, 0, len(c.toks)), confidence: 0.7})
		}
		return
	}
	client, n := c.accountOf(k + 1)
	if client < 0 || c.hedge {
		return
	}
	loser := c.subjectBefore(k, org)
	if loser < 0 || c.hedged(c.s.ments[loser].b, k) {
		return
	}
	ce := c.s.ments[client].ent
	c.add(fact{typ: graph.CustomerOf, subj: ce, obj: c.s.ments[loser].ent, status: graph.StatusFormer,
		time: c.timeNear(k, 0, len(c.toks)), confidence: 0.7})
	if c.w(n+1) == "to" {
		if w := c.nextMention(n+2, 2, false, org); w >= 0 {
			c.add(fact{typ: graph.CustomerOf, subj: ce, obj: c.s.ments[w].ent, time: c.timeNear(k, 0, len(c.toks)), confidence: 0.7})
		}
	}
}

// takenFrom: ", taking the business from Y" within ten words after the
// account noun at n; Y's mention, else -1.
func (c *ctx) takenFrom(n int) int {
	for x := n + 1; x < len(c.toks) && x <= n+10; x++ {
		if c.w(x) == ";" || c.w(x) == "but" {
			return -1
		}
		if !takeVerbs[c.w(x)] || c.w(x-1) != "," {
			continue
		}
		if c.w(x+1) == "it" || c.w(x+1) == "the" && accountNouns[c.w(x+2)] {
			if f := c.skipTo(x, "from", 4); f > 0 {
				return c.nextMention(f+1, 2, false, org)
			}
		}
		return -1
	}
	return -1
}

// rightsSeller reads "[its|the] Y [media] rights" or "the rights to Y
// games" from x: the seller's mention, else -1.
func (c *ctx) rightsSeller(x int) int {
	if w := c.w(x); w == "its" || w == "the" || w == "their" {
		x++
	}
	if c.w(x) == "rights" && c.w(x+1) == "to" {
		return c.nextMention(x+2, 4, false, org)
	}
	j := c.mentionAt(x)
	if j < 0 || c.typ(c.s.ments[j]) != org {
		return -1
	}
	for n := c.s.ments[j].b; n < len(c.toks) && n <= c.s.ments[j].b+3; n++ {
		if w := c.w(n); w == "rights" {
			return j
		} else if !rightsQualifiers[w] {
			return -1
		}
	}
	return -1
}
