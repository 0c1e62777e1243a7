package extract

import "github.com/cigraph/cigraph/graph"

// Role nouns after an owner name ("Boeing's main rival", "both Boeing
// customers") say what the names they describe are to the owner: the names
// in apposition before them ("Airbus, Boeing's main rival,") or the subject
// of a copula ("Orange and Telefonica are Vodafone's main rivals").

// copulas link a subject to a role noun phrase.
var copulas = set("is", "are", "was", "were", "remain", "remains", "became", "become", "becomes")

// roleOwner returns the owner mention of the role noun at k: a possessive
// ("Boeing's main rival") or a plain name right before it ("both Boeing
// customers"), with only lower-case modifiers between.
func (c *ctx) roleOwner(k int) int {
	if j := c.possessorBefore(k, 4); j >= 0 {
		return j
	}
	for j, m := range c.s.ments {
		if m.b == k && !m.poss && !m.ref && c.typ(m) == org {
			return j
		}
	}
	return -1
}

// roleHolders returns the names the role phrase owned by owner describes.
func (c *ctx) roleHolders(owner int) []mention {
	a := c.s.ments[owner].a
	for a > 0 && (c.w(a-1) == "both" || c.w(a-1) == "all" || c.w(a-1) == "each") {
		a--
	}
	if c.w(a-1) == "among" || c.w(a-1) == "of" && c.w(a-2) == "one" {
		a -= 1 + b2i(c.w(a-1) == "of") // "Microsoft, one of Intel's largest customers,"
	}
	if a < 2 {
		return nil
	}
	if c.w(a-1) == "," {
		for j := len(c.s.ments) - 1; j >= 0; j-- {
			if c.s.ments[j].b == a-1 {
				return c.holderList(j)
			}
		}
		return nil
	}
	if copulas[c.w(a-1)] {
		return c.subjects(a - 1)
	}
	return c.beenHolders(a - 1) // rel_more3.go
}

// holderList: the list of names ending with mention j, organisations only.
func (c *ctx) holderList(j int) []mention {
	out := c.s.ments[j : j+1]
	for k := j - 1; k >= 0; k-- {
		l := c.listFrom(k)
		if l[len(l)-1].a != c.s.ments[j].a {
			break
		}
		out = l
	}
	for _, m := range out {
		if c.st.ents[m.ent].typ != graph.Org {
			return nil
		}
	}
	return out
}

// roleFacts adds the facts a role noun at k states (typ CUSTOMER_OF or
// COMPETES_WITH); it reports whether the frame matched.
func (c *ctx) roleFacts(k int, typ string) bool {
	if c.hedge {
		return false
	}
	owner := c.roleOwner(k)
	if owner < 0 {
		return false
	}
	hs := c.roleHolders(owner)
	o := c.s.ments[owner].ent
	for _, h := range hs {
		switch typ {
		case graph.CompetesWith:
			c.addCompete(h.ent, o, 0.75)
		case graph.PartnersWith:
			c.add(fact{typ: typ, subj: h.ent, obj: o, confidence: 0.75, status: c.statusAt(k)})
		default: // the main verb's time is not the role's ("X, Y's customer, plans ... next year")
			c.add(fact{typ: graph.CustomerOf, subj: h.ent, obj: o, confidence: 0.75, status: c.roleStatus(owner)})
		}
	}
	return len(hs) > 0
}

