package extract

import "github.com/cigraph/cigraph/graph"

// A joint venture named in apposition is not a partner of its own
// founders' partner: in "General Motors set up Ultium Cells, a joint
// venture with LG Energy Solution" the partners are General Motors and LG
// Energy Solution; Ultium Cells is what they formed.

// ventureOwner returns the subject mention for the partnership noun at k:
// when subj is a name described by an apposition ending at k ("X, a joint
// venture"), the organisation before it that formed it; else subj.
func (c *ctx) ventureOwner(subj, k int) int {
	m := c.s.ments[subj]
	if c.w(k) != "venture" || c.w(m.b) != "," {
		return subj
	}
	if w := c.w(m.b + 1); w != "a" && w != "the" && w != "its" && w != "their" {
		return subj
	}
	for x := m.b + 2; x < k; x++ {
		if t := &c.toks[x]; t.kind != tWord || t.cap {
			return subj
		}
	}
	if own := c.subjectBefore(m.a, org); own >= 0 {
		return own
	}
	return subj
}

// jointVerbs are the work two companies do together ("Stellantis and
// Samsung SDI are building two plants together").
var jointVerbs = set("building", "build", "builds", "built", "developing", "develop", "develops", "developed",
	"making", "make", "makes", "designing", "design", "designed", "running", "run", "runs", "operating", "operate", "operates")

// jointWork reads "A and B VERB ... together" at "together" (k); it
// reports whether it added the partnership.
func (c *ctx) jointWork(k int) bool {
	subj := c.subjectBefore(k, org)
	if subj < 0 || c.hedged(c.s.ments[subj].b, k) {
		return false
	}
	l := c.listAt(subj)
	if len(l) != 2 || l[1].a != c.s.ments[subj].a || !c.orgConjunction(l) {
		return false
	}
	for x := l[1].b; x < k && x <= l[1].b+3; x++ {
		if jointVerbs[c.w(x)] {
			c.add(fact{typ: graph.PartnersWith, subj: l[0].ent, obj: l[1].ent, confidence: 0.7})
			return true
		}
	}
	return false
}

// ventureNamed drops the venture's own name from the partners after
// "with": in "GM's joint venture with LG Energy Solution, Ultium Cells,
// operates ..." the name after the comma (no "and") is the venture, not a
// second partner.
func (c *ctx) ventureNamed(l []mention, k int) []mention {
	if len(l) != 2 || c.w(k) != "venture" || c.w(l[1].a-1) != "," || c.w(l[1].b) != "," || l[1].poss {
		return l
	}
	return l[:1]
}
