package extract

import (
	"strings"

	"github.com/cigraph/cigraph/graph"
)

// descHeads are nouns of definite descriptions that refer to an organisation
// named earlier ("the company", "the Chinese battery giant").
var descHeads = map[string]bool{
	"company": true, "firm": true, "startup": true, "start-up": true, "chipmaker": true,
	"drugmaker": true, "automaker": true, "carmaker": true, "giant": true, "group": true,
	"telco": true, "retailer": true, "grocer": true, "lender": true, "bank": true,
	"manufacturer": true, "maker": true, "supplier": true, "provider": true, "business": true,
	"behemoth": true, "conglomerate": true, "operator": true, "developer": true, "insurer": true,
	"carrier": true, "unit": true, "buyer": true, "acquirer": true, "corporation": true, "vendor": true, "foundry": true, "designer": true,
	"lab": true, // an AI lab (coref_role.go prefers the company called one)

	"steelmaker": true, "miner": true, "brewer": true, "airline": true, "refiner": true,
	"shipbuilder": true, "chaebol": true, "jeweller": true, // industries of the international press
}

// pluralRefs refer to the last two organisations.
var pluralRefs = map[string]int{"both companies": 2, "the two companies": 2, "the two": 2,
	"the duo": 2, "the companies": 2, "the pair": 2, "both firms": 2, "the two firms": 2,
	"the buyers": 2, "the acquirers": 2, "the bidders": 2, "the purchasers": 2} // buyers: coref_more3.go

// pluralSecond holds the second words of pluralRefs, so that most
// "the X" need no lookup.
var pluralSecond = func() map[string]bool {
	m := map[string]bool{}
	for k := range pluralRefs {
		m[strings.Fields(k)[1]] = true
	}
	return m
}()

// pluralRef2 looks up "a b" in pluralRefs; second tells that b is in
// pluralSecond (token class wPlural2), so that most "the X" need no lookup.
func pluralRef2(a, b string, second bool) (int, bool) {
	if !second {
		return 0, false
	}
	n, ok := pluralRefs[a+" "+b]
	return n, ok
}

// pluralRef3 looks up "a b c" in pluralRefs (second: as for pluralRef2).
func pluralRef3(a, b, c string, second bool) (int, bool) {
	if !second {
		return 0, false
	}
	n, ok := pluralRefs[a+" "+b+" "+c]
	return n, ok
}

// resolveRefs adds mentions for pronouns and descriptions of s, resolved to
// the entities named before them (recency within the type).
func (st *state) resolveRefs(si int) {
	s := &st.sents[si]
	st.implicitOwner(si)
	if s.sum.cls&wRef == 0 {
		return // no token can start a reference
	}
	toks := s.toks
	refs := st.refBuf[:0] // copied into s.ments below
	desc := s.sum.cls&wDescAny != 0
	if !desc && s.sum.cls&(wRefWord|wPlural2) == 0 {
		return // refStart fails at every token (wRefWord)
	}
	for i := refFrom(toks, 0); i < len(toks); i = refFrom(toks, i+1) {
		if !refStart(toks, i, desc) || st.inMention(s, i) {
			continue
		}
		st.lowerBeforeRef(s, i) // ner_lower_target.go
		n, ents := st.refAt(si, i)
		if w := toks[i].low; w == "it" || w == "its" {
			ents = st.itChains(si, i, refs, ents)
		}
		for _, e := range ents {
			poss := i+n < len(toks) && toks[i+n].low == "'s" || toks[i].low == "its" || toks[i].low == "our" || toks[i].low == "their" || toks[i].low == "his" || toks[i].low == "her"
			refs = append(refs, mention{a: i, b: i + n, ent: e, ref: true, poss: poss})
		}
		if n > 0 {
			i += n - 1
		}
	}
	st.refBuf = refs[:0] // kept for the next sentence (s.ments gets copies)
	if len(refs) == 0 {
		return
	}
	s.ments = append(s.ments, refs...)
	// stable insertion sort by start token (both runs are already sorted)
	for x := len(s.ments) - len(refs); x < len(s.ments); x++ {
		for y := x; y > 0 && s.ments[y-1].a > s.ments[y].a; y-- {
			s.ments[y-1], s.ments[y] = s.ments[y], s.ments[y-1]
		}
	}
	if wideRef(refs) {
		st.dropNested(s)
	}
}

