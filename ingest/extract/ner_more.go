package extract

// Founders: "founded in 2019 by Amira Haddad and Leo Brandt" — the names
// after "founded ... by" are people even when no given name is known.

// founderWords open a founding clause.
var founderWords = set("founded", "co-founded", "cofounded")

// founderRun: the run toks[i:i+n] of two or three plain capitalised
// words follows "founded [in YEAR] by", directly or after earlier names
// of the same list.
func founderRun(toks []token, i, n int) bool {
	if n < 2 || n > 3 {
		return false
	}
	for _, t := range toks[i : i+n] {
		if t.kind != tWord || !t.cap || t.cls&(cOrghead|cSuffix|cNonname|cPlace) != 0 {
			return false
		}
	}
	by := i - 1
	for by >= 0 && by > i-9 && toks[by].low != "by" {
		if t := toks[by]; !(t.cap || t.low == "and" || t.low == ",") {
			return false
		}
		by--
	}
	if by < 0 || toks[by].low != "by" {
		return false
	}
	for x := by - 1; x >= 0 && x >= by-4; x-- {
		if founderWords[toks[x].low] {
			return true
		}
	}
	return false
}

// foundedByList: "X, founded in 2019 by A and B", "X was founded by
// engineers A and B" — each listed person founded X (foundedBy reads the
// name right after "founded by").
func (c *ctx) foundedByList(a int) (int, bool) {
	by := a - 1
	for by > 0 && by > a-9 && c.w(by) != "by" {
		if t := &c.toks[by]; t.kind == tPunct && t.s != "," || t.cls&wFinite != 0 {
			return 0, false
		}
		by--
	}
	if c.w(by) != "by" || c.hedge {
		return 0, false
	}
	for x := by - 1; x >= 1 && x >= by-3; x-- {
		if founderWords[c.w(x)] {
			j := c.subjectBefore(x, org)
			if j < 0 || c.s.ments[j].b < x-3 {
				j = c.openerAcrossAside(x) // rel_founder_aside.go
			}
			if j < 0 {
				return 0, false
			}
			return c.s.ments[j].ent, true
		}
	}
	return 0, false
}
