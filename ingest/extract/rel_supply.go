package extract

import (
	"strings"

	"github.com/cigraph/cigraph/graph"
)

// Supply-story relation rules: rivalry read through the goods of
// two makers, object lists of buying, investing and relying verbs, deals
// with a party described as a supplier, work won from customers, goods
// supplied for another maker's product, the employer of a bare title, and
// readings to refute (goods "used in" a product, a buyer's own product).

// competePoss: "X's chips compete with Y's products", "X competes directly
// with Y" -> X and Y compete. compete's own object search skips possessives
// (a possessive there usually owns a product it names, which that search
// reads) and wants the preposition right after the verb.
func (c *ctx) competePoss(k, subj int) bool {
	p := k + 1
	if strings.HasSuffix(c.w(p), "ly") {
		p++ // "compete directly with", "compete fiercely against"
	}
	if w := c.w(p); w != "with" && w != "against" {
		return false
	}
	obj := c.nextMention(p+1, 3, false, org)
	if obj < 0 || p == k+1 && !c.s.ments[obj].poss {
		return false // a plain object after "with" is compete's own case
	}
	if m := c.s.ments[obj]; m.poss && c.mentionAt(m.b+1) >= 0 {
		return false // "Y's Z": compete reads the product Z
	}
	for _, o := range c.objectList(obj) {
		for _, sm := range c.coSubjects(subj) {
			c.addCompete(sm.ent, o.ent, 0.7)
		}
	}
	return true
}

// objectList returns the object mention obj and the organisations joined
// to it by "and" ("buys chips from Intel and Samsung"). A list whose last
// name starts a new clause ("in Acme and Globex said ...") or is a
// possessive is no list of objects.
func (c *ctx) objectList(obj int) []mention {
	one := c.s.ments[obj : obj+1]
	if m := c.s.ments[obj]; m.ref || m.poss || c.w(m.b) != "and" && c.w(m.b) != "," {
		return one // a reference reads its list itself; "Huawei's chips" names goods
	}
	l := c.listFrom(obj)
	for len(l) > 2 && c.pronounClause(l[len(l)-1]) {
		l = l[:len(l)-1] // "from A, B and C, and it plans ...": "it" opens a clause
	}
	if len(l) < 2 {
		return one
	}
	last := l[len(l)-1]
	if !c.orgConjunction(l) || last.b < len(c.toks) && c.toks[last.b].cls&wFinite != 0 {
		return one
	}
	return l
}

// fromAgain adds the seller of a repeated "from" after the list:
// "rents capacity from CoreWeave and from Nebius".
func (c *ctx) fromAgain(l []mention) []mention {
	last := l[len(l)-1]
	if c.w(last.b) != "and" || c.w(last.b+1) != "from" {
		return l
	}
	if m := c.mentionAt(last.b + 2); m >= 0 && c.typ(c.s.ments[m]) == org && !c.s.ments[m].poss {
		return append(l[:len(l):len(l)], c.s.ments[m])
	}
	return l
}

// supplierPlurals describe the other side of a deal as sellers: "signed
// deals with two chipmakers: A and B" makes the signer their customer.
var supplierPlurals = set("chipmakers", "suppliers", "vendors", "foundries", "manufacturers",
	"providers", "makers", "assemblers", "fabs")

// supplierDeal: "X signed deals with two chipmakers: A and B", "X's supply
// contracts with two foundries, A and B" -> X is a customer of each (the
// forward reference of coref_forward.go stands for the names).
func (c *ctx) supplierDeal(k int) bool {
	if c.w(k+1) != "with" || c.hedge {
		return false
	}
	obj := c.nextMention(k+2, 2, false, org)
	if obj < 0 || !c.s.ments[obj].ref || !supplierPlurals[c.w(c.s.ments[obj].b-1)] {
		return false
	}
	subj := c.dealParty(k)
	if subj < 0 || c.hedged(c.s.ments[subj].b, k) || c.pending(c.s.ments[subj].b, k) {
		return false
	}
	c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[subj].ent, obj: c.s.ments[obj].ent,
		time: c.timeNear(k, 0, len(c.toks)), status: c.statusAt(k), confidence: 0.7})
	return true
}

// notUsedWords may stand before a "used" whose subject is the org before
// them ("Apple has used", "Apple also used").
var notUsedWords = set("is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "also", "widely",
	"mainly", "commonly", "often", "not", "still", "already", "first", "long")

// reducedUsed: "chips used in iPhones", "GPUs used for training": "used"
// after a lower-case noun modifies the noun; the org before it (in "Our
// sales to Apple consist of chips used in iPhones") uses nothing.
func (c *ctx) reducedUsed(k int) bool {
	if c.w(k) != "used" || k == 0 {
		return false
	}
	if w := c.w(k + 1); w != "in" && w != "for" && w != "inside" && w != "by" {
		return false
	}
	p := &c.toks[k-1]
	return p.kind == tWord && !p.cap && !notUsedWords[p.low] && !strings.HasSuffix(p.low, "ly")
}

