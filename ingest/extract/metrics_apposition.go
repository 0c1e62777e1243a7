package extract

// "Amazon Web Services, the cloud computing arm of Amazon, reported sales
// of $25 billion"; "Google Cloud, a unit of Alphabet, said its revenue
// rose": the organisation named inside an apposition describes the one
// before it, which is the subject of the figure (and what "its" means).

// appositionHost returns the mention the subject subj (or the entity it
// refers to) describes when that entity is named inside an apposition
// ", a/the ... X," after another organisation; else subj.
func (c *ctx) appositionHost(subj int) int {
	e := c.s.ments[subj].ent
	for _, m := range c.s.ments {
		if m.ent != e || m.ref || m.a > c.s.ments[subj].a || c.w(m.b) != "," {
			continue
		}
		if h := c.hostBefore(m.a); h >= 0 && c.s.ments[h].ent != e {
			return h
		}
	}
	return subj
}

// hostBefore: the apposition holding token a opens with ", a|an|the" right
// after an organisation mention, with only words between; that mention.
func (c *ctx) hostBefore(a int) int {
	for x := a - 1; x >= 1 && x >= a-8; x-- {
		if c.toks[x].kind != tPunct {
			continue
		}
		if c.w(x) != "," || !determiners[c.w(x+1)] || c.w(x+1) == "its" {
			return -1
		}
		for j, m := range c.s.ments {
			if m.b == x && c.typ(m) == org {
				return j
			}
		}
		return -1
	}
	return -1
}
