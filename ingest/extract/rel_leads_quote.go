package extract

// A bare title that closes a quote-like clause: "Demand will stay strong
// through next year, CEO Hock Tan told analysts", "..., said Chief
// Executive Lisa Su." The speaker's company is the one the story is
// about: the company it names most (storyOrg), as for a bare title
// after the person (rel_leads_bare.go).

// quoteTitleOrg returns the company of such a title: the story's
// company (storyOrg), named in this sentence or the two before; else -1.
func (c *ctx) quoteTitleOrg(x, a int) int {
	if !c.quoteTitle(x, a) {
		return -1
	}
	t := c.st.storyOrg() // rel_leads_bare.go
	if t < 0 || !c.st.namedSince(t, c.si-2, c.si+1) {
		return -1
	}
	return t
}

// speechVerbs report what a speaker said.
var speechVerbs = set("said", "says", "told", "tells", "added", "adds", "wrote", "noted", "explained", "warned")

// quoteTitle: the title before the person at a opens after x, a comma
// or "said", and the person closes the clause: a speech verb follows
// (", CEO P told") or, after "said", a comma or the end ("said CEO P.").
func (c *ctx) quoteTitle(x, a int) bool {
	if x < 1 || c.w(x) != "," && c.w(x) != "said" {
		return false
	}
	j := c.mentionAt(a)
	if j < 0 {
		return false
	}
	b := c.s.ments[j].b
	if c.w(x) == "said" {
		return b >= len(c.toks) || c.w(b) == "." || c.w(b) == ","
	}
	return speechVerbs[c.w(b)]
}
