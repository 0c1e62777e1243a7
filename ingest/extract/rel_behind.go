package extract

import "github.com/cigraph/cigraph/graph"

// "Elastic, the company behind the Elasticsearch engine, competes with
// Splunk": the apposition says what Elastic makes (OFFERS), and the
// product it names is no subject of the verb after it.

// behindHeads are the nouns of "the company behind X".
var behindHeads = set("company", "firm", "startup", "maker", "group", "developer", "lab", "team")

// behindProduct: "ORG, the company behind [the] PRODUCT" -> ORG offers it.
func (c *ctx) behindProduct(k int) {
	if !behindHeads[c.w(k-1)] {
		return
	}
	h := c.hostBefore(k) // metrics_apposition.go
	p := c.nextMention(k+1, 2, false, prod)
	if h < 0 || p < 0 || c.hedge {
		return
	}
	c.add(fact{typ: graph.Offers, subj: c.s.ments[h].ent, obj: c.s.ments[p].ent, confidence: 0.75})
}

// apposedSubject: the subject subj found before the verb at k lies in an
// apposition ", the ... ," that closes right before k; the organisation
// the apposition describes is the subject instead.
func (c *ctx) apposedSubject(subj, k int) int {
	if subj < 0 || c.w(k-1) != "," && !(c.w(k-2) == "," && adverbLike(c.w(k-1))) {
		return subj
	}
	m := c.s.ments[subj]
	if m.b >= k-1 && c.w(m.b) == "," {
		return subj // the mention itself closes the apposition: a name, not an aside
	}
	if h := c.hostBefore(m.a); h >= 0 && c.s.ments[h].ent != m.ent {
		return h
	}
	return subj
}

// namedMaker: the gazetteer gives product p a maker other than org, and
// the story names that maker: "Luxshare makes AirPods" in a story about
// Apple's suppliers is contract work for Apple, not a product of Luxshare.
func (st *state) namedMaker(p, org int) bool {
	if !st.otherMaker(p, org) { // rel_corporate.go
		return false
	}
	k, ok := st.byKey[st.norm(st.ents[p].owner)]
	return ok && k != org && st.ents[k].mentions > 0
}
