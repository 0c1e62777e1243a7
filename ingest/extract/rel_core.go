package extract

import (
	"github.com/cigraph/cigraph/graph"
)

// fact is a relation between two entities before names are final.
type fact struct {
	typ        string
	subj, obj  int
	prod       int // product entity index + 1; 0: none
	amount     *graph.Amount
	share      *float64
	status     string
	time       string
	role       string
	confidence float64
	sent       int
}

// ctx is one sentence prepared for the relation frames.
type ctx struct {
	st    *state
	si    int
	s     *sentence
	toks  []token
	money []money
	pcts  []percent
	times []timex
	hedge bool // the sentence reports a rumour, denial or speculation
	// hasProd: a mention of the sentence names a product. Entity types are
	// settled before relate, so frames that need a product can skip early.
	hasProd bool
	// timesRead: times holds the sentence's time expressions (timeList)
	timesRead bool
	// clausesRead: clauses holds the sentence's clause starts (clauseStarts)
	clausesRead bool
	clauses     []int32
	// relRead: relAny tells whether the sentence opens a relative clause
	// (hasRelative)
	relRead, relAny bool
	// tieEnd: a lapse or end word was seen by frames (lapsedTies)
	tieEnd bool
	// prelimRead: prelimAny tells whether the sentence names a
	// preliminary deal word (hasPrelim, rel_prelim.go)
	prelimRead, prelimAny bool
	lastTime              timeMemo  // timeNear's last answer
	orgSubj               subjMemo  // subjectBefore's last answer for org
	lists                 []mention // the arena of listFrom, emptied per sentence
	days                  *dayMemo  // the article's day strings (timestr.go)

	sources sourceMemo // rel_source.go
}

// timeList returns the time expressions of the sentence, searched on the
// first call: most sentences yield no fact that asks for a time, and the
// search is pure, so its result does not depend on when it runs.
func (c *ctx) timeList() []timex {
	if !c.timesRead {
		c.timesRead = true
		if c.s.sum.mayTime() { // summary.go
			c.times = c.fiscalEnds(c.fiscalQuarters(findTimesIn(c.toks, c.st.pub, c.times, c.days))) // times_fiscal.go, times_calendar.go
			// "that year": the year of the sentence before (times_that_year.go)
			c.times = c.thatYear(c.times)
		}
	}
	return c.times
}

// anyProduct reports a product among the mentions of s.
func (st *state) anyProduct(s *sentence) bool {
	for _, m := range s.ments {
		if st.ents[m.ent].typ == graph.Product {
			return true
		}
	}
	return false
}

func (c *ctx) w(k int) string {
	if k >= 0 && k < len(c.toks) {
		return c.toks[k].low
	}
	return ""
}

func (c *ctx) typ(m mention) graph.EntityType { return c.st.ents[m.ent].typ }

// mentionAt returns the index of the mention starting at token k.
func (c *ctx) mentionAt(k int) int {
	for j, m := range c.s.ments {
		if m.a == k {
			return j
		}
	}
	return -1
}

// nextMention returns the first mention starting in [k, k+window) with one
// of the types (any type when none given), skipping possessives when noPoss.
func (c *ctx) nextMention(k, window int, noPoss bool, types ...graph.EntityType) int {
	for j, m := range c.s.ments {
		if m.a < k || m.a >= k+window {
			continue
		}
		if h := c.roleModHead(j); h != j { // rel_role_mod.go: "OpenAI rival Anthropic"
			if hm := c.s.ments[h]; !(noPoss && hm.poss) && typeIn(c.typ(hm), types) {
				return h
			}
		}
		if noPoss && m.poss || !typeIn(c.typ(m), types) {
			continue
		}
		return j
	}
	return -1
}

func typeIn(t graph.EntityType, types []graph.EntityType) bool {
	if len(types) == 0 {
		return true
	}
	for _, x := range types {
		if x == t {
			return true
		}
	}
	return false
}

