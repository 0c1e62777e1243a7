package extract

import "github.com/cigraph/cigraph/graph"

// pluralWindow is how many sentences before a plural reference ("both
// companies", "the two firms") are searched for the pair it names.
const pluralWindow = 2

// salientOrgs resolves a plural reference at token i of sentence si to the
// n organisations the passage is about. The n latest names are often wrong:
// "Albertsons owns stores including Safeway and Vons. For both companies,
// ..." means Kroger and Albertsons, not Safeway and Vons. So each
// organisation of the window scores one point per mention and two more per
// sentence whose subject it is (or is coordinated in); ties go to the latest.
// The result is valid until the next call (or antecedent's).
func (st *state) salientOrgs(si, i, n int) []int {
	if n == 2 && i == 0 {
		if out, ok := st.prevPair(si); ok { // coref_pair.go
			return out
		}
	}
	var cand [16]int
	var score [16]int
	k := 0
	for s := max(0, si-pluralWindow); s <= si; s++ {
		subj := st.subjectList(s)
		for x, m := range st.sents[s].ments {
			if s == si && m.a >= i || st.ents[m.ent].typ != graph.Org || st.ents[m.ent].publisher {
				continue
			}
			if st.commonPlural(s, m) {
				continue // coref_deal.go
			}
			j := indexOf(cand[:k], m.ent)
			if j < 0 && k == len(cand) {
				continue
			}
			if j < 0 {
				j, k = k, k+1
				cand[j] = m.ent
			}
			// move to the end: the latest candidate wins ties below
			e, sc := cand[j], score[j]+1
			if x < subj {
				sc += 2
			}
			copy(cand[j:k-1], cand[j+1:k])
			copy(score[j:k-1], score[j+1:k])
			cand[k-1], score[k-1] = e, sc
		}
	}
	// in antecedent's buffer: every caller reads the result at once
	out := topScored(cand[:k], score[:k], n, st.antBuf[:0])
	if out == nil && n == 2 {
		out = st.dealParties(si) // coref_deal.go
	}
	if out != nil {
		st.antBuf = out[:0]
	}
	return out
}

// subjectList returns how many of the first mentions of sentence s form its
// subject: the first organisation, and those coordinated with it ("Acme and
// Globex said"). A sentence whose first mention is no organisation, or
// comes after a preposition, has none.
func (st *state) subjectList(s int) int {
	sent := &st.sents[s]
	ms := sent.ments
	if len(ms) == 0 || st.ents[ms[0].ent].typ != graph.Org || st.afterPrep(s, ms[0].a) {
		return 0
	}
	n := 1 // counted as listFrom would list them, without building the list
	for n < len(ms) && (ms[n].a == ms[n-1].a || onlyJoiners(sent.toks[ms[n-1].b:ms[n].a])) {
		n++
	}
	return n
}

// afterPrep: the mention at token a follows a preposition ("For Acme, ...").
func (st *state) afterPrep(s, a int) bool {
	toks := st.sents[s].toks
	for k := a - 1; k >= 0 && k >= a-3; k-- {
		if toks[k].cls&wDescStop != 0 { // descStop[toks[k].low]
			return true
		}
	}
	return false
}

// topScored appends to out[:0] the n candidates with the highest scores,
// latest first among equals; nil when there are fewer than n.
func topScored(cand, score []int, n int, out []int) []int {
	if len(cand) < n {
		return nil
	}
	out = out[:0]
	var used [16]bool
	for len(out) < n {
		best := -1
		for j := len(cand) - 1; j >= 0; j-- {
			if !used[j] && (best < 0 || score[j] > score[best]) {
				best = j
			}
		}
		used[best] = true
		out = append(out, cand[best])
	}
	return out
}

func indexOf(xs []int, x int) int {
	for i, y := range xs {
		if y == x {
			return i
		}
	}
	return -1
}

// descStop are words that cannot sit between "the" and the head noun of a
// description: "the partnership between the firm" is no description of a
// firm, while "the Chinese battery giant" is.
var descStop = set("between", "of", "with", "and", "or", "to", "for", "in", "on", "at", "by", "from",
	"that", "which", "who", "as", "than", "is", "was", "are", "were", "has", "have", "had", "said",
	"says", "its", "their", "his", "her", "a", "an", "the", "into", "over", "after", "before", "about")

