package extract

// namedTitle reads an appointment verb between a person and "TITLE of Y":
// "P was named chief executive of Y", "P, who took over as chief
// executive of Y in 2021, said", "P, formerly of Z, was appointed head of
// Y". titleCopula leaves "of Y" to titleAfter, which reads only a title
// right after the name or its comma.
func (c *ctx) namedTitle(m mention) (int, string, bool) {
	x := c.pastAside(m.b)
	if x < 0 {
		return 0, "", false
	}
	x = c.appointVerb(x)
	if x < 0 {
		return 0, "", false
	}
	if c.w(x) == "the" || c.w(x) == "its" {
		x++
	}
	role, end := c.titleRun(x)
	if end == x || c.w(end) != "of" && c.w(end) != "at" {
		return 0, "", false
	}
	if org := c.describedOrgAfter(end + 1); org >= 0 { // rel_leads.go: "founder of venture firm Y"
		return c.s.ments[org].ent, role, true
	}
	return 0, "", false
}

// pastAside steps over ", who" or a short aside set off by commas after
// the name ending at b; it returns where the verb may start, or -1.
func (c *ctx) pastAside(b int) int {
	if c.w(b) != "," {
		return b
	}
	if c.w(b+1) == "who" {
		return b + 2
	}
	for y := b + 1; y < len(c.toks) && y <= b+15; y++ {
		if c.w(y) == "," {
			return y + 1
		}
	}
	return -1
}

// appointVerb returns the token after an appointment verb (with its
// auxiliaries) at x, or -1.
func (c *ctx) appointVerb(x int) int {
	switch c.w(x) {
	case "is", "was", "has", "had", "will", "would":
		x++
		if c.w(x) == "been" || c.w(x) == "be" {
			x++
		}
	}
	if aux := x > 0 && copulaVerb(c.w(x-1)); aux && (c.w(x) == "the" || titleWords[c.w(x)]) {
		return x // "P, formerly of Z, is chief executive of Y"
	}
	switch c.w(x) {
	case "named", "appointed", "made", "became", "becomes", "become":
		if c.w(x+1) == "as" {
			return x + 2
		}
		return x + 1
	case "promoted":
		if c.w(x+1) == "to" {
			return x + 2
		}
	case "took", "takes", "take", "taking":
		if c.w(x+1) == "over" && c.w(x+2) == "as" {
			return x + 3
		}
	}
	return -1
}

// titleMod: a lower-case "group" or "global" inside a title ("Vodafone's
// group chief executive"); capitalised, it ends a name ("SoftBank Group
// chairman"), so it is no title word of its own.
func titleMod(t *token) bool {
	return !t.cap && (t.low == "group" || t.low == "global") || domainTitleWord(t) // rel_leads_domain.go
}