// subjectBefore finds the subject of a verb at token k: the nearest
// non-possessive mention of the types before k, else the nearest possessive.
func (c *ctx) subjectBefore(k int, types ...graph.EntityType) int {
	if len(types) != 1 || types[0] != org {
		return c.subjectScan(k, types)
	}
	// most calls ask for an organisation, and the frames of one trigger
	// ask for the subject of the same token again and again
	if c.orgSubj.ok && c.orgSubj.k == k {
		return c.orgSubj.j
	}
	j := c.subjectScan(k, types)
	c.orgSubj = subjMemo{k: k, j: j, ok: true}
	return j
}

// subjMemo is the last answer of subjectBefore for an organisation. The
// answer depends only on the sentence's tokens and mentions, which do not
// change during relate, and ctx is new for each sentence.
type subjMemo struct {
	k, j int
	ok   bool
}

// subjectScan is subjectBefore without the memo.
func (c *ctx) subjectScan(k int, types []graph.EntityType) int {
	if j, ok := c.relativeSubject(k, types); ok {
		return j
	}
	poss := -1
	for j := len(c.s.ments) - 1; j >= 0; j-- {
		m := c.s.ments[j]
		if m.b > k || !typeIn(c.typ(m), types) || k-m.b > 25 || j > 0 && bracketAgain(c.s, c.s.ments[j-1], m) { // names_bracket_list.go: "... Corp (SMIC) are"
			continue
		}
		if c.clauseBreak(m.b, c.sharedSubjectEnd(k)) { // rel_clause_shared.go
			break
		}
		if c.conjoinedObject(m, k) || c.verbObjectBefore(m, k) || c.prepObjectBefore(m, k) { // rel_clause_more.go, rel_conjoined_verb.go, rel_prep_object.go
			continue
		}
		if !m.poss {
			if c.w(m.b+1) == "," && m.b+1 < k {
				if h := c.unitApposition(j); h >= 0 {
					return h // rel_unit_appos.go: "Waymo, the Alphabet unit, uses ..."
				}
			}
			return c.outsideRelative(j, k, types)
		}
		if poss < 0 && c.unitSubject(m, k) { // rel_unit_subject.go
			return j
		}
		if poss < 0 {
			poss = j
		}
	}
	return poss
}

// clauseBreak reports a relative-clause or sentence break between tokens.
// Only ";" and words of class wClause can break (classbits_test.go).
func (c *ctx) clauseBreak(a, b int) bool {
	for k := a; k < b; k++ {
		if c.toks[k].cls&wClause == 0 && c.toks[k].kind != tPunct {
			continue
		}
		switch c.toks[k].low {
		case ";", "but", "while", "whereas", "although":
			return true
		}
	}
	return false
}

var orgishNoun = set("company", "firm", "startup", "maker", "giant", "provider", "operator", "developer", "rival", "chipmaker", "group")

// moneyNear returns the amount nearest to token k within [a, b), or nil.
func (c *ctx) moneyNear(k, a, b int) *graph.Amount {
	if len(c.money) == 0 {
		return nil // most sentences state no amount: skip the clause scan
	}
	a, b = c.clamp(k, a, b)
	if e := c.relativeEnd(k); e > 0 {
		b = min(b, e) // rel_relative.go: ", which sells to A, generated $N"
	}
	best, dist := -1, 1<<30
	for j, m := range c.money {
		if m.perShare || m.a < a || m.b > b || c.revenueMoney(m.a) || facilityGate.in(facilityNouns, c.w(m.b)) || c.otherClauseMoney(m.a, k) || c.valuationMoney(m) { // rel_more2.go, rel_hosted.go, rel_relative.go, rel_round_backers.go
			continue
		}
		d := abs(m.a - k)
		if d < dist {
			best, dist = j, d
		}
	}
	if best < 0 {
		return nil
	}
	return c.st.newAmount(c.money[best].amt)
}

