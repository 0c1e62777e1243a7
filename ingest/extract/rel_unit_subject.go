package extract

// Subjects that a nearer or farther name hides. "Acme bought Globex in
// 2023, and its chip business now counts Initech among its customers": the
// chip business is Acme's, so Acme is the subject of "counts", not Globex,
// the name nearest the verb that is no possessive; and "among its
// customers" after the list "Initech and Hooli" is not Hooli's.

// unitHeads are the nouns for a part of a company that acts for it.
var unitHeads = set("unit", "units", "business", "businesses", "division", "arm", "segment", "subsidiary")

// unitSubject: the possessive mention m owns a unit named right before the
// verb at k ("its chip business now counts").
func (c *ctx) unitSubject(m mention, k int) bool {
	head := k - 1
	if adverbLike(c.w(head)) {
		head--
	}
	return head >= m.b && c.unitAfter(m) == head
}

// unitAfter returns the unit head that the possessive mention m owns
// ("its custom AI chip business"): up to four words that start no name
// after m, the last a unit head; else -1.
func (c *ctx) unitAfter(m mention) int { return c.st.unitAfterIn(c.s, m) }

// unitAfterIn is unitAfter for the mention m of sentence s.
func (st *state) unitAfterIn(s *sentence, m mention) int {
	from := m.b
	if from < len(s.toks) && s.toks[from].low == "'s" {
		from++
	}
	for x := from; x < len(s.toks) && x <= from+3; x++ {
		if s.toks[x].kind != tWord || st.inMention(s, x) {
			return -1
		}
		if w := s.toks[x].low; unitHeadGate.may(w) && unitHeads[w] { // wordgate.go
			return x
		}
	}
	return -1
}

// unitClause: after ", and" the possessive m and its unit are the subject
// of a new clause: a lower-case word (the verb) follows the unit, perhaps
// after an adverb (", and its chip business now counts").
func (c *ctx) unitClause(m mention) bool {
	if !m.poss {
		return false
	}
	h := c.unitAfter(m)
	if h < 0 {
		return false
	}
	if adverbLike(c.w(h + 1)) {
		h++
	}
	t := h + 1
	return t < len(c.toks) && c.toks[t].kind == tWord && !c.toks[t].cap
}

// listTail: mention j of s follows "and" right after another name ("Initech
// and Hooli"), so it ends a list, and the "and" opens no clause.
func (st *state) listTail(s *sentence, j int) bool {
	m := s.ments[j]
	if m.a < 2 || s.toks[m.a-1].low != "and" {
		return false
	}
	for x := j - 1; x >= 0; x-- {
		if s.ments[x].b == m.a-1 {
			return true
		}
	}
	return false
}
