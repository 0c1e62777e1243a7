package extract

import "github.com/cigraph/cigraph/graph"

// A tool built on another maker's product: "Goldman Sachs rolled out an
// internal assistant built on Anthropic's Claude", "the bank launched a
// chatbot built on top of GPT-4". The subject uses the product the tool
// is built on (its own product is no use: "Google's app built on Gemini").

// builtOnTool reads "built on" after a noun at the verb k; true when the
// phrase had that shape (another reading of "built" is then not tried).
func (c *ctx) builtOnTool(k int) bool {
	if c.w(k+1) != "on" || k == 0 {
		return false
	}
	if t := &c.toks[k-1]; t.kind != tWord || t.cap || t.cls&wFinite != 0 || t.low == "been" || t.low == "be" {
		return false // "is built on": rel_runs_on.go; "Apple built on ...": a verb
	}
	on := k + 1
	if c.w(on+1) == "top" && c.w(on+2) == "of" {
		on += 2
	}
	p := c.nextMention(on+1, 3, true, prod)
	subj := c.subjectBefore(k, org)
	if p < 0 || subj < 0 || c.hedge || c.hedged(c.s.ments[subj].b, k) {
		return true
	}
	s, tool := c.s.ments[subj].ent, c.s.ments[p].ent
	if v, ok := c.st.vendorOf(tool); ok && v == s {
		return true // its own product
	}
	c.add(fact{typ: graph.Uses, subj: s, obj: tool, status: c.statusAt(k), confidence: 0.65})
	return true
}
