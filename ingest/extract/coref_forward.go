package extract

// Forward references: "signed deals with two chipmakers: A and B", "it
// supplies them both: A and B", "partnered with two cloud providers, A and
// B". The expression before the list refers to the names after it, so it
// gets one reference mention per listed name, and every frame that reads
// a mention there reads the whole list (appendList keeps the mentions of
// one place together).

// countWord returns the size of the list a count word announces (0: w
// is none).
func countWord(w string) int {
	switch w {
	case "two", "2":
		return 2
	case "three", "3":
		return 3
	case "four", "4":
		return 4
	case "five", "5":
		return 5
	case "six", "6":
		return 6
	}
	return 0
}

// forwardRefs adds the reference mentions of s's forward references.
// (Small enough to be inlined into mentionsOf: most sentences name fewer
// than two entities and need no call.)
func (st *state) forwardRefs(si int) {
	if s := &st.sents[si]; len(s.ments) >= 2 {
		st.forwardRefsIn(si, s)
	}
}

// forwardRefsIn is forwardRefs for a sentence with two or more mentions.
func (st *state) forwardRefsIn(si int, s *sentence) {
	st.cataphora(s)
	for j := 1; j < len(s.ments); j++ {
		m := s.ments[j]
		if m.ref || m.a < 2 || s.toks[m.a-1].kind != tPunct || m.a <= s.ments[j-1].b {
			continue
		}
		// the words are read first: most names after punctuation follow
		// no announcing expression, and the list is read only after one
		a, b, want := forwardExpr(s.toks, m.a-1)
		if want == 0 || st.inMention(s, a) {
			continue
		}
		if n := st.listSize(s, j); n >= 2 && (want < 0 || want == n) {
			st.fwds = append(st.fwds, int32(si))
			st.addForward(s, j, a, b)
			return // one list per sentence is enough, and j moved
		}
	}
}

// listSize returns how many names of one type the list at mention j holds
// (0 when it is no list of names).
func (st *state) listSize(s *sentence, j int) int {
	var buf [8]mention // on the stack
	l := appendList(buf[:0], s, j)
	typ := st.ents[l[0].ent].typ
	for _, m := range l {
		if m.ref || st.ents[m.ent].typ != typ {
			return 0
		}
	}
	return len(l)
}

// forwardExpr recognises the expression that ends right before the
// punctuation at p and announces a list: "them", "them both", "both",
// "these companies" before a colon or dash, "two carmakers" before a
// comma too. It returns its tokens [a, b) and the size of list it
// announces: a count, -1 for any, 0 when there is no such expression.
func forwardExpr(toks []token, p int) (int, int, int) {
	colon := toks[p].low == ":" || toks[p].low == "-" // dashes are folded to "-"
	if !colon && toks[p].low != "," || p < 2 {
		return 0, 0, 0
	}
	x := p - 1
	switch toks[x].low {
	case "them":
		return x, p, b2i(colon) * -1
	case "both":
		if toks[x-1].low == "them" {
			x--
		}
		return x, p, b2i(colon) * 2
	}
	return pluralExpr(toks, x, p, colon)
}

// pluralExpr: "two [big] carmakers", "these companies" ending at token x.
func pluralExpr(toks []token, x, p int, colon bool) (int, int, int) {
	h := toks[x]
	if h.kind != tWord || h.cap || len(h.low) < 4 || h.low[len(h.low)-1] != 's' {
		return 0, 0, 0
	}
	for y := x - 1; y >= 0 && y >= x-3; y-- {
		w := toks[y].low
		if c := countWord(w); c > 0 {
			return y, p, c
		}
		switch w {
		case "these", "those", "following":
			return y, p, -b2i(colon)
		case "both":
			return y, p, 2 * b2i(colon)
		}
		if toks[y].kind != tWord || toks[y].cap {
			break
		}
	}
	return 0, 0, 0
}

