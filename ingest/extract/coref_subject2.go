package extract

import "github.com/cigraph/cigraph/graph"

// More subject preference for references after a sentence that names two
// companies. "On Tuesday, Acme won a contract from Globex. The company
// ..." continues Acme, though a time phrase opens the sentence; "Acme
// signed a deal with Globex, and it will ..." is Acme, not a list "Globex
// and it"; and "Acme buys chips from Globex. The supplier ..." is Globex,
// the one that supplies, whatever the order of the names.

// openerBefore: the a tokens that open sentence k before its first
// mention are an adverbial opener ("On Tuesday,", "In a statement,",
// "Last year"), so that mention is still the sentence's subject.
func (st *state) openerBefore(k, a int) bool {
	toks := st.sents[k].toks
	if a > len(toks) || a > 8 {
		return false
	}
	switch toks[a-1].low {
	case ",", "-", "--", "—", "–": // the dash ends a dateline: "BEIJING, June 27 - Xiaomi ..."
		return true
	}
	return a <= 3 && toks[0].cls&wTime != 0 // "Last year Acme ..."
}

// clauseAndPair: "Acme signed with Globex, and it will ..." — two names
// joined by ", and" are two clauses, not a list (a list of two takes no
// comma before "and").
func (c *ctx) clauseAndPair(l []mention) bool {
	if len(l) != 2 {
		return false
	}
	last := l[1].a
	return c.w(last-1) == "and" && c.w(last-2) == ","
}

// supplierHeads are descriptions of the selling side of a trade.
var supplierHeads = set("supplier", "vendor", "provider", "manufacturer", "foundry", "designer")

// tradeRole resolves "the supplier" at token i of sentence si to the one
// company that sentence (before i) or the one before names as the seller
// after a buying verb: "Acme sources its chips from Globex".
func (st *state) tradeRole(si, i int, head string) (int, bool) {
	if !supplierGate.may(head) || !supplierHeads[head] { // wordgate.go
		return 0, false
	}
	found := -1
	for k := si; k >= 0 && k >= si-1; k-- {
		s := &st.sents[k]
		for _, m := range s.ments {
			if k == si && m.a >= i || st.ents[m.ent].typ != graph.Org || !(m.poss && shareOfOwner(s.toks, m) || !m.poss && boughtFrom(s.toks, m.a)) { // coref_share_owner.go
				continue
			}
			if found >= 0 && found != m.ent {
				return 0, false // two sellers: the role does not decide
			}
			found = m.ent
		}
		if found >= 0 {
			return found, true
		}
	}
	return 0, false
}

// getVerbs also take goods from a seller ("gets its cells from").
var getVerbs = set("gets", "get", "got", "obtains", "obtained", "imports", "imported", "receives", "received")

// boughtFrom: the name at token a follows "from" after a buying verb a
// few words earlier ("buys servers from", "ordered 50 jets from").
func boughtFrom(toks []token, a int) bool {
	if a < 2 || toks[a-1].low != "from" {
		return false
	}
	for x := a - 2; x >= 0 && x >= a-7; x-- {
		if fromVerbs[toks[x].low] || getVerbs[toks[x].low] {
			return true
		}
		if toks[x].kind == tPunct {
			return false
		}
	}
	return false
}

// clauseOpenWords open a clause whose subject a name right after them is:
// "..., under which Palantir will run its software", "while Disney uses
// its own platform".
var clauseOpenWords = set(",", "which", "while", "whereas", "and", "but", "where", "when", "because", "since", "so", "that")

// nearSubject: "its" a few lower-case words after the subject of its own
// clause ("Palantir will run its", "Microsoft resells the service to its
// customers") is that subject, even when another company opens the
// sentence. The sentence's first mention is left to centre.
func (st *state) nearSubject(si, i int) (int, bool) {
	s := &st.sents[si]
	toks := s.toks
	x := i - 1
	for x > 0 && x >= i-7 && toks[x].kind == tWord && !toks[x].cap && toks[x].cls&wClause == 0 {
		if copulaGate.may(toks[x].low) && copulas[toks[x].low] { // wordgate.go
			return 0, false // "Samsung is its second-largest customer": another company's
		}
		x--
	}
	if x == i-1 {
		return 0, false
	}
	for j := len(s.ments) - 1; j > 0; j-- {
		m := s.ments[j]
		if m.b != x+1 {
			continue
		}
		if m.poss || m.ref || st.ents[m.ent].typ != graph.Org || m.a == 0 || !clauseOpenWords[toks[m.a-1].low] || st.listTail(s, j) { // rel_unit_subject.go
			return 0, false
		}
		return m.ent, true
	}
	return 0, false
}

// prevSubjectNot: for a pronoun that cannot be its own sentence's subject
// ("Apple accounted for 25% of its revenue"), the subject of the sentence
// before ("TSMC makes chips for Apple, Nvidia and AMD."), when this
// sentence names no other organisation before token a; not the company
// named last.
func (st *state) prevSubjectNot(si, a, skip int) (int, bool) {
	if si == 0 || st.orgBeforeNot(si, a, skip) {
		return 0, false
	}
	ms := st.sents[si-1].ments
	if len(ms) == 0 || ms[0].poss || ms[0].ent == skip || ms[0].a > 0 && !st.openerBefore(si-1, ms[0].a) {
		return 0, false
	}
	if e := &st.ents[ms[0].ent]; e.typ != graph.Org || e.publisher {
		return 0, false
	}
	return ms[0].ent, true
}

// orgBeforeNot: sentence si names an organisation other than skip before
// token a.
func (st *state) orgBeforeNot(si, a, skip int) bool {
	for _, m := range st.sents[si].ments {
		if m.a < a && m.ent != skip && st.ents[m.ent].typ == graph.Org {
			return true
		}
	}
	return false
}

// personalSubject: a personal pronoun between a candidate subject and the
// verb at k is the verb's own subject ("Salesforce products ... count
// toward what they have committed to spend with AWS"): the buyers are
// "they", not the company named before.
func (c *ctx) personalSubject(from, k int) bool {
	for x := from; x < k; x++ {
		switch c.toks[x].low {
		case "they", "we", "you", "i":
			return !c.st.inMention(c.s, x)
		}
	}
	return false
}

// openingDesc: the description at token i opens its sentence after an
// adverbial ("In December 2023 the retailer agreed ...") that names no
// organisation, so it continues the subject as if it stood first.
func (st *state) openingDesc(si, i int) bool {
	return st.openerBefore(si, i) && !st.orgBefore(si, i)
}
