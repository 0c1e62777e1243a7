package extract

// "Halden signed a contract with Oracle and now also rents servers from
// CoreWeave": the second verb shares the subject of the first. A company
// named as the object of "with", "from", "to" or "for" is never the subject of a
// finite verb that follows "and" (rel_conjoined_verb.go does the same for
// direct objects).

// prepObjectBefore: mention m follows one of those prepositions, and an
// "and" with at most three adverbial words and a finite verb comes between
// m and the verb at k.
func (c *ctx) prepObjectBefore(m mention, k int) bool {
	if m.a == 0 || m.ref || k-m.b > 6 {
		return false
	}
	switch c.toks[m.a-1].low {
	case "with", "from", "to", "for": // "builds chips for Y and won ...": Y is no subject
	default:
		return false
	}
	for x := m.b; x < k; x++ {
		if c.toks[x].low == "and" {
			return c.finiteAfterAdverbs(x+1, k)
		}
	}
	return false
}

// finiteAfterAdverbs: from token y (before k), at most three adverbs or
// time words ("now also", "on Tuesday") and then a finite verb.
func (c *ctx) finiteAfterAdverbs(y, k int) bool {
	for z := y; z <= k && z <= y+3; z++ {
		t := &c.toks[z]
		if z == k || t.cls&wFinite != 0 {
			return true
		}
		if t.kind != tWord || t.cls&(wTime|wWeekday|wMonth) == 0 && !adverbialWord(t.low) && !stillWord(t.low) {
			return false
		}
	}
	return false
}

// stillWord: aspect adverbs between "and" and a second verb.
func stillWord(w string) bool {
	switch w {
	case "now", "still", "already", "currently", "increasingly":
		return true
	}
	return false
}
