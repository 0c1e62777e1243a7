package extract

import (
	"strings"

	"github.com/cigraph/cigraph/graph"
)

// A person's apposition between the name and the rest of the sentence:
// "Intel appointed Lip-Bu Tan, a former board member and the longtime
// chief executive of Cadence Design Systems, as its next CEO". The title
// after the apposition ("as its next CEO") is the appointment, and a
// "TITLE of ORG" inside it is a post of its own.

// appositionClose returns the comma that closes an apposition opening at
// the comma b (up to 20 tokens on), else -1.
func (c *ctx) appositionClose(b int) int {
	if c.w(b) != "," {
		return -1
	}
	for e := b + 1; e < len(c.toks) && e <= b+20; e++ {
		if t := &c.toks[e]; t.kind == tPunct {
			if t.low == "," {
				return e
			}
			if t.low != "-" && t.low != "'s" {
				return -1
			}
		}
	}
	return -1
}

// pastAppositionAs returns the token after an apposition at b that "as"
// follows ("P, a former board member, as its next CEO"), else b.
func (c *ctx) pastAppositionAs(b int) int {
	if e := c.appositionClose(b); e > 0 && c.w(e+1) == "as" {
		return e + 1
	}
	return b
}

// appositionLeads adds the post "TITLE of ORG" named inside the
// apposition after the person m when "as" follows it (the rest of the
// apposition forms titleAfter reads already).
func (c *ctx) appositionLeads(m mention) {
	e := c.appositionClose(m.b)
	if e < 0 || c.w(e+1) != "as" {
		return
	}
	for x := m.b + 2; x < e; x++ {
		if c.toks[x].cls&wTitle == 0 || c.toks[x-1].cls&wTitle != 0 {
			continue
		}
		role, end := c.titleRun(x)
		if end == x || c.w(end) != "of" && c.w(end) != "at" {
			continue
		}
		if o := c.nextMention(end+1, 2, false, graph.Org); o >= 0 && c.s.ments[o].b <= e {
			c.add(fact{typ: graph.Leads, subj: m.ent, obj: c.s.ments[o].ent, role: role, confidence: 0.75})
		}
	}
}

// titleBeforeList: the person mention j follows another person joined by
// "and" or a comma, and a plural title stands before the first ("co-CEOs
// David Zinsner and Michelle Holthaus"): the same post for each.
func (c *ctx) titleBeforeList(j int) (int, string, bool) {
	if j == 0 {
		return 0, "", false
	}
	m, p := c.s.ments[j], c.s.ments[j-1]
	if c.typ(p) != person || p.b >= m.a || !onlyJoiners(c.toks[p.b:m.a]) {
		return 0, "", false
	}
	if j > 1 && c.typ(c.s.ments[j-2]) == person && c.s.ments[j-2].b < p.a && onlyJoiners(c.toks[c.s.ments[j-2].b:p.a]) {
		return c.titleBeforeList(j - 1) // "co-founders A, B and C"
	}
	org, role, ok := c.titleBefore(p.a)
	if !ok || !strings.HasSuffix(role, "s") {
		return 0, "", false // "CEO A and B": B holds no stated post
	}
	return org, role, true
}
