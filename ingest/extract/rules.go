package extract

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/cigraph/cigraph/graph"
)

// Rules is the deterministic extractor.
type Rules struct {
	lx *Lexicon
}

// NewRules returns the rule extractor over a lexicon (nil: the embedded one).
func NewRules(lx *Lexicon) (*Rules, error) {
	if lx == nil {
		var err error
		if lx, err = DefaultLexicon(); err != nil {
			return nil, fmt.Errorf("load lexicon: %w", err)
		}
	}
	return &Rules{lx: lx}, nil
}

// Extract reads the facts of one article. Binary input is an error wrapping
// graph.ErrInvalid; text without sentences gives an empty extraction.
func (r *Rules) Extract(ctx context.Context, in Input) (out graph.Extraction, err error) {
	empty := graph.Extraction{Entities: []graph.Entity{}, Relations: []graph.Relation{}, Metrics: []graph.Metric{}}
	text := in.Text
	if len(text) > MaxInputBytes {
		text = text[:MaxInputBytes]
	}
	if looksBinary(text) {
		return empty, fmt.Errorf("input is not text: %w", graph.ErrInvalid)
	}
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	st := newState(r.lx, text, in.Published)
	defer func() {
		if p := recover(); p != nil {
			// a rule's fault fails this document, not the ingest run that
			// reads many; the state is dropped, not pooled (FuzzExtract
			// fails on ErrFault, so a fault found there is fixed)
			out, err = empty, fmt.Errorf("%w: %v", ErrFault, p)
			return
		}
		st.release()
	}()
	st.spans = splitSentences(text, st.spans[:0])
	st.tokenizeAll(st.spans)
	if d, ok := st.datelinePub(); ok { // times_dayfirst.go
		st.pub = d
	}
	for i := range st.sents {
		st.loadToks(i)
		if i%64 == 0 && ctx.Err() != nil {
			return empty, ctx.Err()
		}
		st.mentionsOf(i)
	}
	st.relate()
	out = st.output()
	st.detach(&out) // lowpool.go: no string of out points into st.low
	return out, nil
}

// ErrFault reports a fault of the extractor itself on one document (a
// recovered panic): the input is not to blame.
var ErrFault = errors.New("extractor fault")

// mentionBlock is the number of mentions allocated at a time.
const mentionBlock = 4096

// mentionsOf finds the mentions of sentence i, stored back to back in st.mall.
func (st *state) mentionsOf(i int) {
	s := &st.sents[i]
	a := len(st.mall)
	s.ments = st.mall[a:]
	st.findMentions(s)
	st.resolveRefs(i)
	st.forwardRefs(i) // coref_forward.go
	if cap(s.ments) != cap(st.mall)-a {
		// outgrew the buffer: continue in a new block (earlier sentences
		// keep theirs, so blocks are not doubled and copied)
		st.mall = append(make([]mention, 0, max(mentionBlock, 2*len(s.ments))), s.ments...)
		a = 0
	} else {
		st.mall = st.mall[:a+len(s.ments)]
	}
	s.ments = st.mall[a:len(st.mall):len(st.mall)]
}

// hasDealBefore: an ACQUIRES or INVESTS_IN fact was read in the two
// sentences before si.
func (st *state) hasDealBefore(si int) bool {
	for j := len(st.facts) - 1; j >= 0 && st.facts[j].sent >= si-2; j-- {
		if f := st.facts[j]; f.sent < si && (f.typ == graph.Acquires || f.typ == graph.InvestsIn) {
			return true
		}
	}
	return false
}

// tokenizeAll tokenizes and classifies every sentence into one shared
// buffer; a long text is instead tokenized a few sentences at a time
// (loadToks), so memory stays bounded.
func (st *state) tokenizeAll(spans []span) {
	if cap(st.sents) < len(spans) {
		st.sents = make([]sentence, len(spans))
	}
	st.sents = st.sents[:len(spans)]
	st.windowed = len(st.text) > wholeDocBytes
	if st.windowed {
		for i, sp := range spans {
			st.sents[i] = sentence{sp: sp, text: st.text[sp.start:sp.end]}
		}
		st.owner = [ringSize]int{-1, -1, -1, -1}
		return
	}
	all := st.toks[:0]
	c := cap(all)
	for i, sp := range spans { // each sentence is written once, with its tokens
		a := len(all)
		var sum sentSum
		all, sum = st.lx.scan(st.text, st.low, sp.start, sp.end, all)
		// field by field, not a whole-struct copy: the other fields are
		// zero (release clears the sentences; make gives zeros)
		s := &st.sents[i]
		s.sp, s.text, s.toks, s.ments, s.sum = sp, st.text[sp.start:sp.end], all[a:len(all):len(all)], nil, sum // toks: re-sliced below if all grew
	}
	st.toks = all
	if cap(all) == c {
		return // all did not grow: the slices above are those below
	}
	a := 0
	for i := range st.sents {
		n := len(st.sents[i].toks)
		st.sents[i].toks = all[a : a+n : a+n]
		a += n
	}
}

