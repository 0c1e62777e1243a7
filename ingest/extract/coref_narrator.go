package extract

import "github.com/cigraph/cigraph/graph"

// First person outside quotes: a filing ("We buy wafers from Y"), a
// release or a call transcript ("Microsoft accounted for 23% of our
// revenue") speaks for the company its heading names. News copy seldom
// says "we" outside quotes, and an interview's heading names no company,
// so only the first sentence's opening organisation is taken.

// narratorRef resolves an unquoted "our", "we" or "us" at token i of
// sentence si to the first organisation of sentence 0.
func (st *state) narratorRef(si, i int) (int, []int) {
	if si == 0 {
		return 0, nil
	}
	for _, m := range st.sents[0].ments {
		e := &st.ents[m.ent]
		if m.ref || e.typ == graph.Person || !e.cued && e.mid < 2 {
			continue // a bare capitalised word ("Edited excerpt from X") is no name yet
		}
		if e.typ != graph.Org || e.publisher {
			return 0, nil
		}
		return 1, st.one(m.ent)
	}
	return 0, nil
}

// labelTitle: a transcript's speaker label "Priya Raman, chief executive
// officer:" gives a title and no company; the company is the narrator's.
func (c *ctx) labelTitle(m mention) (int, string, bool) {
	if m.a != 0 || c.w(m.b) != "," {
		return 0, "", false
	}
	x := m.b + 1
	for x < len(c.toks) && c.toks[x].cls&wTitle != 0 {
		x++
	}
	if x == m.b+1 || c.w(x) != ":" || !c.hasRoleWord(m.b+1, x) {
		return 0, "", false
	}
	if _, ents := c.st.narratorRef(c.si, 0); len(ents) == 1 {
		return ents[0], c.span(m.b+1, x), true
	}
	return 0, "", false
}
