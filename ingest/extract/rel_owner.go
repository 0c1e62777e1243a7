package extract

import "github.com/cigraph/cigraph/graph"

// unitNoun: "Castor Holdings unit Brightline", "Castor's unit Brightline"
// and "Castor's Brightline unit" -> Brightline is a subsidiary of Castor.
func (c *ctx) unitNoun(k int) {
	types := []graph.EntityType{org}
	parent, child := c.mentionEndingAt(k, types), c.mentionAt(k+1)
	if child >= 0 && c.typ(c.s.ments[child]) != org || c.hedge {
		return
	}
	if child < 0 && parent >= 0 && !c.s.ments[parent].poss {
		a := c.s.ments[parent].a
		if h := c.appositiveUnitChild(a); h >= 0 && apposUnitGate.in(appositiveUnitNouns, c.w(k)) { // rel_unit_appos.go
			c.add(fact{typ: graph.SubsidiaryOf, subj: c.s.ments[h].ent, obj: c.s.ments[parent].ent, confidence: 0.75})
			return
		}
		child, parent = parent, c.mentionEndingAt(a-1, types)
		if parent < 0 {
			parent = c.mentionEndingAt(a, types) // "its FinDreams unit": "its" ends where the name starts
		}
		if parent >= 0 && !c.s.ments[parent].poss {
			return
		}
	}
	if parent < 0 && child >= 0 {
		parent = c.possUnitOwner(k) // "Volkswagen's software unit Cariad"
	}
	if parent < 0 || child < 0 || c.s.ments[parent].ent == c.s.ments[child].ent {
		return
	}
	c.add(fact{typ: graph.SubsidiaryOf, subj: c.s.ments[child].ent, obj: c.s.ments[parent].ent, confidence: 0.75})
}

// possUnitOwner: the possessor of the unit noun at k, across at most two
// lower-case words ("Volkswagen's software unit Cariad", "its battery
// arm Ultium"), unless the unit is being parted from it ("sold its
// unit Y": rel_unit_named.go), else -1.
func (c *ctx) possUnitOwner(k int) int {
	p := c.possessorBefore(k, 4) // rel_frames2.go
	if p < 0 || c.separating(c.s.ments[p].a) {
		return -1
	}
	for x := c.s.ments[p].b; x < k; x++ {
		if c.toks[x].cap {
			return -1
		}
	}
	return p
}

// otherMention returns the first organisation starting in [k, k+window)
// that is not entity not: "Y is a controlling shareholder of its
// affiliates including X" skips "its", which is Y itself.
func (c *ctx) otherMention(k, window, not int) int {
	for j, m := range c.s.ments {
		if m.a >= k && m.a < k+window && m.ent != not && c.typ(m) == org {
			return j
		}
	}
	return -1
}

// listOwner: in "X sells to clients like A, B and C through platforms such
// as P", the list A, B, C is an object; the maker is the sentence subject X.
func (c *ctx) listOwner(j int) int {
	if j < 0 || len(c.listAt(j)) < 2 {
		return j
	}
	first := c.listAt(j)[0].a
	for i, m := range c.s.ments {
		if m.b <= first && m.a <= 2 && !m.poss && c.typ(m) == org {
			return i
		}
	}
	return -1
}

// acquired reports an acquisition read between entities a and b: a company
// and the business it bought are not partners.
func (c *ctx) acquired(a, b int) bool {
	for _, f := range c.st.facts {
		if f.typ == graph.Acquires && (f.subj == a && f.obj == b || f.subj == b && f.obj == a) {
			return true
		}
	}
	return false
}