// addForward adds a reference mention at [a, b) for each name of the list
// at mention j, keeping s.ments sorted by start.
func (st *state) addForward(s *sentence, j, a, b int) {
	var buf [6]mention
	l := appendList(buf[:0], s, j)
	n := len(s.ments)
	for _, m := range l {
		s.ments = append(s.ments, mention{a: a, b: b, ent: m.ent, ref: true})
	}
	for x := n; x < len(s.ments); x++ {
		for y := x; y > 0 && s.ments[y-1].a > s.ments[y].a; y-- {
			s.ments[y-1], s.ments[y] = s.ments[y], s.ments[y-1]
		}
	}
}

// forwardSiblings: a frame that took one mention of a forward reference
// ("invested in two startups: A and B" read as A) holds for each name of
// the list. The copies are added once (a copy's own siblings are found
// already read), and no amount is any one name's: the list shares it.
func (c *ctx) forwardSiblings(f fact) {
	if len(c.st.fwds) == 0 || indexOf32(c.st.fwds, int32(c.si)) < 0 {
		return // asked for every fact: most documents have no forward reference
	}
	a := c.forwardAt(f.obj)
	if a < 0 {
		return
	}
	n := len(c.st.facts)
	for _, m := range c.s.ments {
		if m.a != a || !m.ref || m.ent == f.obj || c.readFact(f.typ, f.subj, m.ent) {
			continue
		}
		g := f
		g.obj, g.amount, g.share = m.ent, nil, nil
		c.add(g)
	}
	if len(c.st.facts) > n && n > 0 && c.st.facts[n-1].obj == f.obj {
		c.st.facts[n-1].amount = nil
	}
}

// forwardAt returns the start of the forward reference that names entity
// e in this sentence (a reference right before punctuation and the list's
// first name), or -1.
func (c *ctx) forwardAt(e int) int {
	for _, m := range c.s.ments {
		if m.ref && m.ent == e && m.b < len(c.toks) && c.toks[m.b].kind == tPunct && c.mentionAt(m.b+1) >= 0 {
			return m.a
		}
	}
	return -1
}

// readFact: a fact of the type and pair was read from this sentence.
func (c *ctx) readFact(typ string, subj, obj int) bool {
	for j := len(c.st.facts) - 1; j >= 0 && c.st.facts[j].sent == c.si; j-- {
		if f := c.st.facts[j]; f.typ == typ && f.subj == subj && f.obj == obj {
			return true
		}
	}
	return false
}

// cataphora: "In its annual report, Corvane listed ..." — an "its" in a
// fronted phrase refers forward to the organisation that opens the main
// clause after the comma, not back to the sentence before.
func (st *state) cataphora(s *sentence) {
	toks := s.toks
	if len(toks) < 6 || !frontedPrep(toks[0].low) {
		return
	}
	its := -1 // the first mention is the "its" of the fronted phrase
	if m := s.ments[0]; m.ref && m.a < 10 && toks[m.a].low == "its" {
		its = 0
	}
	comma := -1
	for k := 1; its == 0 && k < len(toks) && k < 10; k++ {
		if toks[k].low == "," {
			comma = k
			break
		}
	}
	subj := -1
	for j, m := range s.ments {
		if m.a == comma+1 && !m.ref && !m.poss && st.ents[m.ent].typ == org {
			subj = j
		}
	}
	if comma < 0 || subj < 0 || s.ments[its].a > comma {
		return
	}
	for j := 0; j < len(s.ments) && s.ments[j].a == s.ments[0].a; j++ {
		s.ments[j].ent = s.ments[subj].ent
	}
}

// frontedPrep: w opens a fronted phrase ("In its filing, ..."); a switch,
// as every sentence asks.
func frontedPrep(w string) bool {
	switch w {
	case "in", "for", "during", "after", "despite", "with", "under", "through", "since", "at":
		return true
	}
	return false
}

func indexOf32(xs []int32, x int32) int {
	for i, y := range xs {
		if y == x {
			return i
		}
	}
	return -1
}
