package extract

import "github.com/cigraph/cigraph/graph"

var (
	// pickVerbs: a buyer choosing a supplier for a job.
	pickVerbs = set("tapped", "taps", "tap", "picked", "picks", "chose", "chooses", "chosen", "selected", "selects",
		"hired", "hires", "enlisted", "enlists")
	// pickJobs: what the chosen supplier does for the buyer.
	pickJobs = set("supply", "provide", "build", "make", "manufacture", "produce", "power", "host", "run",
		"design", "deliver", "assemble", "fabricate", "operate", "replace", "upgrade", "modernize", "modernise", "equip")
	// joinVerbs: "joined forces with Y".
	joinVerbs = set("join", "joins", "joined", "joining")
)

// picked: "X tapped Y to supply battery cells", "X chose Azure to host its
// data" -> X is a customer of Y (of the product's vendor, naming the
// product). The job after "to" is what makes the choice a purchase.
func (c *ctx) picked(k int) {
	if c.usedForJob(k) { // rel_host_list.go: "chose A and B's cloud to host"
		return
	}
	if c.pickedBy(k) { // rel_picked_by.go: "Ericsson was picked by Telefonica to supply ..."
		return
	}
	obj := c.mentionAt(k + 1)
	if obj < 0 || c.hedge {
		return
	}
	picks := c.objectList(obj)                                                                                              // "selected Ericsson and Samsung to supply": each is picked
	if to := c.pastTimePhrase(picks[len(picks)-1].b); c.w(to) != "to" || !pickJobs[c.w(to+1)] && !c.launchPick(to, picks) { // rel_partner_as.go, rel_launch.go
		return
	}
	subj := c.subjectBefore(k, org)
	if subj < 0 || c.hedged(c.s.ments[subj].b, k) {
		return
	}
	amt := c.onceAmount(c.moneyNear(k, k, len(c.toks)))
	if len(picks) > 1 {
		amt = nil // no one price is each supplier's
	}
	for _, o := range picks {
		sup, product := o.ent, 0
		switch c.typ(o) {
		case graph.Product:
			v, ok := c.st.vendorOf(o.ent)
			if !ok {
				continue
			}
			sup, product = v, o.ent+1
		case graph.Person:
			continue
		}
		c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[subj].ent, obj: sup, prod: product, amount: amt,
			time: c.timeNear(k, 0, len(c.toks)), status: c.statusAt(k), confidence: 0.75})
	}
}

// pairVerbs state a collaboration of the subject's members when no partner
// follows: "Acme and Globex collaborated on a standard", "the two firms have
// been partners since 2018".
func (c *ctx) pairVerb(k int) bool {
	switch c.w(k) {
	case "partnered", "collaborated", "collaborate", "collaborating", "cooperate", "cooperated", "cooperating":
		return true
	case "teamed": // "Apple and Google have teamed up"
		return c.w(k+1) == "up"
	case "forces": // "A and B joined forces"
		return joinVerbs[c.w(k-1)]
	case "partners":
		for x := k - 1; x >= 0 && x >= k-3; x-- {
			if w := c.w(x); w == "are" || w == "were" || w == "been" || w == "remain" || w == "became" {
				return true
			}
		}
	}
	return false
}

// winVerbs: a supplier gaining a customer ("signed up X as a customer").
var winVerbs = set("signed", "added", "adds", "won", "wins", "landed", "lands", "secured", "counts", "count", "named", "welcomed")

// asCustomer: "AWS signed up Acme as a customer", "Y added X as a client"
// -> X is a customer of the subject. It reports whether the phrase matched.
func (c *ctx) asCustomer(k int) bool {
	cust, x := c.asRole(k)
	if cust < 0 {
		return x >= 0
	}
	if lostGate.in(lostVerbs, c.w(x)) {
		c.lostCustomer(x, cust, k) // rel_lost_customer.go: "Intel lost Apple as a customer"
		return true
	}
	if !winVerbs[c.w(x)] {
		return true
	}
	if sup := c.subjectBefore(x, org); sup >= 0 && !c.hedged(c.s.ments[sup].b, x) {
		c.addCustomer(c.s.ments[cust].ent, c.s.ments[sup].ent, k, 0.8)
	}
	return true
}

// asSupplier: "OpenAI added Google Cloud as a supplier", "Apple picked
// Broadcom as its modem vendor" -> the subject is a customer of the one
// named before "as". It reports whether the phrase matched.
func (c *ctx) asSupplier(k int) bool {
	sup, x := c.asRole(k)
	if sup < 0 {
		return x >= 0
	}
	if !winVerbs[c.w(x)] && !pickVerbs[c.w(x)] {
		return true
	}
	if buyer := c.subjectBefore(x, org); buyer >= 0 && !c.hedged(c.s.ments[buyer].b, x) {
		c.addCustomer(c.s.ments[buyer].ent, c.s.ments[sup].ent, k, 0.8)
	}
	return true
}

// asRole reads "VERB [up|on] X as a|an|its [ADJ…] ROLE" before the role
// noun at k. It returns X's mention and the verb's token; the mention is
// -1 when no organisation stands before "as" (or the sentence is hedged),
// and the verb is -1 too when there is no "as".
func (c *ctx) asRole(k int) (int, int) {
	a := k - 1
	for a >= 0 && (adjLike(c.w(a)) || domainTitleWord(&c.toks[a])) {
		a--
	}
	if c.w(a) == "a" || c.w(a) == "an" || c.w(a) == "its" {
		a--
	}
	if c.w(a) != "as" {
		return -1, -1
	}
	m := c.mentionEndingAt(a, []graph.EntityType{org})
	if m < 0 || c.hedge {
		return -1, a
	}
	x := c.s.ments[m].a - 1
	if c.w(x) == "up" || c.w(x) == "on" || c.w(x) == "in" {
		x--
	}
	return m, x
}

// adjLike: a modifier between "as a" and "customer" ("as a major new client").
func adjLike(w string) bool {
	switch w {
	case "major", "new", "key", "big", "large", "anchor", "launch", "marquee", "paying", "cloud", "first":
		return true
	}
	return false
}
