package extract

import (
	"strings"

	"github.com/cigraph/cigraph/graph"
)

// Call transcripts and Q&A interviews: speaker tags, questions and the
// safe-harbor notice state no facts; an executive's tag states a title.
// First person in the answers is read by coref_narrator.go.

// questionAux open a yes/no question: "Will Oracle buy more systems?"
var questionAux = set("is", "are", "was", "were", "do", "does", "did", "will", "would", "can", "could",
	"should", "has", "have", "had", "may", "might", "shall")

// labelSkip returns how many tokens at the start of a sentence name
// nothing: the call's "Operator:" label (OpenAI's product of that name is
// not meant), or the auxiliary that opens a question ("Can you talk about
// Foxconn?", "Will Oracle buy more?": no company "Can" or "Will Oracle").
func labelSkip(toks []token) int {
	if len(toks) == 0 || toks[0].kind != tWord {
		return 0
	}
	if toks[0].low == "operator" && (len(toks) == 1 || toks[1].low == ":") {
		return 1
	}
	if question(toks) && questionAux[toks[0].low] {
		return 1
	}
	return 0
}

// question: the sentence ends with a question mark ("How much of data
// center revenue came from cloud providers?"); it asks, and states no
// fact (an analyst's "Is Microsoft still your largest customer?").
func question(toks []token) bool {
	n := len(toks)
	for n > 0 && (toks[n-1].low == "\"" || toks[n-1].low == ")") {
		n--
	}
	return n > 0 && toks[n-1].low == "?"
}

// safeHarbor: the sentence is the call's forward-looking-statements
// notice ("Today's discussion contains forward-looking statements,
// including statements about our acquisition of VMware"); the deals it
// lists are examples, not news. hasFLS is the document's flag, so prose
// without the phrase pays one search per document.
func (st *state) safeHarbor(s *sentence) bool {
	if st.hasFLS == 0 {
		st.hasFLS = 1
		if strings.Contains(st.low, "forward-looking") {
			st.hasFLS = 2
		}
	}
	if st.hasFLS != 2 {
		return false
	}
	for k := range s.toks {
		if s.toks[k].low == "forward-looking" {
			return true
		}
	}
	return false
}

// tagLeads reads an executive's speaker tag, a line of its own:
// "Colette Kress -- Executive Vice President and Chief Financial Officer"
// or "Lisa Su - Chair and Chief Executive Officer" gives Colette Kress
// LEADS the call's company (the narrator) with that title. An analyst's
// tag "Vivek Arya -- Bank of America -- Analyst" has no title word and
// gives nothing.
func (st *state) tagLeads(si int, c *ctx) {
	s := &st.sents[si]
	toks := s.toks
	if s.ments[0].a != 0 || s.ments[0].ref || st.ents[s.ments[0].ent].typ != graph.Person {
		return
	}
	x := s.ments[0].b
	if x >= len(toks) || toks[x].low != "-" {
		return
	}
	for x < len(toks) && toks[x].low == "-" {
		x++
	}
	if x == len(toks) || !tagTitle(toks[x:]) {
		return
	}
	_, ents := st.narratorRef(si, 0)
	if len(ents) != 1 {
		return
	}
	st.prepare(si, c)
	if !c.hasRoleWord(x, len(toks)) {
		return
	}
	c.add(fact{typ: graph.Leads, subj: s.ments[0].ent, obj: ents[0], role: c.span(x, len(toks)), confidence: 0.75})
}

// tagTitle: every word is a title word, or a comma between them
// ("Founder, President and Chief Executive Officer").
func tagTitle(toks []token) bool {
	for k := range toks {
		if toks[k].cls&wTitle == 0 && toks[k].low != "," {
			return false
		}
	}
	return toks[len(toks)-1].low != ","
}

// tagName: the run [i, i+n) opens a speaker tag, a line of its own read
// as a headline, whose names are otherwise left unread: "Dana Whitfield
// -- Chief Executive Officer" names a person.
func tagName(toks []token, i, n int) bool {
	x := i + n
	if i != 0 || x >= len(toks) || toks[x].low != "-" {
		return false
	}
	for x < len(toks) && toks[x].low == "-" {
		x++
	}
	return x < len(toks) && tagTitle(toks[x:])
}
