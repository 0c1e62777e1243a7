package extract

import "github.com/cigraph/cigraph/graph"

// dealWindow is how many sentences before a plural reference ("the two
// companies") are searched for a merger or acquisition whose parties it
// names, when the pluralWindow holds no pair.
const dealWindow = 8

// dealParties resolves "the two companies" far from the names in a deal
// story to the buyer and the target of the latest deal sentence: the
// organisations just before and after its buy or merge word ("Acme agreed
// to buy Globex. ... The two companies have worked together since 2017").
// The result is in antBuf, as salientOrgs' is; nil when none is found.
func (st *state) dealParties(si int) []int {
	lo := max(0, si-dealWindow)
	if st.windowed {
		lo = max(lo, si-ringSize+1) // older sentences may have lost their tokens
	}
	for j := si - 1; j >= lo; j-- {
		if st.sents[j].sum.cls&wTrigger == 0 {
			continue // no buy or merge word (all are triggers: fundingTriggers)
		}
		toks := st.loadToks(j)
		for x := range toks {
			if !dealWord(&toks[x]) {
				continue
			}
			if a, b := st.orgAround(j, x); a >= 0 && b >= 0 {
				return append(st.antBuf[:0], a, b)
			}
		}
	}
	return nil
}

// dealWord: a buy or merge word ("acquire", "takeover", "merged", "merger").
func dealWord(t *token) bool {
	if t.cls&wTrigger == 0 {
		return false
	}
	if frameBitsOf(t.low)&fAcquire != 0 {
		return t.low != "bid" // a bid may fail: no pair of parties yet
	}
	return t.low == "merger" || t.low == "combine" || t.low == "combination"
}

// orgAround: the organisation named last before token x of sentence j and
// the first one after it, else the last two joined before it ("A and B
// agreed to merge"); distinct names, no references or publishers, or -1s.
func (st *state) orgAround(j, x int) (int, int) {
	a, b, prev, lastB := -1, -1, -1, -1
	toks := st.sents[j].toks
	for _, m := range st.sents[j].ments {
		e := &st.ents[m.ent]
		if e.typ != graph.Org || e.publisher || m.ref || st.commonPlural(j, m) {
			continue
		}
		if m.b <= x {
			prev, a = a, m.ent
			if lastB < 0 || lastB > m.a || !onlyJoiners(toks[lastB:m.a]) {
				prev = -1 // not "A and B"
			}
			lastB = m.b
		} else if m.a > x && b < 0 && m.ent != a {
			b = m.ent
		}
	}
	if b < 0 && prev >= 0 && prev != a {
		return prev, a
	}
	return a, b
}

// commonPlural: mention m of sentence s is a capitalised plural noun
// opening the sentence ("Regulators in Europe will review it") or an
// upper-case dateline city, taken for a name for want of a cue: no party
// a plural reference can mean. One word, seen once, uncued (named).
func (st *state) commonPlural(s int, m mention) bool {
	if m.b-m.a != 1 || m.ref || st.named(m) {
		return false
	}
	toks := st.sents[s].toks
	if m.a >= len(toks) {
		return false
	}
	if upperOnly(toks[m.a].s) && m.a+1 < len(toks) && toks[m.a+1].low == "," {
		return true // a dateline city: "BERLIN, July 26 (Wire) -"
	}
	w := toks[m.a].low
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's'
}

// A funding story names the round's investors between the company and
// the sentences about it: "Existing backer Iconiq also took part. The San
// Francisco company said ..." means the company that raised, not Iconiq.
// So a description or a bare title skips organisations named as investors.

// investorMention: mention j of sentence k is listed as a round's investor:
// after "investor(s)", "backer(s)", "co-leads", "led by", "joined by",
// "participation from" or "alongside", or before "also took part",
// "participated", "joined" (the whole coordinated list counts).
func (st *state) investorMention(k, j int) bool {
	s := &st.sents[k]
	if len(s.toks) == 0 || j >= len(s.ments) {
		return false
	}
	lo, hi := j, j
	if m := s.ments[j]; m.a > 0 && joinerWord(s.toks[m.a-1].low) { // most names stand alone
		for lo > 0 && joinedMentions(s, lo-1) {
			lo--
		}
	}
	if m := s.ments[j]; m.b < len(s.toks) && joinerWord(s.toks[m.b].low) {
		for hi+1 < len(s.ments) && joinedMentions(s, hi) {
			hi++
		}
	}
	return investorCueBefore(s.toks, s.ments[lo].a) || investorCueAfter(s.toks, s.ments[hi].b)
}

func joinerWord(w string) bool { return w == "," || w == "and" || w == "&" || w == "or" }

// joinedMentions: mentions x and x+1 of s are coordinated (or one place).
func joinedMentions(s *sentence, x int) bool {
	a, b := s.ments[x], s.ments[x+1]
	return b.a == a.a || b.a >= a.b && onlyJoiners(s.toks[a.b:b.a])
}

// investorCueBefore: an investor cue right before token a. (Switches,
// not maps: antecedent asks this of many candidates.)
func investorCueBefore(toks []token, a int) bool {
	x := a - 1
	if x >= 0 && isInvestorAdj(toks[x].low) {
		x--
	}
	if x < 0 {
		return false
	}
	switch toks[x].low {
	case "investor", "investors", "backer", "backers", "co-lead", "co-leads", "alongside":
		return true
	case "by":
		if x > 0 {
			w := toks[x-1].low
			return w == "led" || w == "joined" || w == "backed" || w == "co-led"
		}
	case "from":
		return x > 0 && toks[x-1].low == "participation"
	}
	return false
}

func isInvestorAdj(w string) bool {
	switch w {
	case "existing", "new", "other", "early", "fellow":
		return true
	}
	return false
}

// investorCueAfter: "also took part", "participated" right after token b.
func investorCueAfter(toks []token, b int) bool {
	x := b
	if x < len(toks) && (toks[x].low == "also" || toks[x].low == "have" || toks[x].low == "has") {
		x++
	}
	if x >= len(toks) {
		return false
	}
	switch toks[x].low {
	case "took": // "took part", not "took a different bet"
		return x+1 < len(toks) && toks[x+1].low == "part"
	case "participated", "participating", "joined", "co-led":
		return true
	}
	return false
}
