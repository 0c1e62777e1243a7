package extract

import "github.com/cigraph/cigraph/graph"

// First person in quotes: "Our biggest customer is Zenta," said Anna Berg,
// chief executive of Norvik. "our", "we" and "us" inside quotation marks
// refer to the speaker's company when the attribution outside the quotes
// names exactly one organisation (in the sentence, or else in the
// sentence before, as in: Anna Berg, Norvik's chief executive, spoke.
// "We sell to Zenta," she said).

// speechVerb: w attributes a quotation (a switch: it is asked of every
// word outside the quotes).
func speechVerb(w string) bool {
	switch w {
	case "said", "says", "told", "added", "explained", "noted", "according", "wrote", "asked", "recalled":
		return true
	}
	return false
}

// speakerRef resolves a first-person word at token i of sentence si.
func (st *state) speakerRef(si, i int) (int, []int) {
	s := &st.sents[si]
	if !s.sum.mayFact() {
		return 0, nil // no rule could read a fact of the reference
	}
	if t := s.toks[i].s; t[len(t)-1]-'A' < 26 {
		return 0, nil // "US" is the country, and all-capital copy is no quote
	}
	if !insideQuotes(s.toks, i) {
		return st.narratorRef(si, i) // coref_narrator.go
	}
	if st.spk.si != si+1 {
		st.spk = speakerMemo{si: si + 1, org: st.speakerOf(si)}
	}
	if st.spk.org < 0 {
		return 0, nil
	}
	return 1, st.one(st.spk.org)
}

// speakerMemo keeps org, the speaker's company (-1: none) of sentence
// si-1 (si 0: no sentence yet): a quote often says "we" and "our" several
// times. release clears it.
type speakerMemo struct {
	si, org int
}

// speakerOf returns the company speaking in sentence si, or -1.
func (st *state) speakerOf(si int) int {
	org, speech, person := st.attribution(&st.sents[si])
	if !speech {
		return -1
	}
	if org < 0 && person && si > 0 {
		if prev := &st.sents[si-1]; len(st.loadToks(si-1)) > 0 {
			org = st.soleOrg(prev)
		}
	}
	return org
}

// insideQuotes: an odd number of quotation marks come before token i.
func insideQuotes(toks []token, i int) bool {
	n := 0
	for k := 0; k < i; k++ {
		if toks[k].low == "\"" {
			n++
		}
	}
	return n%2 == 1
}

// attribution reads the words of s outside quotation marks: the one
// organisation they name (-1: none or several), whether a speech verb is
// among them, and whether a person or "he"/"she" is. The mentions are in
// token order, so one pass over both suffices.
func (st *state) attribution(s *sentence) (org int, speech, person bool) {
	org = -1
	in, j := false, 0
	for k := range s.toks {
		t := &s.toks[k]
		if t.low == "\"" {
			in = !in
			continue
		}
		for j < len(s.ments) && s.ments[j].a < k {
			j++
		}
		if in {
			continue
		}
		speech = speech || t.kind == tWord && speechVerb(t.low)
		person = person || t.low == "he" || t.low == "she"
		for x := j; x < len(s.ments) && s.ments[x].a == k; x++ {
			if m := s.ments[x]; !m.ref && !st.speakerCandidate(m.ent, &org, &person) {
				return -1, false, false // two organisations: unclear
			}
		}
	}
	return org, speech, person
}

// speakerCandidate records entity e named in an attribution; it returns
// false when e is a second organisation.
func (st *state) speakerCandidate(e int, org *int, person *bool) bool {
	switch ent := &st.ents[e]; {
	case ent.typ == graph.Person:
		*person = true
	case ent.typ == graph.Org && !ent.publisher:
		if *org >= 0 && *org != e {
			return false
		}
		*org = e
	}
	return true
}

// soleOrg returns the one organisation named outside quotes in s, or -1.
func (st *state) soleOrg(s *sentence) int {
	org, _, _ := st.attribution(s)
	return org
}

// customerIs: "Y's biggest customer is X" (customerList reads the plural
// "customers are A and B").
func (c *ctx) customerIs(k, owner int) bool {
	switch c.w(k + 1) {
	case "is", "was", "remains", "remained":
	default:
		return false
	}
	x := k + 2
	if adverbLike(c.w(x)) {
		x++ // "is still X"
	}
	j := c.mentionAt(x)
	if j < 0 || c.s.ments[j].ref || c.typ(c.s.ments[j]) != org || c.hedge || c.s.ments[j].ent == c.s.ments[owner].ent {
		return false
	}
	c.addCustomer(c.s.ments[j].ent, c.s.ments[owner].ent, k, 0.8)
	return true
}

// mayFact: a relation frame or a metric rule can match the sentence (a
// trigger word, or a number). summary.go has the rules' own tests.
func (s sentSum) mayFact() bool {
	return s.cls&wTrigger != 0 || s.flags&tfDigit != 0 || s.cls&(wPercent|wMult) != 0
}