// itChains lets the rules for "it" and "its" at i replace the entities
// refAt found. Each returns ents unchanged at any other word, so
// resolveRefs asks them only at these two.
func (st *state) itChains(si, i int, refs []mention, ents []int) []int {
	toks := st.sents[si].toks
	ents = openingRefIt(refs, toks, i, ents)                             // coref_opening_ref.go
	ents = st.itsOwnProduct(si, i, st.openingItChain(si, refs, i, ents)) // coref_opening_it.go
	ents = st.relativeHead(si, i, refs, ents)                            // coref_relative.go
	ents = st.relativeSubjectIt(si, i, ents)                             // coref_relative_it.go
	ents = subjectItAgain(refs, toks, i, ents)                           // coref_it_again.go
	ents = st.saidThatIt(si, i, refs, ents)                              // coref_said_it.go
	return st.openerItChain(si, refs, i, ents)                           // coref_opener_it.go
}

// wideRef: a reference spans two tokens or more. Only such a one can hold
// a name of one token or more (nestedIn), so dropNested has nothing to
// drop otherwise.
func wideRef(refs []mention) bool {
	for _, r := range refs {
		if r.b-r.a >= 2 {
			return true
		}
	}
	return false
}

// refFrom returns the first token from i of class wRef (or len(toks)), in
// a tight loop: most tokens start no reference.
func refFrom(toks []token, i int) int {
	for ; i < len(toks); i++ {
		if toks[i].cls&wRef != 0 {
			return i
		}
	}
	return i
}

// refWords start referring expressions (class wRef); refDeterminers are
// those that refStart passes only with help.
var (
	refWords       = set("it", "its", "he", "his", "she", "her", "the", "this", "that", "both", "these", "those", "our", "we", "us")
	refDeterminers = set("the", "this", "that", "both")
)

// refStart: refAt may resolve something at token i, a word of class wRef.
// "the", "this", "that" and "both" (most of them) resolve only as a plural
// reference (a wPlural2 word next), "the latter/former", or a description,
// which needs a wDescAny word in the sentence (desc); elsewhere refAt
// returns 0 and nil.
func refStart(toks []token, i int, desc bool) bool {
	switch toks[i].low {
	case "the", "this", "that", "both":
		if desc {
			return true
		}
		if i+1 >= len(toks) {
			return false
		}
		next := &toks[i+1]
		return next.cls&wPlural2 != 0 || next.low == "latter" || next.low == "former"
	}
	return true
}

// one returns the list of the single entity e in a buffer of the state:
// resolveRefs reads a reference's entities before it asks for the next.
func (st *state) one(e int) []int {
	st.oneBuf[0] = e
	return st.oneBuf[:1:1]
}

func (st *state) inMention(s *sentence, i int) bool {
	for _, m := range s.ments {
		if i >= m.a && i < m.b {
			return true
		}
	}
	return false
}

