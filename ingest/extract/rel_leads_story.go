package extract

// "Barclays, Goldman Sachs and Mizuho are the lead underwriters. Rene Haas
// has been chief executive since 2022." A bare title after a sentence
// that opens with a list of organisations (banks, investors) is not one
// of theirs: it is the title of the story's company (storyOrg), provided
// the last sentences still speak of it. A short apposition may stand
// between the person and the copula ("Jitendra Mohan, a co-founder, is
// chief executive").

// storyTitleOrg returns the story's company for a bare title when the
// previous sentence opens with a list.
func (c *ctx) storyTitleOrg() (int, bool) {
	if c.si == 0 || c.st.subjectList(c.si-1) < 2 {
		return 0, false
	}
	t := c.st.storyOrg() // rel_leads_bare.go
	if t < 0 || !c.st.namedSince(t, c.si-3, c.si) {
		return 0, false
	}
	return t, true
}

// skipPersonAppos returns the token after a comma-bounded apposition of
// up to six words opened by an article at x ("a co-founder,"), else x.
func (c *ctx) skipPersonAppos(x int) int {
	if c.w(x) != "," || c.w(x+1) != "a" && c.w(x+1) != "an" {
		return x
	}
	for e := x + 2; e < len(c.toks) && e <= x+7; e++ {
		if c.toks[e].kind == tPunct {
			if c.w(e) == "," {
				return e + 1
			}
			return x
		}
	}
	return x
}
