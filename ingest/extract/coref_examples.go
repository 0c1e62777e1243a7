package extract

import (
	"strings"

	"github.com/cigraph/cigraph/graph"
)

// A description that opens a sentence ("The South Korean chipmaker, ...")
// continues the subject of the sentence before, not a company that sentence
// named only as an example ("... as chip designers such as Nvidia scramble
// for supply"): examples are no topic.

// exampleLeadWords introduce example names.
var exampleLeadWords = set("including", "like", "as", "notably", "especially")

// pastExample returns got, or the leading organisation of the sentence
// before when got is only named there as an example.
func (st *state) pastExample(si, i int, got []int) []int {
	if len(got) != 1 || i > 1 || si == 0 {
		return got
	}
	st.loadToks(si - 1) // windowed mode may have dropped them
	s := &st.sents[si-1]
	lead := -1
	for _, m := range s.ments {
		if e := &st.ents[m.ent]; e.typ == graph.Org && !e.publisher {
			if lead < 0 {
				lead = m.ent
			}
			if m.ent == got[0] && lead != got[0] && st.afterExampleWord(s, m.a) {
				return st.one(lead)
			}
		}
	}
	return got
}

// afterExampleWord: the name at a follows "such as", "including" or "like",
// possibly after other listed names.
func (st *state) afterExampleWord(s *sentence, a int) bool {
	for j := a - 1; j >= 0 && j >= a-6; j-- {
		t := &s.toks[j]
		if exampleLeadWords[t.low] {
			return t.low != "as" || j > 0 && s.toks[j-1].low == "such"
		}
		if !t.cap && t.low != "," && t.low != "and" {
			return false
		}
	}
	return false
}

// govHeads end the names of government bodies, which a commercial
// description ("the company's chief executive") never means.
var govHeads = set("Department", "Ministry", "Commission", "Authority", "Agency", "Administration", "Bureau",
	"Council", "Government", "Pentagon", "Parliament", "Congress", "Senate")

// commercialHeads are descriptions of businesses.
var commercialHeads = set("company", "firm", "startup", "start-up", "maker", "chipmaker", "group", "business")

// notGovBody returns got, or the latest organisation before that is no
// government body when got is one and the head names a business.
func (st *state) notGovBody(si, i int, head string, got []int) []int {
	if len(got) != 1 || !commercialGate.may(head) || !commercialHeads[head] || !st.govBody(got[0]) { // wordgate.go
		return got
	}
	for _, e := range st.antecedent(si, i, graph.Org, 3) {
		if !st.govBody(e) {
			return st.one(e)
		}
	}
	return got
}

// govBody: the entity's name ends in a government head, or holds one
// before "of" ("U.S. Department of Defense").
func (st *state) govBody(e int) bool {
	name := st.ents[e].name
	if govHeadGate.in(govHeads, name[strings.LastIndexByte(name, ' ')+1:]) {
		return true
	}
	of := strings.Index(name, " of ")
	return of > 0 && govHeadGate.in(govHeads, name[strings.LastIndexByte(name[:of], ' ')+1:of])
}