// refAt recognises a referring expression at token i and resolves it.
func (st *state) refAt(si, i int) (int, []int) {
	toks := st.sents[si].toks
	w := func(k int) string {
		if i+k < len(toks) {
			return toks[i+k].low
		}
		return ""
	}
	second := i+1 < len(toks) && toks[i+1].cls&wPlural2 != 0
	switch w(0) {
	case "it", "its":
		if w(0) == "it" && (w(1) == "is" || w(1) == "was" || w(1) == "'s") && (w(2) == "unclear" || w(2) == "likely" || w(2) == "widely" || w(2) == "not" || w(2) == "currently" || w(2) == "also") {
			return 0, nil
		}
		if w(0) == "it" && i > 0 && (st.mentionStartsAt(si, i+1) || w(1) == "the" || w(1) == "a") {
			return 0, nil // object "it": "making it Exxon's largest"
		}
		if e, ok := st.amongIts(si, i); w(0) == "its" && ok { // coref_among.go
			if e < 0 {
				return 1, nil
			}
			return 1, st.one(e)
		}
		if e, ok := st.roleIts(si, i); ok { // coref_subject.go
			return 1, st.one(e)
		}
		if e, ok := st.nearSubject(si, i); ok { // coref_subject2.go
			return 1, st.one(e)
		}
		if e, ok := st.centre(si, i); ok {
			return 1, st.one(e)
		}
		return 1, st.antecedent(si, i, graph.Org, 1)
	case "he", "his", "she", "her":
		return 1, st.antecedent(si, i, graph.Person, 1)
	case "the", "this", "that":
		if second { // coref_more3.go
			if ents, ok := st.buyerGroup(si, i, w(1)); ok {
				return 2, ents
			}
		}
		if n, ok := pluralRef3(w(0), w(1), w(2), second); ok {
			return 3, st.salientOrgs(si, i, n)
		}
		if second && w(0) == "the" && relPronoun(w(2), true) {
			return 0, nil // "the companies that build Apple's products": generic, no antecedent
		}
		if n, ok := pluralRef2(w(0), w(1), second); ok {
			return 2, st.salientOrgs(si, i, n)
		}
		// not "the former chief executive" (rel_stake_events.go), nor "the former Catalent sites" (a name follows)
		if w(0) == "the" && (w(1) == "latter" || w(1) == "former") && !formerTitleNext(w(2)) && !orgishNoun[w(2)] && !(i+2 < len(toks) && toks[i+2].cap) {
			two := st.antecedent(si, i, graph.Org, 2)
			if len(two) == 2 {
				if w(1) == "latter" {
					return 2, two[:1]
				}
				return 2, two[1:]
			}
		}
		return st.description(si, i)
	case "both":
		if n, ok := pluralRef2(w(0), w(1), second); ok {
			return 2, st.salientOrgs(si, i, n)
		}
	case "our", "we", "us":
		return st.speakerRef(si, i) // coref_speaker.go
	case "these", "those":
		if w(1) == "customers" || w(1) == "clients" || w(1) == "companies" {
			return 2, st.lastList(si, i)
		}
	}
	return 0, nil
}

// description resolves "the [adjectives] company" (at most three modifiers)
// and "the ChatGPT maker" (the vendor of a product).
func (st *state) description(si, i int) (int, []int) {
	s := &st.sents[si]
	if s.sum.cls&wDescAny == 0 {
		return 0, nil // the loop below returns something only at such a word
	}
	toks := s.toks
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		t := &toks[k]
		if t.kind == tPunct && t.s != "-" || t.cls&wDescStop != 0 { // descStop
			return 0, nil
		}
		if t.cls&wDescAny == 0 {
			continue // neither a description head nor a maker word
		}
		if t.low == "maker" || t.low == "developer" || t.low == "creator" || t.low == "owner" {
			if e, ok := st.vendorOfProductIn(s, i+1, k); ok {
				return k - i + 1, st.one(e)
			}
		}
		if t.low == "owner" || t.low == "parent" {
			if e, ok := st.parentOfOrgIn(s, i+1, k); ok {
				return k - i + 1, []int{e} // "the TikTok owner"
			}
		}
		if t.cls&wDescHead != 0 || modHeadEnds(toks, i, k) { // coref_mod_heads.go
			if t.cls&wDescHead != 0 && k+1 < len(toks) && (toks[k+1].cap || toks[k+1].cls&wDescHead != 0) && toks[k+1].kind == tWord {
				return 0, nil // "the company Seagen": an apposition, the name follows
			}
			if k == i+1 || !toks[k-1].cap || toks[k-1].cls&(cNonname|cPlace) != 0 || participleCompound(toks[k-1].s) || st.allPlaces(toks[i+1:k]) { // "the Austin-based company", "the San Francisco company"
				if t.low == "fund" {
					return st.fundRef(si, i, k) // coref_fund.go
				}
				if e, ok := st.roleHolder(si, i, t.low); ok { // coref_role.go
					return k - i + 1, st.one(e)
				}
				if e, ok := st.tradeRole(si, i, t.low); ok { // coref_subject2.go
					return k - i + 1, st.one(e)
				}
				return k - i + 1, st.startupAntecedent(si, i, t.low, st.pastExample(si, i, st.notGovBody(si, i, t.low, st.descAntecedent(si, i)))) // coref_startup.go, coref_examples.go
			}
			return 0, nil
		}
	}
	return 0, nil
}