// timeNear returns the time expression nearest after k (else before) in
// [a, b), else "".
func (c *ctx) timeNear(k, a, b int) string {
	times := c.timeList()
	if len(times) == 0 {
		return "" // most sentences state no time: skip the clause scan
	}
	// a frame that adds a fact per listed name asks the same again
	key := [3]int{k, a, b}
	if c.lastTime.ok && c.lastTime.key == key {
		return c.lastTime.val
	}
	v := c.timeNearIn(times, k, a, b)
	c.lastTime = timeMemo{key: key, val: v, ok: true}
	return v
}

// timeMemo is the last answer of timeNear. The answer depends only on the
// sentence's tokens, mentions, times and amounts, none of which change
// once timeList has read the times, and ctx is new for each sentence.
type timeMemo struct {
	key [3]int
	val string
	ok  bool
}

// timeNearIn is timeNear over the sentence's times.
func (c *ctx) timeNearIn(times []timex, k, a, b int) string {
	a, b = c.clamp(k, a, b)
	if e := c.relativeEnd(k); e > 0 {
		b = min(b, e) // rel_relative.go
	}
	best, dist := "", 1<<30
	for _, t := range times {
		if t.a < a || t.b > b || endTime(c.w(t.a-1)) || c.inOpeningClause(t, k) || c.asideTime(t) || c.otherEventTime(t, k) || c.subClauseAfter(t.a, k) { // rel_more2.go, rel_opening.go, rel_time_aside.go, rel_time_event.go, rel_subclause.go
			continue
		}
		if len(c.money) > 0 && c.valuedAside(t, k) { // rel_time_valued.go
			continue
		}
		if c.relativeTimeAfter(k, t.a) { // rel_relative.go
			continue
		}
		if t.a < 6 && c.datelineTime(t) { // times_dateline.go
			continue
		}
		d := abs(t.a - k)
		if t.a < k {
			d += 3 // prefer times that follow the fact
		}
		if d < dist {
			best, dist = t.value, d
		}
	}
	return best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// hedged reports a modal or negation in the few tokens before k. Rules ask
// it per candidate fact, so it reads class bits, and skips sentences whose
// summary holds none.
func (c *ctx) hedged(from, k int) bool {
	if c.s.sum.cls&wModal == 0 {
		return false
	}
	if c.demandedSubject(from) { // rel_demand.go: "ordered Microsoft to sell"
		return true
	}
	if from < k-8 {
		from = k - 8
	}
	if from < 0 {
		from = 0
	}
	if c.conditionalBefore(from, k) || c.talksAbout(k) || c.deniedReport(k) { // rel_hedge.go: "If X buys Y", "whether it would invest"; rel_talks_about.go
		return true
	}
	for j := from; j < k; j++ {
		if c.toks[j].cls&wModal == 0 {
			continue
		}
		if c.toks[j].low == "may" && c.toks[j].cap && j > 0 {
			continue // "in May": the month, not the modal
		}
		if (c.toks[j].low == "close" || c.toks[j].low == "closer") && !c.closeToDeal(j) || c.toks[j].low == "said" && !c.saidTo(j) {
			continue // "will close its purchase of Y": a closing, not talks; "said" only in "is said to" (rel_hedge_near.go)
		}
		if (c.toks[j].low == "off" || c.toks[j].low == "away") && c.movedOffVendor(j) {
			continue // "migrated off AWS and now runs on Y": a switch, no hedge (rel_hedge_moved.go)
		}
		if c.endVerbOfTie(j) {
			continue // "terminated its partnership with Y": a former tie (rel_tie_terminated.go)
		}
		if c.toks[j].low == "would" && !c.wouldObligation(j) {
			continue // rel_obligation.go: only "would have to license Y" hedges
		}
		if c.toks[j].low == "no" && c.w(j+1) == "longer" {
			continue // "no longer buys from Y": a former tie (statusAt)
		}
		if demandWords[c.toks[j].low] && (!c.demandAt(j) || c.commaBetween(j, k)) {
			continue // rel_demand.go: "ordered Microsoft to" hedges, "ordered jets" or an aside before the verb does not
		}
		if offerToWords[c.toks[j].low] && !c.offerToHedge(j) {
			continue // rel_offer_to.go: "proposed to buy" hedges, "offers cloud services" does not
		}
		if c.toks[j].low != "than" {
			return true
		}
		if j > 0 && c.toks[j-1].low == "rather" { // "build its own rather than rent servers from Y"
			return true
		}
	}
	return false
}

// modalWords mark a fact as possible, denied or abandoned (hedged).
var modalWords = setUnion(set("may", "might", "could", "considering", "consider", "tried", "try", "unsuccessfully",
	"not", "no", "never", "whether", "if", "likely", "reportedly", "rumored", "rumoured", "option", "options",
	"talks", "speculation", "possibly", "potentially", "n't", "without", "seeking", "seeks",
	"abandoned", "abandon", "scrapped", "scrap", "terminated", "terminate", "away", "off", "blocked", "block",
	"weighing", "weighs", "exploring", "explore", "explores", "mulling", "mulls", "eyeing",
	"considered", "contemplated", "contemplating", "weighed", "explored", "mulled",
	"discussions", "negotiations", "negotiating", "instead",
	"possible", "potential", // "a possible purchase of X": no purchase (qual7_test.go)
	"nearing", "nears", "close", "closer", // "is nearing a deal to buy Y", "close to a deal" (rel_hedge_near.go)
	"denied", "denies", "deny", "denying", "said", // "denied a report that ...", "is said to be planning" (rel_hedge_near.go)
	"accusing", "accused", "accuses", "alleging", "alleged", "alleges", // "sued Y, accusing it of paying Z"
	"would"), // only "would have to" (rel_obligation.go)
	offerToWords, // rel_offer_to.go: only before "to"
	demandWords)  // rel_demand.go: only as a command

// add records a fact from the current sentence.
func (c *ctx) add(f fact) {
	if f.subj == f.obj || f.subj < 0 || f.obj < 0 {
		return
	}
	if c.st.ents[f.subj].publisher || c.st.ents[f.obj].publisher || c.onlySource(f.subj) || c.onlySource(f.obj) {
		return // rel_source.go
	}
	if f.status == "" {
		f.status = graph.StatusCurrent
	}
	c.prelimStatus(&f) // rel_prelim.go: "signed a letter of intent"
	if f.confidence == 0 {
		f.confidence = 0.8
	}
	f.sent = c.si
	if c.ownUnit(f) || c.possGroupFact(f) { // rel_possgroup.go
		return
	}
	c.st.addFact(f)
	c.forwardSiblings(f) // coref_forward.go
}

// addFact appends a fact and indexes the first OFFERS and LEADS of each entity.
func (st *state) addFact(f fact) {
	st.facts = append(st.facts, f)
	switch f.typ {
	case graph.Offers:
		if _, ok := st.offerOf[f.obj]; !ok {
			st.offerOf[f.obj] = f.subj
		}
	case graph.Leads:
		if _, ok := st.leadsOf[f.subj]; !ok {
			st.leadsOf[f.subj] = f.obj
		}
	}
}

// newAmount returns a copy of a on the heap, cut from a block of the
// document: most facts carry an amount, and one block is one allocation.
// The blocks are the document's own (facts' amounts go into the output),
// never reused by the next one.
func (st *state) newAmount(a graph.Amount) *graph.Amount {
	if len(st.amounts) == cap(st.amounts) {
		st.amounts = make([]graph.Amount, 0, 16)
	}
	st.amounts = append(st.amounts, a)
	return &st.amounts[len(st.amounts)-1]
}
