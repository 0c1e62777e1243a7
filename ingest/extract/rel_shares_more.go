package extract

import "github.com/cigraph/cigraph/graph"

// Customer shares stated as lists, as filings and results stories give
// them: "A and B accounted for 35% and 12% of Y's sales, respectively",
// "two customers accounted for 35% and 12% of net sales: A and B", "A
// accounted for 41% of Y's revenue and B for 19%", and tables such as
// "Y's largest customers were A, 41% of revenue; B, 19%".

// shareLists reads the list forms at the share verb k ("accounted for");
// it returns true when it read the sentence's shares, so that shareOf
// does not read them again one by one.
func (c *ctx) shareLists(k int) bool {
	if c.shareTable() {
		return true
	}
	if len(c.pcts) < 2 || !accountWords[c.w(k)] || c.w(k+1) != "for" || c.hedge {
		return false
	}
	ps := c.pctRun(k + 2)
	if len(ps) >= 2 {
		custs := c.subjects(k)
		if len(custs) != len(ps) {
			custs = c.colonList(ps[len(ps)-1].b)
		}
		if len(custs) != len(ps) {
			return false
		}
		return c.pairShares(k, custs, ps)
	}
	return c.gappedShares(k)
}

// pctRun returns the percentages coordinated from token x on ("35% and
// 12%", "30%, 20% and 10%"): a run of c.pcts, which is in text order.
func (c *ctx) pctRun(x int) []percent {
	i0, n := -1, 0
	for i, p := range c.pcts {
		if p.a < x {
			continue
		}
		if i0 < 0 {
			if p.a > x+1 { // "for [about] 35%"
				return nil
			}
			i0 = i
		} else if !onlyJoiners2(c.toks[c.pcts[i-1].b:p.a]) {
			break
		}
		n++
	}
	if i0 < 0 {
		return nil
	}
	return c.pcts[i0 : i0+n]
}

// onlyJoiners2: the tokens between two listed items are ",", "and" or both.
func onlyJoiners2(ts []token) bool {
	if len(ts) == 0 || len(ts) > 2 {
		return false
	}
	for _, t := range ts {
		if t.low != "," && t.low != "and" {
			return false
		}
	}
	return true
}

// colonList returns the organisations listed after a colon or dash that
// follows token x within the clause ("...: A and B"), or nil.
func (c *ctx) colonList(x int) []mention {
	for y := x; y < len(c.toks) && y < x+12; y++ {
		if w := c.w(y); w == ":" || w == "-" || w == "—" {
			if j := c.mentionAt(y + 1); j >= 0 && c.typ(c.s.ments[j]) == org {
				return c.st.listFrom(c.s, j)
			}
			return nil
		}
	}
	return nil
}

// pairShares adds one share for each customer, in order.
func (c *ctx) pairShares(k int, custs []mention, ps []percent) bool {
	last := ps[len(ps)-1]
	sup := -1
	if j := c.revenueOwner(last.b, last.b+8); j >= 0 {
		sup = c.s.ments[j].ent
	} else if c.w(last.b) == "of" && c.figureAfter(last.b+1) && c.si > 0 {
		// "of net sales": the company the story was just about
		if e, ok := c.st.centre(c.si, 0); ok {
			sup = e
		}
	}
	if sup < 0 {
		return false
	}
	if inMentions(custs, sup) {
		// "A and B accounted for 22% and 14% of its revenue": a listed
		// customer owns no share of its own list; the owner is the
		// company the story was about
		if sup = c.listShareOwner(custs); sup < 0 {
			return true // the owner is not known: no share is read one by one either
		}
	}
	for i, m := range custs {
		c.addShare(m.ent, sup, ps[i], k)
	}
	return true
}

// inMentions: entity e is one of ms.
func inMentions(ms []mention, e int) bool {
	for _, m := range ms {
		if m.ent == e {
			return true
		}
	}
	return false
}

// listShareOwner: the story's centre before this sentence (coref.go
// centre), when it is none of the listed customers; else -1.
func (c *ctx) listShareOwner(custs []mention) int {
	if c.si == 0 {
		return -1
	}
	if e, ok := c.st.centre(c.si, 0); ok && !inMentions(custs, e) {
		return e
	}
	return -1
}

