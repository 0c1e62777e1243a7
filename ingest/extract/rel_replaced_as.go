package extract

import "github.com/cigraph/cigraph/graph"

// A supplier displaced: "Ericsson replaced Nokia as AT&T's main supplier",
// "…, replacing Nokia as the carrier's radio vendor" — the possessor was
// Nokia's customer (former) and is now the customer of the one that
// replaced it (coref_as_owner.go resolves "the carrier's" past both).

// replacedAsSupplier reads the frame at the supplier noun k whose
// possessor is the mention owner; it reports whether it matched.
func (c *ctx) replacedAsSupplier(k, owner int) bool {
	o := c.s.ments[owner]
	if !supplierNouns[c.w(k)] || c.w(o.a-1) != "as" {
		return false
	}
	old := c.mentionEndingAt(o.a-1, orgTypes)
	if old < 0 || c.s.ments[old].a == 0 || !displaceVerbs[c.w(c.s.ments[old].a-1)] {
		return false
	}
	v := c.s.ments[old].a - 1
	if c.hedge || c.hedged(max(0, v-6), v) || c.s.ments[old].ent == o.ent {
		return true
	}
	status := c.statusAt(v)
	if status != graph.StatusPlanned { // "will replace Nokia": Nokia still supplies
		c.add(fact{typ: graph.CustomerOf, subj: o.ent, obj: c.s.ments[old].ent, status: graph.StatusFormer, confidence: 0.7})
	}
	if neu := c.subjectBefore(v, org); neu >= 0 && c.s.ments[neu].ent != o.ent {
		c.add(fact{typ: graph.CustomerOf, subj: o.ent, obj: c.s.ments[neu].ent, status: status,
			time: c.timeNear(k, 0, len(c.toks)), confidence: 0.7})
	}
	return true
}