// ownsPercent: "X owns 11% of Y", "X, which owns 51% of Y": a stated stake
// is an investment with its share (only the percentage says how much).
func (c *ctx) ownsPercent(k int) bool {
	var p *percent
	for i := range c.pcts {
		if c.pcts[i].a == k+1 || c.pcts[i].a == k+2 && c.stakeQual(k+1) { // rel_stake_keep.go
			p = &c.pcts[i]
		}
	}
	if p != nil && (c.w(p.b) == "and" || c.w(p.b) == ",") && c.gappedStake(k) { // rel_stake_gapped.go, rel_stake_list.go
		return true
	}
	if p == nil || c.w(p.b) != "of" || c.hedge {
		return p != nil
	}
	obj := c.mentionAt(p.b + 1)
	subj := c.subjectBefore(k, org)
	if c.relativeStake(k, subj, obj, p.value) {
		return true
	}
	if obj < 0 || subj < 0 || c.typ(c.s.ments[obj]) != org || c.hedged(c.s.ments[subj].b, k) {
		return true
	}
	if c.w(k-1) == "each" && c.eachStake(k, obj, p.value) { // rel_stake_list.go
		return true
	}
	v := p.value
	c.add(fact{typ: graph.InvestsIn, subj: c.s.ments[subj].ent, obj: c.s.ments[obj].ent, share: &v,
		time: c.timeNear(k, 0, len(c.toks)), confidence: 0.75})
	return true
}

// coInvestors: "Salesforce Ventures and Zoom have also invested in Y": each
// listed subject invests; no one amount is each one's.
func (c *ctx) coInvestors(k, obj int) bool {
	subjs := c.subjects(k)
	if !c.andList(subjs) || c.ownStake(k) { // rel_invest_own.go
		return false
	}
	for _, m := range subjs {
		c.add(fact{typ: graph.InvestsIn, subj: m.ent, obj: c.s.ments[obj].ent, share: c.stakeShare(k),
			time: c.timeNear(k, 0, len(c.toks)), status: c.statusAt(k), confidence: 0.8})
	}
	return true
}

// andList: two or more names joined by "and" ("A, B and C"); a bare comma
// may join two clauses ("documents seen by Fortune, Microsoft is ...").
func (c *ctx) andList(l []mention) bool {
	if len(l) < 2 || c.clauseAndPair(l) { // coref_subject2.go
		return false
	}
	for x := l[len(l)-2].b; x < l[len(l)-1].a; x++ {
		if w := c.w(x); w == "and" || w == "&" || w == "with" || w == "alongside" {
			return true
		}
	}
	return false
}

// roleVerbs sit between a person and "as TITLE": "X would step down as
// chief executive", "X will remain as chairman", "X was named as CFO".
var roleVerbs = set("would", "will", "is", "was", "to", "step", "steps", "stepped", "stepping", "down",
	"remain", "remains", "stay", "stays", "serve", "serves", "served", "continue", "continues", "has",
	"have", "been", "named", "appointed", "retire", "retires", "retiring", "also")

// roleVerbsAfter returns the token after the role verbs following b, or b
// when no "as" follows them.
func (c *ctx) roleVerbsAfter(b int) int {
	x := b
	for x < len(c.toks) && x < b+5 && roleVerbs[c.w(x)] {
		x++
	}
	if c.w(x) == "as" {
		return x
	}
	return b
}

// skipPossessive: "as its new chief financial officer": step over the
// possessive and "new" before the title (x is at "as").
func (c *ctx) skipPossessive(x int) int {
	if c.w(x+1) == "its" || c.w(x+1) == "the" || c.w(x+1) == "their" {
		x++
	}
	if nextTitleAdjs[c.w(x+1)] {
		x++
	}
	return x
}

// nextTitleAdjs stand between "as its" and a title: "as its next CEO".
var nextTitleAdjs = set("new", "next", "incoming", "permanent", "acting", "sole")

// reporterOrSubject: the organisation before token a; after "X said
// [on Monday] that" (no relative clause) the reporting X.
func (c *ctx) reporterOrSubject(a int) int {
	if j := c.subjectBefore(a, org); j >= 0 {
		return j
	}
	if c.w(a-1) != "that" {
		return -1
	}
	for j, m := range c.s.ments {
		if m.b < a && c.typ(m) == org && !m.poss && reportVerbs[c.w(m.b)] {
			return j
		}
	}
	return -1
}

// parentApposition: "Alphabet, Google's parent company," -> Google is a
// subsidiary of the name the phrase is in apposition to.
func (c *ctx) parentApposition(child int) {
	for _, h := range c.roleHolders(child) {
		if h.ent != c.s.ments[child].ent {
			c.add(fact{typ: graph.SubsidiaryOf, subj: c.s.ments[child].ent, obj: h.ent, confidence: 0.8})
		}
	}
}