// clauseSubject: in "Acme said that Globex will cut orders for its
// phones" the pronoun belongs to the reported clause, whose subject is the
// organisation right after "that", not the sentence's first one.
func (st *state) clauseSubject(si, i int) (int, bool) {
	s := &st.sents[si]
	best := -1
	poss := i > 0 && possPrepGate.in(possPreps, s.toks[i-1].low) // the same for every mention
	for x, m := range s.ments {
		if m.a >= i {
			break
		}
		if x > 0 && m.a > 0 && !m.poss && !m.ref && st.ents[m.ent].typ == graph.Org && (s.toks[m.a-1].low == "that" || poss && reportedSubject(s, m)) {
			best = m.ent
		}
	}
	return best, best >= 0
}

// objectPreps put a description in object position: "ordered servers from
// the American chipmaker".
var objectPreps = set("from", "with", "to", "for", "of", "by", "on", "at", "in", "into", "against", "over", "than", "between")

// descAntecedent resolves a description ("the search giant") at token i.
// In object position it does not refer to its own sentence's subject ("Acme
// signed a deal with the search giant" is not about Acme, which would be
// "itself"), so that subject is skipped; elsewhere the latest organisation.
func (st *state) descAntecedent(si, i int) []int {
	toks := st.sents[si].toks
	if e, ok := st.namedModifier(si, i); ok { // coref_subject.go
		return st.one(e)
	}
	if e, ok := st.asOwnerNot(si, i); ok { // coref_as_owner.go
		return st.one(e)
	}
	if e, ok := st.unitAntecedent(si, i); ok { // coref_more3.go
		return st.one(e)
	}
	if e, ok := st.titledDesc(si, i); ok { // coref_role2.go
		return st.one(e)
	}
	if e, ok := st.subjectChain(si, i); ok { // coref_subject.go
		return st.one(e)
	}
	if e, ok := st.subjectOverObject(si, i); ok { // coref_more3.go
		return st.one(e)
	}
	if e, ok := st.subjectOverList(si, i); ok { // coref_object_list.go
		return st.one(e)
	}
	if e, ok := st.figureOwnerDesc(si, i); ok { // coref_figure.go
		return st.one(e)
	}
	if i == 0 || !(objectPrepGate.in(objectPreps, toks[i-1].low) || toks[i-1].cls&wTrigger != 0 && toks[i-1].kind == tWord && toks[i-1].low != "its") || st.thingClauseVerb(si, i) {
		return st.antecedent(si, i, graph.Org, 1)
	}
	n := min(st.subjectList(si), 4)
	var skip [4]int
	for x, m := range st.sents[si].ments[:n] {
		skip[x] = m.ent
	}
	if e, ok := st.antecedentNot(si, i, skip[:n]); ok {
		return st.one(e)
	}
	return st.antecedent(si, i, graph.Org, 1)
}

// antecedentNot returns the latest organisation named before token i of
// sentence si (up to three sentences back) that is not in skip.
func (st *state) antecedentNot(si, i int, skip []int) (int, bool) {
	for k := si; k >= 0 && k >= si-3; k-- {
		ms := st.sents[k].ments
		for j := len(ms) - 1; j >= 0; j-- {
			m := ms[j]
			if k == si && m.a >= i || st.ents[m.ent].typ != graph.Org || st.ents[m.ent].publisher || contains(skip, m.ent) {
				continue
			}
			return m.ent, true
		}
	}
	return 0, false
}

// coSubjects returns the mentions a subject stands for together: every
// entity of a plural reference ("both companies" is two mentions at one
// place) or of a coordinated list ending at it ("Acme and Globex compete
// with Initech"); else the subject alone.
func (c *ctx) coSubjects(subj int) []mention {
	m := c.s.ments[subj]
	lo, hi := subj, subj+1
	for lo > 0 && c.s.ments[lo-1].a == m.a {
		lo--
	}
	for hi < len(c.s.ments) && c.s.ments[hi].a == m.a {
		hi++
	}
	if hi-lo > 1 {
		return c.s.ments[lo:hi]
	}
	if l := c.listAt(subj); len(l) > 1 && l[len(l)-1].a == m.a && l[0].a < m.a && c.orgConjunction(l) {
		return l
	}
	return c.s.ments[subj : subj+1]
}