// topicTitleOrg: the employer of a person given a bare title ("Chief
// executive Matt Murphy told analysts", "Seamus Grady, the chief
// executive, said") is the company the article is about, not the last
// company named: the first organisation the lead names, past the headline
// (which often opens with another: "X's biggest customer is now Y"). It
// is -1 when that one is not named again.
func (c *ctx) topicTitleOrg() int {
	head := -1 // the headline's first organisation
	for i := 0; i < c.si; i++ {
		s := &c.st.sents[i]
		if s.sp.headline {
			if head < 0 {
				head = c.firstOrgOf(s)
			}
			continue
		}
		for _, m := range s.ments {
			if e := &c.st.ents[m.ent]; e.typ == org && !e.publisher && !m.poss && !m.ref {
				if e.mentions < 2 {
					return -1
				}
				return c.headlineTopic(s, head, m.ent)
			}
		}
	}
	return -1
}

// headlineTopic: the story is about the organisation head whose things
// both the headline and the lead s talk about ("Nvidia's biggest customers
// are building their own chips" over "Microsoft, Meta and Amazon accounted
// for 40% of Nvidia's revenue"), else about the lead's first organisation
// first ("Dana still rides on Ford's pickups" over "Dana … counts Ford
// Motor as its biggest buyer").
func (c *ctx) headlineTopic(s *sentence, head, first int) int {
	if head < 0 || head == first {
		return first
	}
	for _, m := range s.ments {
		if m.ent == head && m.poss && !m.ref {
			return head
		}
	}
	return first
}

// firstOrgOf is the first organisation named with a possessive in s, or
// -1 when s names another one first.
func (c *ctx) firstOrgOf(s *sentence) int {
	for _, m := range s.ments {
		if e := &c.st.ents[m.ent]; e.typ == org && !e.publisher && !m.ref {
			if !m.poss {
				return -1
			}
			return m.ent
		}
	}
	return -1
}

// quotedOrg: the mention j lies inside a quotation closed before token x
// ("'Our relationship with GM ...,' chief executive X said"): it is what
// the speaker talks about, not the speaker's employer.
func (c *ctx) quotedOrg(j, x int) bool {
	for y := c.s.ments[j].b; y < x && y < len(c.toks); y++ {
		if c.toks[y].low == "\"" {
			return true
		}
	}
	return false
}

// refOwner: in "Samsung was its largest customer" the pronoun cannot be
// the subject itself (a company is not its own customer), though the
// nearest-antecedent reading makes it so; it is then the organisation
// named before the subject. It returns the owner's entity.
func (c *ctx) refOwner(owner, subj int) int {
	o, s := c.s.ments[owner], c.s.ments[subj]
	if !o.ref || o.ent != s.ent {
		return o.ent
	}
	if e, ok := c.st.prevSubjectNot(c.si, s.a, s.ent); ok { // coref_subject2.go
		return e
	}
	skip := [1]int{s.ent}
	if e, ok := c.st.antecedentNot(c.si, s.a, skip[:]); ok {
		return e
	}
	return o.ent
}

// selfOwnedCustomer reads "Samsung was its largest customer" where "its"
// was resolved to Samsung itself (refOwner finds the real owner); the
// other customer frames would read no fact from it.
func (c *ctx) selfOwnedCustomer(k, owner int) bool {
	o := c.s.ments[owner]
	if !o.ref || c.hedge {
		return false
	}
	for x := o.a - 1; x >= 0 && x >= o.a-3; x-- {
		switch c.w(x) {
		case "is", "was", "became", "remains", "remained":
			subj := c.subjectBefore(x, org)
			if subj < 0 || c.s.ments[subj].ent != o.ent {
				return false
			}
			c.addCustomer(c.s.ments[subj].ent, c.refOwner(owner, subj), k, 0.75)
			return true
		}
	}
	return false
}

// rivalPossessor: "buy them from our competitors, including A" -> the
// competitors are the possessor's, not those of the clause's subject
// (subjectBefore prefers a plain name). It returns the possessive mention
// right before the noun at k ("our", "its main", "Apple's"), or -1.
func (c *ctx) rivalPossessor(k int, w string) int {
	if w != "competitors" && w != "rivals" && w != "competitor" && w != "rival" {
		return -1
	}
	j := c.possessorBefore(k, 2)
	if j < 0 || c.s.ments[j].b < k-2 {
		return -1
	}
	return j
}

// worthAmount: "a contract with Y worth $11.9 billion" -> the amount right
// after the counterparty at mention j ("worth", "valued at"), or nil.
func (c *ctx) worthAmount(j int) *graph.Amount {
	x := c.s.ments[j].b
	if c.w(x) == "valued" && c.w(x+1) == "at" {
		x++
	} else if c.w(x) != "worth" {
		return nil
	}
	for _, m := range c.money {
		if m.a > x && m.a <= x+3 && !m.perShare && c.onlyLowerWords(x+1, m.a) { // "worth more than $10 billion"
			return c.onceAmount(c.st.newAmount(m.amt))
		}
	}
	return nil
}

