package extract

import "github.com/cigraph/cigraph/graph"

// Past purchases listed together: "X has made a string of acquisitions,
// including A and B" and "X, which has bought A and B in recent years,".
// Each listed company is one more ACQUIRES of X. The cue is what makes an
// unknown name a company here, so the listed names need no other evidence.

// acquisitionPlurals name a run of past deals (fMore triggers).
var acquisitionPlurals = set("acquisitions", "takeovers")

// listEnders may follow the last name of a list of purchases; any other
// word ("and Sony complained") means the name starts a new clause.
var listEnders = set(",", ".", ";", "in", "for", "over", "during", "since", "to", "as", "earlier", "last", "this", "before", "after", "")

// acquisitionsIncluding: "acquisitions, including A and B", "acquisitions
// such as A", "its acquisitions of A and B" -> the subject acquires each.
func (c *ctx) acquisitionsIncluding(k int) {
	p := k + 1
	if c.w(p) == "," {
		p++
	}
	switch c.w(p) {
	case "including", "of", "like":
		p++
	case "such":
		if c.w(p+1) != "as" {
			return
		}
		p += 2
	default:
		return
	}
	j := c.mentionAt(p)
	subj := c.subjectBefore(k, org)
	if j < 0 || subj < 0 || c.hedge || c.hedged(c.s.ments[subj].b, k) {
		return
	}
	f := fact{typ: graph.Acquires, subj: c.s.ments[subj].ent, status: graph.StatusCurrent, confidence: 0.7}
	c.addListed(f, j, true)
}

// moreBought: "X bought A and B" — acquire read A; each further company
// coordinated with it is bought too, with no amount of its own.
func (c *ctx) moreBought(obj int) {
	if len(c.st.facts) == 0 {
		return
	}
	f := c.st.facts[len(c.st.facts)-1]
	if f.sent != c.si || f.typ != graph.Acquires || f.obj != c.s.ments[obj].ent || obj+1 >= len(c.s.ments) {
		return // the first object's fact was not kept, or nothing follows it
	}
	f.amount = nil
	c.addListed(f, obj, false)
}

// addListed adds f once per organisation of the list starting at mention
// j (from the first item when first, else from the second), provided the
// list closes the clause.
func (c *ctx) addListed(f fact, j int, first bool) {
	l := c.listFrom(j)
	last := l[len(l)-1]
	if !listEnders[c.w(last.b)] || last.poss || len(l) > 1 && !c.andList(l) { // rel_role.go: "A, B and C", not "A, B"
		return
	}
	if !first {
		l = l[1:]
	}
	for _, m := range l {
		if m.poss || m.ref || c.typ(m) == person {
			return // "A and B's unit": not a plain list of companies
		}
	}
	for _, m := range l {
		c.st.ents[m.ent].typ = graph.Org // a brand bought whole (rel_brand.go)
		g := f
		g.obj = m.ent
		c.add(g)
	}
}

// morePaidFor: "X paid $3.7 billion for A in 2017 and $2.35 billion for B
// in 2018" — each further "and $N for B" is one more takeover by X, dated
// only by a time after its own amount.
func (c *ctx) morePaidFor(f fact, after int) {
	for _, m := range c.money {
		if m.a <= after || m.perShare || c.w(m.a-1) != "and" || c.w(m.b) != "for" {
			continue
		}
		obj := c.companyAfter(m.b + 1) // rel_paidfor.go
		if obj < 0 {
			continue
		}
		g := f
		g.obj, g.amount = c.s.ments[obj].ent, c.onceAmount(c.st.newAmount(m.amt))
		g.time = c.timeNear(m.a, m.a, len(c.toks))
		if g.time == "" {
			g.time = followingYear(f.time, c.w(c.s.ments[obj].b+1), c.w(c.s.ments[obj].b+2))
		}
		c.add(g)
	}
}

// followingYear: "... in 2017 and $N for B the following year" is dated
// the year after t; "" when t has no year or no such phrase follows.
func followingYear(t, w1, w2 string) string {
	if len(t) < 4 || !yearLike(t[:4]) || w1 != "following" && w1 != "next" || w2 != "year" {
		return ""
	}
	return yearString(atoi4(t[:4]) + 1)
}