// orgConjunction: the list is organisations joined by "and" ("Acme, Globex
// and Initech"), not an apposition or a sentence-opening phrase ("In
// addition to Azure, Microsoft ...").
func (c *ctx) orgConjunction(l []mention) bool {
	for _, m := range l {
		if m.poss || c.typ(m) != org {
			return false
		}
	}
	last := l[len(l)-1].a
	if c.clauseAndPair(l) { // coref_subject2.go
		return false
	}
	return c.w(last-1) == "and" || c.w(last-1) == "&"
}

// implicitOwner: a sentence that opens with a bare figure noun ("Revenue
// rose 17% to $9.6 billion.", "Operating margin was 27%.") reports on the
// company the sentence before was about, as if it said "Its revenue": a
// possessive reference before the first token stands for it.
func (st *state) implicitOwner(si int) {
	if st.sents[si].sum.cls&wFigure != 0 && (st.shareSellerOwner(si) || st.implicitOwnerWide(si)) { // coref_figure_seller.go, coref_figure.go
		return
	}
	s := &st.sents[si]
	toks := s.toks
	if si == 0 || len(toks) < 3 || len(s.ments) > 0 || !toks[0].cap {
		return
	}
	if toks[0].cls&wFigure == 0 && !(toks[1].cls&wFigure != 0 && figureMods[toks[0].low]) {
		return
	}
	for _, m := range st.sents[si-1].ments {
		if st.ents[m.ent].typ == graph.Org && !m.poss && !st.ents[m.ent].publisher {
			s.ments = append(s.ments, mention{a: 0, b: 0, ent: m.ent, ref: true, poss: true})
			return
		}
	}
}

// figureMods open a figure's name: "Net income", "Operating margin".
var figureMods = set("net", "operating", "gross", "quarterly", "annual", "total", "adjusted")

// parentOfOrgIn: "the TikTok owner" is TikTok's parent when the lexicon
// knows it and the article names it.
func (st *state) parentOfOrgIn(s *sentence, a, b int) (int, bool) {
	for _, m := range s.ments {
		if m.a >= a && m.b <= b && st.ents[m.ent].typ == graph.Org && st.ents[m.ent].owner != "" {
			k, ok := st.byKey[st.norm(st.ents[m.ent].owner)]
			return k, ok
		}
	}
	return 0, false
}

// dropNested removes the organisations named inside a description that
// refers to another entity ("the TikTok owner" is ByteDance, not TikTok),
// so that no rule reads the inner name as the subject. (A product inside,
// "the iPhone maker", stays: it states what the maker offers.)
func (st *state) dropNested(s *sentence) {
	out := s.ments[:0]
	for _, m := range s.ments {
		if st.ents[m.ent].typ != graph.Org || !nestedIn(s.ments, m) {
			out = append(out, m)
		}
	}
	s.ments = out
}

func nestedIn(ms []mention, m mention) bool {
	if m.ref {
		return false
	}
	for _, r := range ms {
		if r.ref && r.ent != m.ent && r.a <= m.a && m.b <= r.b && r.b-r.a > m.b-m.a && r.a < m.a {
			return true
		}
	}
	return false
}

// thingClauseVerb: the verb before the description at i opens a relative
// clause about a thing ("servers that use the company's chips"): its
// subject is no company, so the description may be the sentence's own.
func (st *state) thingClauseVerb(si, i int) bool {
	toks := st.sents[si].toks
	if i < 3 || !relPronoun(toks[i-2].low, true) {
		return false
	}
	h := i - 3
	if toks[h].low == "," {
		h--
	}
	for _, m := range st.sents[si].ments {
		if m.b == h+1 {
			return false // "Apple, which uses the company's ...": a company's clause
		}
	}
	return h >= 0 && toks[h].kind == tWord && !toks[h].cap
}
