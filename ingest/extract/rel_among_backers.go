package extract

import "github.com/cigraph/cigraph/graph"

// Membership in a company's shareholders: "Microsoft was among the early
// backers of OpenAI", "X was one of the first investors in Y", "Z was
// among its early backers". The subject of the copula invests in the
// company the backer noun belongs to.

// backerAdjectives may stand between the determiner and the backer noun.
var backerAdjectives = set("early", "earliest", "first", "biggest", "largest", "original", "main", "major",
	"key", "existing", "new", "largest", "other", "strategic", "leading", "initial", "top")

// amongBackers reads the frame at the backer noun k.
func (c *ctx) amongBackers(k int) {
	if c.whoseBackers(k) { // rel_whose_backers.go
		return
	}
	d := k - 1
	for d > 0 && k-d <= 2 && backerAdjectives[c.w(d)] {
		d--
	}
	target, cop := c.backerOwner(k, d)
	if target < 0 || cop < 1 || !copulas[c.w(cop)] || c.hedge {
		return
	}
	subjs := c.subjects(cop)
	if len(subjs) == 1 && subjs[0].ent == target && c.toks[d].low == "its" {
		target = c.otherAntecedent(d, target) // "Microsoft was among its early backers": not its own
	}
	for _, m := range subjs {
		if c.typ(m) == org && m.ent != target && target >= 0 && !c.hedged(m.b, cop) {
			c.add(fact{typ: graph.InvestsIn, subj: m.ent, obj: target, time: c.timeNear(k, 0, len(c.toks)), confidence: 0.7})
		}
	}
}

// backerOwner finds whose backers the noun at k names, from the
// determiner at d ("the ... of|in Y", "its", "Y's"), and the token where
// the copula should stand (before "among" or "one of"); -1 when the
// phrase is no membership.
func (c *ctx) backerOwner(k, d int) (int, int) {
	target := -1
	switch c.w(d) {
	case "the":
		if w := c.w(k + 1); w == "of" || w == "in" {
			if j := c.nextMention(k+2, 1, false, org); j >= 0 {
				target = c.s.ments[j].ent
			}
		}
	default:
		if p := c.possessorBefore(d+1, 2); p >= 0 {
			target, d = c.s.ments[p].ent, c.s.ments[p].a
		}
	}
	if target < 0 {
		return -1, -1
	}
	switch {
	case c.w(d-1) == "among":
		return target, d - 2
	case c.w(d-1) == "of" && oneOfWords[c.w(d-2)]:
		return target, d - 3
	}
	return -1, -1
}

// oneOfWords count members: "one of the first investors".
var oneOfWords = set("one", "two", "three", "some", "several")

// otherAntecedent: the latest organisation named before token a that is
// not the entity not, else -1.
func (c *ctx) otherAntecedent(a, not int) int {
	for _, e := range c.st.antecedent(c.si, a, graph.Org, 3) {
		if e != not {
			return e
		}
	}
	return -1
}