// onlyLowerWords: tokens [a, b) are lower-case words (a qualifier such as
// "more than", "about", "up to").
func (c *ctx) onlyLowerWords(a, b int) bool {
	for x := a; x < b; x++ {
		if t := &c.toks[x]; t.kind != tWord || t.cap {
			return false
		}
	}
	return true
}

// ownProduct drops the product of a purchase that the buyer makes itself
// ("buys modem chips from Qualcomm for its Galaxy phones": the chips go
// into the buyer's Galaxy, which is not what was bought). p is 1 + the
// product entity (productIn), 0 for none.
func (c *ctx) ownProduct(buyer, p int) int {
	if p == 0 {
		return 0
	}
	if v, ok := c.st.vendorOf(p - 1); ok && v == buyer {
		return 0
	}
	for j, m := range c.s.ments {
		if m.ent == p-1 && j > 0 && c.s.ments[j-1].b == m.a && c.s.ments[j-1].poss && c.s.ments[j-1].ent == buyer {
			return 0 // "its Galaxy S24", "Samsung's Galaxy S24"
		}
	}
	return p
}

// wonNouns name what a supplier wins from a customer besides orders and
// contracts (which their own frames read).
var wonNouns = set("work", "business", "deals", "deal", "sockets", "designs", "orders", "order")

// wonWork: "X won custom chip work from Amazon", "won business from two
// carmakers: A and B" -> the ones it was won from are X's customers.
func (c *ctx) wonWork(k, subj int) bool {
	from := c.skipTo(k, "from", 6)
	if from < 0 || !wonNouns[c.w(from-1)] || c.hedged(c.s.ments[subj].b, k) {
		return false
	}
	obj := c.nextMention(from+1, 4, false, org)
	if obj < 0 {
		return false
	}
	names := c.objectList(obj)
	if c.s.ments[obj].ref {
		names = c.coSubjects(obj) // a forward reference: one mention per listed name
	}
	for _, o := range names {
		c.addCustomer(o.ent, c.s.ments[subj].ent, k, 0.75)
	}
	return true
}

// suppliesUsedIn: "X supplies the screens used in Apple's iPhones" -> the
// maker of the product the goods go into is X's customer (named as a
// possessive). It reports whether it read one.
func (c *ctx) suppliesUsedIn(k, subj int) bool {
	for x := k + 1; x < len(c.toks) && x < k+10; x++ {
		if c.toks[x].kind == tPunct {
			return false
		}
		if c.w(x) != "used" || c.w(x+1) != "in" && c.w(x+1) != "for" && c.w(x+1) != "inside" {
			continue
		}
		j := c.nextMention(x+2, 2, false, org)
		if j < 0 || !c.s.ments[j].poss {
			return false
		}
		c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[j].ent, obj: c.s.ments[subj].ent,
			time: c.timeNear(k, 0, len(c.toks)), confidence: 0.7}) // the product named is the maker's own
		return true
	}
	return false
}

// appositiveHead: in "A, a unit of B, supplies ..." the verb's subject is
// A, not B, which subjectBefore finds nearest. When the mention j is
// followed by a comma and a comma before it closes a name, that name is
// the subject.
func (c *ctx) appositiveHead(j int) int {
	if j >= 0 && c.w(c.s.ments[j].b) != "," {
		if h := c.unitApposition(j); h >= 0 { // rel_unit_appos.go: "A, a B subsidiary, supplies"
			return h
		}
	}
	if j < 0 || c.w(c.s.ments[j].b) != "," {
		return j
	}
	for p := c.s.ments[j].a - 1; p > 0 && p >= c.s.ments[j].a-6; p-- {
		if c.w(p) == "," {
			if h := c.mentionEndingAt(p, orgTypes); h >= 0 && h != j && !c.s.ments[h].poss {
				return h
			}
			return j
		}
	}
	return j
}

var orgTypes = []graph.EntityType{org}

// rivalsInclude: "Its rivals in contract manufacturing include Jabil" ->
// the names after the verb, past a modifier longer than compete's window.
func (c *ctx) rivalsInclude(k int) int {
	if c.possessorBefore(k, 2) < 0 {
		return -1 // "rivals include" without an owner: whose rivals?
	}
	for x := k + 1; x < len(c.toks) && x <= k+8; x++ {
		if c.toks[x].kind == tPunct {
			return -1
		}
		if w := c.w(x); w == "include" || w == "includes" || w == "included" {
			return c.nextMention(x+1, 2, false, org)
		}
	}
	return -1
}

// pronounClause: the list item m is a subject pronoun after ", and" (the
// start of a new clause, not one more object).
func (c *ctx) pronounClause(m mention) bool {
	return m.ref && m.b == m.a+1 && subjectPronouns[c.w(m.a)] && c.w(m.a-1) == "and" && c.w(m.a-2) == ","
}
