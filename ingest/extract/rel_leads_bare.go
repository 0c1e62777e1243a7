package extract

import "github.com/cigraph/cigraph/graph"

// Titles that name no company: "Krishna Rao, the chief financial officer,
// arrived from Airbnb" and "Mike Krieger, a co-founder of Instagram,
// joined in May as chief product officer". In a story about one company
// such a title is that company's: the organisation named most often
// (storyOrg), provided the last sentences still speak of it. A company
// named in the title itself, or before the person, is read elsewhere.

// bareTitle returns the topic company and the title for the person
// mention j, or false.
func (c *ctx) bareTitle(j int) (int, string, bool) {
	m := c.s.ments[j]
	a, b := c.bareApposTitle(m)
	if a < 0 {
		a, b = c.joinedAsTitle(m)
	}
	if a < 0 || !c.hasRoleWord(a, b) {
		return 0, "", false
	}
	for _, o := range c.s.ments {
		if o.a < b && c.typ(o) == org && (o.a < m.a || o.a >= a) {
			return 0, "", false // "the chief executive of Y", "Y's CFO X"
		}
	}
	t := c.st.storyOrg()
	if t < 0 || !c.st.namedSince(t, c.si-3, c.si) {
		return 0, "", false
	}
	return t, c.span(a, b), true
}

// bareApposTitle: "X, the TITLE," or "X, who is the TITLE," -> the
// title's tokens [a, b), else -1.
func (c *ctx) bareApposTitle(m mention) (int, int) {
	x := m.b + 1
	if c.w(x) == "who" && (c.w(x+1) == "is" || c.w(x+1) == "was") {
		x += 2
	}
	if c.w(m.b) != "," || c.w(x) != "the" {
		return -1, -1
	}
	return c.bareTitleRun(x + 1)
}

// joinedAsTitle: "X ... joined [in May] as TITLE" with no company between
// the verb and "as" -> the title's tokens [a, b), else -1.
func (c *ctx) joinedAsTitle(m mention) (int, int) {
	v := m.b
	for v < len(c.toks) && v < m.b+10 && c.w(v) != "joined" && c.w(v) != "joins" {
		v++
	}
	as := c.skipTo(v, "as", 3)
	if v >= len(c.toks) || as < 0 {
		return -1, -1
	}
	if c.nextMention(v+1, as-v, false, org) >= 0 {
		return -1, -1
	}
	return c.bareTitleRun(as + 1)
}

// bareTitleRun: lower-case words ending in a title word ("chief product
// officer") from x to a comma, a full stop or the end.
func (c *ctx) bareTitleRun(x int) (int, int) {
	b := x
	for b < len(c.toks) && b < x+5 && c.toks[b].kind == tWord && (!c.toks[b].cap || c.toks[b].cls&wTitle != 0) {
		b++
	}
	if b == x || c.toks[b-1].cls&wTitle == 0 || b < len(c.toks) && c.w(b) != "," && c.w(b) != "." && c.w(b) != ";" {
		return -1, -1
	}
	return x, b
}

// namedSince: entity e is mentioned in sentences [from, to).
func (st *state) namedSince(e, from, to int) bool {
	for i := max(0, from); i < to; i++ {
		for _, m := range st.sents[i].ments {
			if m.ent == e {
				return true
			}
		}
	}
	return false
}

// storyOrg returns the organisation with the most mentions when it has at
// least two and no other has as many; else -1. (Mentions are counted
// for the whole text before relations are read.)
func (st *state) storyOrg() int {
	best, n, tie := -1, 2, false
	for i := range st.ents {
		e := &st.ents[i]
		if e.typ != graph.Org || e.publisher || e.mentions < n {
			continue
		}
		tie = e.mentions == n && best >= 0
		if e.mentions > n || best < 0 {
			best, n, tie = i, e.mentions, false
		}
	}
	if tie {
		return -1
	}
	return best
}