// copulaSubject: "Siemens has been an Azure customer": the subject of the
// copula before "a"/"an" at token a-1.
func (c *ctx) copulaSubject(a int) int {
	if w := c.w(a - 1); w != "a" && w != "an" {
		return -1
	}
	x := a - 2
	if c.w(x) == "been" && (c.w(x-1) == "has" || c.w(x-1) == "have" || c.w(x-1) == "had") {
		x--
	} else if !copulas[c.w(x)] {
		return -1
	}
	return c.subjectBefore(x, org)
}

// alongWith: "Tencent, along with Alibaba, buys": the subject found is the
// name after "along with"; the name before the phrase is a subject too.
func (c *ctx) alongWith(subj int) []mention {
	a := c.s.ments[subj].a
	x := a - 1
	if c.w(x) == "with" && (c.w(x-1) == "along" || c.w(x-1) == "together") {
		x--
	} else if c.w(x) != "alongside" {
		return nil
	}
	if c.w(x-1) != "," {
		return nil
	}
	for j, m := range c.s.ments {
		if m.b == x-1 && c.typ(m) == org && !m.poss {
			return []mention{c.s.ments[j], c.s.ments[subj]}
		}
	}
	return nil
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// agents: "backed by Andreessen Horowitz and SoftBank": every backer named
// (one stake share, when given, is only the first one's).
func (c *ctx) agents(first int, share *float64) []mention {
	l := c.listFrom(first)
	if share != nil || !c.andList(l) {
		return l[:1]
	}
	out := l[:0:0]
	for _, m := range l {
		if c.typ(m) == org {
			out = append(out, m)
		}
	}
	return out
}

// equityNouns are what a payment buys when it buys into a company.
var equityNouns = set("stake", "shares", "share", "holding", "interest", "company", "business", "unit")

// forEquity: "for the stake", "for its 33% holding" after the verb at k.
func (c *ctx) forEquity(k int) bool {
	f := c.skipTo(k, "for", 10)
	if f < 0 {
		return false
	}
	for x := f + 1; x < len(c.toks) && x <= f+4; x++ {
		if w := c.w(x); equityGate.may(w) && equityNouns[w] { // wordgate.go
			return true
		}
	}
	return false
}

// exitVerbs part with a holding: "Ford sold its remaining stake in Rivian".
var exitVerbs = set("sold", "sells", "sell", "selling", "divested", "exited", "offloaded", "dumped", "unloaded")

// soldStake: a seller verb shortly before the stake noun at k, so the
// investment is a former one. A part sold ("sold part of its holding",
// "some of its shares") leaves the rest held.
func (c *ctx) soldStake(k int) bool {
	for x := k - 1; x >= 0 && x >= k-4; x-- {
		if partWordGate.in(partWords, c.w(x)) && c.w(x+1) == "of" {
			return false
		}
		if exitVerbGate.in(exitVerbs, c.w(x)) {
			return true
		}
	}
	return false
}

var partWords = set("part", "some", "portion", "half", "most", "much", "parts")

// makeVerbs make goods for a buyer.
var makeVerbs = set("makes", "make", "made", "making", "builds", "build", "built", "produces", "produce", "produced", "manufactures", "manufactured", "assembles", "assembled",
	"designs", "designed", "fabricates", "fabricated", // rel_design.go
	"manufacture", "assemble", "design", "fabricate",
	"packages", "packaged", "package", // "Amkor packages chips for Apple" (chip packaging, rel_design.go)
	"fills", "filled", "fill") // "Catalent fills syringes for Novo Nordisk" (fill-finish, rel_design.go)

// makesFor: "Panasonic, which makes batteries for Tesla", "TSMC makes chips
// for Apple and Nvidia": the named buyers are customers of the maker.
func (c *ctx) makesFor(k int) bool {
	return c.makesOwned(k) || c.makesForList(k) || c.makesModelOf(k) // rel_goods.go, rel_build_model.go
}

// madeNouns are goods made to order that are no trade noun (buyNouns):
// "assembles phones for Apple", "builds cars for BMW".
var madeNouns = set("phones", "smartphones", "handsets", "devices", "laptops", "cars", "vehicles", "screens",
	"lenses", "cameras", "sensors", "modems", "antennas", "filters", "aircraft", "jets",
	"glass", "substrates", "optics", "lasers", "cables", "connectors", "boards", "casings", "enclosures",
	"asic", "asics", "socs", "xpus", "baseboards", // "builds a custom ASIC for Meta"
	// contract drug manufacturing: "Lonza makes antibodies for Vertex", "fills syringes for Novo Nordisk"
	"antibodies", "vaccines", "vaccine", "drugs", "medicines", "doses", "syringes", "pens", "injectables",
	"biologics", "biosimilars", "therapies", "pills", "vials", "cartridges", "injections")

// madeGoods: w names goods a maker makes for a buyer.
func madeGoods(w string) bool { return buyNounGate.in(buyNouns, w) || madeNouns[w] }

// makesForList is makesFor without the possessive reading ("makes Apple's
// chips"), for the making verbs whose possessive is read only before a
// name: "designs its own processors" names no buyer.
func (c *ctx) makesForList(k int) bool {
	if c.toks[k].cls&wMake == 0 || !c.goodsAfterMake(k) && !c.productAt(k+1) && !(c.w(k+1) == "the" && c.productAt(k+2)) {
		return false // "builds iPhones for Apple": a product named as the goods
	}
	f := c.skipTo(k, "for", 4)
	subj := c.subjectBefore(k, org)
	if f < 0 || subj < 0 || c.hedge || c.hedged(c.s.ments[subj].b, k) {
		return false
	}
	first := c.nextMention(f+1, 2, false, org)
	if e := c.forDescription(f, subj); first < 0 && e >= 0 { // rel_for_desc.go: "built cars for the brand"
		c.addCustomer(e, c.s.ments[subj].ent, k, 0.7)
		return true
	}
	if first < 0 {
		return c.goodsForBuyers(k, subj) // "makes the chips for the iPhone": rel_goods_for.go
	}
	l := c.listFrom(first)
	amt := c.contractValue(k) // rel_more3.go: "signed a $16.5 billion contract to make chips for Y"
	one := c.orgCount(l) == 1 // (", Elon Musk said" may follow the buyer)
	for _, m := range l {
		if c.typ(m) != org {
			continue
		}
		if one && amt != nil {
			c.add(fact{typ: graph.CustomerOf, subj: m.ent, obj: c.s.ments[subj].ent, amount: amt,
				time: c.timeNear(k, 0, len(c.toks)), status: c.statusAt(k), confidence: 0.75})
			continue
		}
		c.addCustomer(m.ent, c.s.ments[subj].ent, k, 0.75)
	}
	return true
}

// goodsAfterMake: goods follow the making verb at k, perhaps after one or
// two lower-case modifiers ("makes artificial intelligence chips for").
func (c *ctx) goodsAfterMake(k int) bool {
	for g := k + 1; g <= k+3 && g < len(c.toks); g++ {
		if p := &c.toks[g-1]; g > k+1 && (p.cap || p.kind != tWord || objectPrepGate.in(objectPreps, p.low) || p.cls&wTrigger != 0) {
			return false // a name, a break or another verb's phrase before the goods ("designs to make chips")
		}
		if madeGoods(c.w(g)) {
			return true
		}
	}
	return false
}

// productAt: a product mention starts at token x.
func (c *ctx) productAt(x int) bool {
	j := c.mentionAt(x)
	return j >= 0 && c.typ(c.s.ments[j]) == prod
}

// orgCount counts the organisations of a list.
func (c *ctx) orgCount(l []mention) int {
	n := 0
	for _, m := range l {
		if c.typ(m) == org {
			n++
		}
	}
	return n
}