// loadToks makes sure the tokens of sentence i are present: in windowed
// mode the last ringSize sentences used keep theirs.
func (st *state) loadToks(i int) []token {
	s := &st.sents[i]
	if !st.windowed || st.owner[i%ringSize] == i {
		return s.toks
	}
	slot := i % ringSize
	if o := st.owner[slot]; o >= 0 {
		st.sents[o].toks = nil
	}
	buf, sum := st.lx.scan(st.text, st.low, s.sp.start, s.sp.end, st.ring[slot][:0])
	s.sum = sum
	st.ring[slot], st.owner[slot] = buf, i
	s.toks = buf[:len(buf):len(buf)]
	return s.toks
}

// looksBinary: NUL bytes or mostly control characters in the first 8 KiB.
func looksBinary(s string) bool {
	head := s
	if len(head) > 8192 {
		head = head[:8192]
	}
	ctrl, rest := 0, head
	// four words per step: most hold no control byte, and most that do hold
	// line breaks only: they count nothing. A NUL is a control byte, so only
	// the blocks that count can hold one (no pass of its own).
	for ; len(rest) >= 32; rest = rest[32:] {
		x0, x1, x2, x3 := load64(rest), load64(rest[8:]), load64(rest[16:]), load64(rest[24:])
		if ctrlWord(x0)|ctrlWord(x1)|ctrlWord(x2)|ctrlWord(x3) != 0 && !(onlyNewlines(x0, x1) && onlyNewlines(x2, x3)) {
			n, nul := countCtrlNUL(rest[:32])
			if nul {
				return true
			}
			ctrl += n
		}
	}
	n, nul := countCtrlNUL(rest)
	return nul || len(head) > 0 && (ctrl+n)*10 > len(head)
}

// countCtrlNUL is countCtrl(s) and whether s holds a NUL byte.
func countCtrlNUL(s string) (int, bool) {
	return countCtrl(s), strings.IndexByte(s, 0) >= 0
}

// hasCtrl8 reports whether any of the first eight bytes of s is below 0x20.
func hasCtrl8(s string) bool { return ctrlBits8(s) != 0 }

// ctrlBits8 is not zero iff one of the first eight bytes of s is below
// 0x20 (a byte-wise "less than" on one 64-bit word).
func ctrlBits8(s string) uint64 { return ctrlWord(load64(s)) }

// ctrlWord is ctrlBits8 for the eight bytes of x (little-endian).
func ctrlWord(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	return (x - ones*0x20) &^ x & highs
}

// onlyNewlines: every byte below 0x20 of the words x0 and x1 is '\n'
// (the masks below are exact for each byte).
func onlyNewlines(x0, x1 uint64) bool {
	const nl = 0x0101010101010101 * '\n'
	return below8(x0, 0x20) == below8(x0^nl, 1) && below8(x1, 0x20) == below8(x1^nl, 1)
}

// below8 has the high bit of each byte of x below n (1 <= n <= 0x80) and
// no other bit: setting each byte's high bit first keeps the subtraction
// from borrowing across bytes.
func below8(x uint64, n uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	return ^((x | highs) - ones*n | x) & highs
}

// countCtrl counts control bytes other than line breaks, tabs and form feeds.
func countCtrl(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			n++
		}
	}
	return n
}

// relate runs the relation frames and metric rules sentence by sentence.
func (st *state) relate() {
	c := ctx{money: st.scratch.money, pcts: st.scratch.pcts, times: st.scratch.times, clauses: st.scratch.clauses,
		lists: st.scratch.lists, days: &st.scratch.days}
	st.scratch.days = dayMemo{} // for this article's date
	st.fyEnd = 0
	defer func() {
		st.scratch.money, st.scratch.pcts, st.scratch.times = c.money[:0], c.pcts[:0], c.times[:0]
		st.scratch.clauses, st.scratch.lists = c.clauses[:0], c.lists[:0]
	}()
	var lst listLead // the lead-in of the list being read (rel_list_lead.go)
	for i := range st.sents {
		s := &st.sents[i]
		st.fiscalCalendar(i) // times_calendar.go
		if s.sp.item {
			st.listItem(i, &c, &lst) // rel_list_items.go: "- Amazon: $8 billion"
		}
		if s.sp.headline || s.sp.frag || len(s.ments) == 0 {
			if !s.sp.frag {
				st.bareDeal(i, &c) // rel_more3.go
			}
			if s.sp.headline && len(s.ments) > 0 {
				st.tagLeads(i, &c) // transcript.go: "Colette Kress -- Chief Financial Officer"
			}
			continue
		}
		if question(s.toks) || st.safeHarbor(s) { // transcript.go
			continue
		}
		st.prepare(i, &c)
		// times are read on first use (timeList): most sentences state none
		c.hedge = s.sum.cls&wHedge != 0 // a hedge word anywhere
		// rel_more3.go: what an earlier version of the story said is withdrawn
		c.hedge = c.hedge || c.correctionNote()
		c.hedge = c.hedge || c.invertedConditional() // rel_counterfactual.go
		c.hasProd = st.anyProduct(s)
		n := len(st.facts)
		c.frames()
		c.possessedUnits()   // ner_possessed_unit.go
		c.dropFailedDeals(n) // rel_deal_failed.go
		// rel_deal_blocked.go: "blocked X's takeover of Y"
		c.dropBlockedDeals(n)
		c.lapsedTies(n) // rel_deal_lapsed.go: "the deal with Y lapsed"
		// dealAmount reads only the first amount of an unhedged sentence
		if len(c.money) > 0 && !c.hedge && (len(st.facts) == n || c.dealSubject()) {
			c.dealAmount()
		}
		c.metrics()
	}
	st.lexiconOffers()
	st.productRivalry()
}

