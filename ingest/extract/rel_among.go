package extract

import "github.com/cigraph/cigraph/graph"

// "X and Y are (also) among its biggest customers": each subject buys
// from the possessor. A possessive "its" there cannot be one of the
// subjects (they are not their own customers), so it is read as the
// latest organisation named before them.

// amongCopulas link the subjects to "among its customers".
var amongCopulas = set("are", "were", "remain", "remained", "rank", "ranked")

// amongCustomers reads the frame for the customer noun k whose possessor is
// owner; it reports whether it matched.
func (c *ctx) amongCustomers(k, owner int) bool {
	x := c.s.ments[owner].a - 1
	for x > 0 && (c.w(x) == "among" || adverbLike(c.w(x))) {
		x--
	}
	if w := c.w(x); !amongGate.may(w) || !amongCopulas[w] || c.w(x+1) != "among" && c.w(x+2) != "among" { // wordgate.go
		return false
	}
	subj := c.subjectBefore(x, org)
	if subj < 0 || c.hedge {
		return false
	}
	subjs := c.coSubjects(subj)
	if h := c.appositiveListHead(subj); h >= 0 && len(subjs) == 1 {
		subjs = []mention{c.s.ments[h], c.s.ments[subj]} // "A, the Swedish payments company, and B are"
	}
	seller := c.s.ments[owner].ent
	if c.s.ments[owner].ref {
		var ents []int
		for _, m := range c.s.ments {
			if m.b <= x {
				ents = append(ents, m.ent)
			}
		}
		if contains(ents, seller) {
			e, ok := c.st.antecedentNot(c.si, subjs[0].a, ents)
			if !ok {
				return false
			}
			seller = e
		}
	} else if mentionsEnt(subjs, seller) {
		return false
	}
	for _, m := range subjs {
		if c.typ(m) == org {
			c.addCustomer(m.ent, seller, k, 0.8)
		}
	}
	return true
}

func mentionsEnt(ms []mention, e int) bool {
	for _, m := range ms {
		if m.ent == e {
			return true
		}
	}
	return false
}

// appositiveListHead: for the mention j in "A, the Swedish payments
// company, and B", the mention A, else -1.
func (c *ctx) appositiveListHead(j int) int {
	b := c.s.ments[j]
	if c.w(b.a-1) != "and" || c.w(b.a-2) != "," {
		return -1
	}
	for h := j - 1; h >= 0; h-- {
		a := c.s.ments[h]
		if a.b >= b.a-2 || a.poss {
			continue
		}
		if c.w(a.b) == "," && c.appositionOpens(a.b+1) && b.a-a.b <= 10 { // rel_parent.go
			return h
		}
		return -1
	}
	return -1
}

// alsoCustomers: "AMD, Qualcomm and Broadcom are also major customers"
// after a sentence that named a seller's customers: the subjects buy from
// that seller too. Only "also" ties the sentence to the one before.
func (c *ctx) alsoCustomers(k int) bool {
	x := k - 1
	for x > 0 && (adjLike(c.w(x)) || c.w(x) == "big" || c.w(x) == "major" || c.w(x) == "key" || c.w(x) == "a" || c.w(x) == "an") {
		x--
	}
	if c.w(x) != "also" || !amongCopulas[c.w(x-1)] && c.w(x-1) != "is" || c.hedge {
		return false
	}
	subj := c.subjectBefore(x-1, org)
	seller := c.st.recentSeller(c.si)
	if subj < 0 || seller < 0 {
		return false
	}
	for _, m := range c.coSubjects(subj) {
		if c.typ(m) == org && m.ent != seller {
			c.addCustomer(m.ent, seller, k, 0.7)
		}
	}
	return true
}

// recentSeller: the seller of the latest CUSTOMER_OF fact of the two
// sentences before si, else -1.
func (st *state) recentSeller(si int) int {
	for j := len(st.facts) - 1; j >= 0 && st.facts[j].sent >= si-2; j-- {
		if f := st.facts[j]; f.sent < si && f.typ == graph.CustomerOf {
			return f.obj
		}
	}
	return -1
}