// addShare adds "cust is a customer of sup with share p" (once: the
// table is read from every trigger of its sentence).
func (c *ctx) addShare(cust, sup int, p percent, k int) {
	c.addShareAt(cust, sup, p.value, c.shareTime(p, k))
}

// addShareAt is addShare with the time given.
func (c *ctx) addShareAt(cust, sup int, v float64, t string) {
	if cust == sup || c.typ2(cust) != org || c.readShare(cust, sup, v) {
		return
	}
	c.add(fact{typ: graph.CustomerOf, subj: cust, obj: sup, share: &v, time: t, confidence: 0.8})
}

func (c *ctx) typ2(e int) graph.EntityType { return c.st.ents[e].typ }

// gappedShares: "A accounted for 41% of Y's revenue and B for 19%" — a
// later "B for N%" leaves out the verb and the revenue owner.
func (c *ctx) gappedShares(k int) bool {
	first := c.pctRun(k + 2)
	cust := c.subjectBefore(k, org)
	if len(first) != 1 || cust < 0 {
		return false
	}
	sup := c.revenueOwner(first[0].b, first[0].b+8)
	if sup < 0 {
		return false
	}
	supE := c.gapOwner(c.s.ments[cust].ent, c.s.ments[sup].ent) // rel_more2.go
	found := false
	for _, p := range c.pcts {
		x := c.skipQual(p.a) // rel_more2.go: "and B for roughly 12%"
		if p.a <= first[0].b || c.w(x-1) != "for" {
			continue
		}
		if j := c.mentionEndingAt(x-1, []graph.EntityType{org}); j >= 0 && j != cust {
			if !found {
				c.addShare(c.s.ments[cust].ent, supE, first[0], k)
			}
			found = true
			c.addShare(c.s.ments[j].ent, supE, p, k)
		}
	}
	return found
}

// readShare: the share fact was read from this sentence.
func (c *ctx) readShare(cust, sup int, v float64) bool {
	for j := len(c.st.facts) - 1; j >= 0 && c.st.facts[j].sent == c.si; j-- {
		if f := c.st.facts[j]; f.typ == graph.CustomerOf && f.subj == cust && f.obj == sup && f.share != nil && *f.share == v {
			return true
		}
	}
	return false
}

// maxTable bounds the rows of a share table read from one sentence.
const maxTable = 8

// shareTable: "Y's largest customers were A, 41% of revenue; B, 19%" or
// "A (41%) and B (19%) were Y's biggest customers" — two or more names
// each followed by its own percentage, and Y the one other organisation
// named as a possessive.
func (c *ctx) shareTable() bool {
	if len(c.pcts) < 2 || c.hedge {
		return false
	}
	var rows [maxTable]int // mention index per row
	var pct [maxTable]int  // percentage index per row
	n := 0
	for i, p := range c.pcts {
		x := p.a - 1
		if n == maxTable || c.w(x) != "," && c.w(x) != "(" {
			continue
		}
		if j := c.mentionEndingAt(x, []graph.EntityType{org}); j >= 0 && !c.s.ments[j].ref {
			rows[n], pct[n] = j, i
			n++
		}
	}
	if n < 2 || !c.revenueOrCustomers() {
		return false
	}
	sup := c.tableOwner(rows[:n])
	if sup < 0 {
		return false
	}
	t := c.shareTime(c.pcts[pct[0]], c.pcts[pct[0]].a) // the table's time
	for r := 0; r < n; r++ {
		c.addShareAt(c.s.ments[rows[r]].ent, sup, c.pcts[pct[r]].value, t)
	}
	return true
}

// revenueOrCustomers: the sentence speaks of revenue or customers.
func (c *ctx) revenueOrCustomers() bool {
	for k := range c.toks {
		if w := c.w(k); revenueWord(w) || custNouns[w] {
			return true
		}
	}
	return false
}

// tableOwner returns the entity of the first possessive organisation
// that is none of the rows, or -1.
func (c *ctx) tableOwner(rows []int) int {
	for j, m := range c.s.ments {
		if !m.poss || c.typ(m) != org || indexOf(rows, j) >= 0 {
			continue
		}
		for _, r := range rows {
			if c.s.ments[r].ent == m.ent {
				return -1
			}
		}
		return m.ent
	}
	return -1
}