// prepare sets c up for sentence i: its tokens, amounts and percentages.
func (st *state) prepare(i int, c *ctx) {
	s := &st.sents[i]
	st.loadToks(i)
	*c = ctx{st: st, si: i, s: s, toks: s.toks, money: c.money[:0], pcts: c.pcts[:0], times: c.times[:0],
		clauses: c.clauses[:0], lists: c.lists[:0], days: c.days}
	// the summary skips the searches that cannot match (summary.go)
	if s.sum.mayMoney() {
		c.money = findMoney(s.toks, c.money)
	}
	if s.sum.mayPercent() {
		c.pcts = findPercents(s.toks, c.pcts)
	}
}

// hedgeWords mark a sentence that reports a rumour or denial: one of them
// anywhere (class wHedge, read from the sentence summary) hedges it all.
var hedgeWords = set("rumor", "rumors", "rumour", "rumours", "speculation", "speculated", "untrue", "baseless",
	"denied", "denies", "deny", "unclear", "reportedly", "allegedly",
	"misstated", "misidentified", "misreported", "erroneously") // a correction notice: rel_more3.go

// vendorOf returns the maker of a product: from an OFFERS fact of the
// article, else the lexicon vendor when the article names it.
func (st *state) vendorOf(p int) (int, bool) {
	if v, ok := st.offerOf[p]; ok {
		return v, true
	}
	if o := st.ents[p].owner; o != "" {
		if k, ok := st.byKey[st.norm(o)]; ok && k != p {
			return k, true
		}
		return st.embeddedMaker(p, o) // ner_maker_name.go
	}
	return 0, false
}

// lexiconOffers adds OFFERS for products whose lexicon vendor is named too.
func (st *state) lexiconOffers() {
	for i := range st.sents {
		for _, m := range st.sents[i].ments {
			e := &st.ents[m.ent] // no copy: an entity is large
			if e.typ == graph.Org && e.lex < 0 && e.owner != "" && !m.ref {
				st.composedParent(i, m) // ner_composed_unit.go: "Samsung Foundry"
				continue
			}
			if e.typ != graph.Product || e.owner == "" || m.ref {
				continue
			}
			if v, ok := st.byKey[st.norm(e.owner)]; ok && st.ents[v].mentions > 0 && st.ents[v].typ == graph.Org {
				st.addFact(fact{typ: graph.Offers, subj: v, obj: m.ent, confidence: 0.7,
					sent: i, status: graph.StatusCurrent})
			}
		}
	}
}

// productRivalry: when two products compete, so do their makers; a product
// that rivals a company ("Gemini, a rival to OpenAI's ChatGPT") makes its
// maker that company's rival.
func (st *state) productRivalry() {
	n := len(st.facts)
	for i := 0; i < n; i++ {
		f := st.facts[i]
		if f.typ != graph.CompetesWith || st.ents[f.subj].typ != graph.Product && st.ents[f.obj].typ != graph.Product {
			continue
		}
		a, okA := st.makerOrSelf(f.subj)
		b, okB := st.makerOrSelf(f.obj)
		if okA && okB && a != b {
			st.addFact(fact{typ: graph.CompetesWith, subj: a, obj: b, confidence: 0.6, sent: f.sent, status: graph.StatusCurrent})
		}
	}
}

// makerOrSelf: an organisation stands for itself, a product for its maker.
func (st *state) makerOrSelf(e int) (int, bool) {
	if st.ents[e].typ == graph.Org {
		return e, true
	}
	return st.vendorOf(e)
}

// employer returns the organisation a person leads, from the facts so far.
func (st *state) employer(p int) (int, bool) {
	o, ok := st.leadsOf[p]
	return o, ok
}