// vendorOfProductIn finds "ChatGPT" in tokens [a, b) and returns its vendor.
func (st *state) vendorOfProductIn(s *sentence, a, b int) (int, bool) {
	for _, m := range s.ments {
		if m.a >= a && m.b <= b && st.ents[m.ent].typ == graph.Product {
			if v, ok := st.vendorOf(m.ent); ok {
				return v, true
			}
		}
	}
	return 0, false
}

// antecedent returns up to n distinct entities of type typ named before token
// i of sentence si (this sentence, then up to three before), latest first.
//
// The result is valid until the next call: every caller reads it at once.
func (st *state) antecedent(si, i int, typ graph.EntityType, n int) []int {
	out := st.antBuf[:0]
	defer func() { st.antBuf = out[:0] }()
	for k := si; k >= 0 && k >= si-3 && len(out) < n; k-- {
		ms := st.sents[k].ments
		for j := len(ms) - 1; j >= 0 && len(out) < n; j-- {
			m := ms[j]
			if k == si && m.a >= i || st.ents[m.ent].typ != typ || st.ents[m.ent].publisher || contains(out, m.ent) {
				continue
			}
			if n == 1 && typ == graph.Org && st.investorMention(k, j) {
				continue // coref_deal.go
			}
			out = append(out, m.ent)
		}
	}
	if len(out) < n {
		return nil
	}
	return out
}

// lastList returns the organisations listed together most recently.
func (st *state) lastList(si, i int) []int {
	for k := si - 1; k >= 0 && k >= si-2; k-- {
		st.loadToks(k)
		ms := st.sents[k].ments
		for j := len(ms) - 1; j >= 0; j-- {
			if l := st.listFrom(&st.sents[k], j); len(l) >= 2 {
				out := make([]int, len(l))
				for x, m := range l {
					out[x] = m.ent
				}
				return out
			}
			if l := st.listEndingAt(&st.sents[k], j); len(l) >= 2 {
				return l
			}
		}
	}
	return nil
}

func (st *state) listEndingAt(s *sentence, j int) []int {
	var out []int
	for k := j; k >= 0; k-- {
		l := st.listFrom(s, k)
		if len(l) < 2 || l[len(l)-1].a != s.ments[j].a {
			break
		}
		out = out[:0]
		for _, m := range l {
			out = append(out, m.ent)
		}
	}
	return out
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func (st *state) mentionStartsAt(si, k int) bool {
	for _, m := range st.sents[si].ments {
		if m.a == k {
			return true
		}
	}
	return false
}

// centre returns the subject an "it" most likely refers to: the first
// organisation of its sentence, else the first of the sentence before.
func (st *state) centre(si, i int) (int, bool) {
	if e, ok := st.clauseSubject(si, i); ok {
		return e, true
	}
	for k := si; k >= 0 && k >= si-1; k-- {
		for _, m := range st.sents[k].ments {
			if k == si && m.a >= i {
				break
			}
			if st.ents[m.ent].typ == graph.Org && !st.ents[m.ent].publisher && (!m.poss || st.unitAfterIn(&st.sents[k], m) >= 0) {
				return m.ent, true // a possessed unit is its owner acting: "Xiaomi's EV unit is sourcing ... for its"
			}
		}
		if k == si && i > 2 && !st.frontedAdverbial(si, i) && !st.openerBefore(si, i) { // coref_fronted.go, coref_subject2.go ("On Tuesday, it")
			return 0, false
		}
	}
	return 0, false
}
