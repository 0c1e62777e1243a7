package extract

import "github.com/cigraph/cigraph/graph"

// Hosts listed together, companies and products mixed: "X uses AWS and
// Microsoft Azure to host its services", "X runs on Google Cloud and
// Oracle's servers". Each host is a supplier of X: a company itself, a
// product through its maker (named as the fact's product).

// hostJobs after "to" make the used things suppliers of a service. (A
// thing used "to train" or "to power" a model is a tool: USES.)
var hostJobs = set("host", "run", "store", "serve", "handle", "process")

// usedForJob: "X uses A and B to host ...", "X chose Oracle's cloud to
// host ..." — it reports whether the frame matched (the caller then adds
// no USES).
func (c *ctx) usedForJob(k int) bool {
	j := c.mentionAt(k + 1)
	if j < 0 || c.typ(c.s.ments[j]) == person {
		return false
	}
	l := c.listFrom(j)
	to := l[len(l)-1].b
	if l[len(l)-1].poss && buyNounGate.in(buyNouns, c.w(to+1)) {
		to += 2 // "chose Oracle's cloud to host": the maker of the goods hosts
	}
	if c.w(to) != "to" || !hostJobs[c.w(to+1)] {
		return false
	}
	for _, m := range l {
		if c.typ(m) == prod && !c.st.hostProduct(m.ent) {
			return false // "used GPT-4 to run its chatbot": a tool (USES)
		}
	}
	subj := c.subjectBefore(k, org)
	if subj < 0 || c.hedge || c.hedged(c.s.ments[subj].b, k) {
		return true
	}
	c.addHosts(c.s.ments[subj].ent, l, k, false)
	return true
}

// runsOn: "X runs on A and B" (no object between verb and "on"), the
// company itself the verb's subject.
func (c *ctx) runsOn(k int) {
	j := c.mentionAt(k + 2)
	if c.w(k+1) != "on" || j < 0 || c.hedge {
		return
	}
	subj := c.mentionEndingAt(k, []graph.EntityType{org})
	if subj < 0 {
		subj = c.possGoodsOwner(k) // rel_runs_on.go: "Wiz's platform runs on"
	}
	if subj < 0 || c.hedged(c.s.ments[subj].b, k) {
		return // "said its software runs on Nvidia chips": a fit, not a host
	}
	if c.s.ments[subj].ref && !c.cloudHost(j) {
		return // "Its software runs on Nvidia chips": a fit (rel_runs_on.go)
	}
	c.addHosts(c.s.ments[subj].ent, c.listFrom(j), k, true)
}

// addHosts adds a customer fact of subj for each host of the list l; when
// strict, a company must be a host (a cloud vendor or the maker of goods
// named after it); a product must be a cloud, chip or platform.
func (c *ctx) addHosts(subj int, l []mention, k int, strict bool) {
	for _, m := range l {
		sup, product := m.ent, 0
		switch {
		case c.typ(m) == prod:
			v, ok := c.st.vendorOf(m.ent)
			if !ok || !c.st.hostProduct(m.ent) {
				continue
			}
			sup, product = v, m.ent+1
		case c.typ(m) != org || strict && !c.hostingOrg(c.mentionIndex(m)):
			continue
		}
		if sup == subj {
			continue
		}
		c.add(fact{typ: graph.CustomerOf, subj: subj, obj: sup, prod: product, confidence: 0.7,
			status: c.statusAt(k), time: c.timeNear(k, 0, len(c.toks))})
	}
}

// hostProduct: the lexicon kind of product p is one a service runs on.
func (st *state) hostProduct(p int) bool {
	x := st.ents[p].lex
	if x < 0 {
		return false
	}
	k := st.lx.entries[x].kind
	return k == "cloud" || k == "chip" || k == "platform"
}

// moveVerbs move work from one host to another.
var moveVerbs = set("moved", "moves", "moving", "migrated", "migrates", "shifted", "shifts")

// workloadNouns name what a host runs for its customer.
var workloadNouns = set("workloads", "traffic", "data", "servers", "computing", "apps", "applications", "services", "infrastructure", "operations", "systems")

// movedTo: "Zoom moved much of its meeting traffic to Oracle", "X moved
// its workloads to Microsoft Azure" -> the subject is a customer of the
// new host (of the product's maker, naming the product).
func (c *ctx) movedTo(k int) {
	x := k + 1
	if c.w(x+1) == "of" && (c.w(x) == "much" || c.w(x) == "most" || c.w(x) == "some" || c.w(x) == "part") {
		x += 2
	}
	if c.w(x) != "its" && c.w(x) != "their" || c.hedge {
		return
	}
	to, work := -1, false
	for y := x + 1; y < len(c.toks) && y <= x+4 && to < 0; y++ {
		work = work || workloadNouns[c.w(y)]
		if c.w(y) == "to" {
			to = y
		}
	}
	j := c.mentionAt(to + 1)
	subj := c.subjectBefore(k, org)
	if !work || to < 0 || j < 0 || subj < 0 || c.hedged(c.s.ments[subj].b, k) {
		return
	}
	c.addHosts(c.s.ments[subj].ent, c.s.ments[j:j+1], k, false)
}
