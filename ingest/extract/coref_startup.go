package extract

import "github.com/cigraph/cigraph/graph"

// "The startup" is never a listed company: when the description's usual
// antecedent is one the gazetteer lists with a ticker ("Microsoft ... the
// startup's revenue"), the organisation that may be a startup and is named
// most is meant; and in object position it continues the startup the
// sentence before led with ("Mistral competes with OpenAI and Anthropic.
// Microsoft invested in the startup").

// startupHeads are descriptions of young, private companies.
var startupHeads = set("startup", "start-up", "upstart")

// startupAntecedent returns got unless head is a startup word and got is a
// listed company; then the unlisted organisation of the last four
// sentences named most often so far (the latest on a tie), if any.
func (st *state) startupAntecedent(si, i int, head string, got []int) []int {
	if len(got) != 1 || !startupGate.may(head) || !startupHeads[head] { // wordgate.go
		return got
	}
	if !st.listed(got[0]) {
		return st.leadStartup(si, got)
	}
	best := -1
	for k := si; k >= 0 && k >= si-3; k-- {
		for _, m := range st.sents[k].ments {
			if k == si && m.a >= i || st.ents[m.ent].typ != graph.Org || st.ents[m.ent].publisher || !st.startupLike(m.ent) {
				continue
			}
			if best < 0 || st.ents[m.ent].mentions > st.ents[best].mentions {
				best = m.ent
			}
		}
	}
	if best < 0 {
		return got
	}
	return st.one(best)
}

// listed: the entity is a gazetteer company with stock tickers.
func (st *state) listed(e int) bool {
	x := st.ents[e].lex
	return x >= 0 && st.lx.entries[x].listed
}

// leadStartup: "Mistral competes with OpenAI and Anthropic. Microsoft
// invested in the startup" — the unlisted company the sentence before led
// with, rather than the one it named last, unless this sentence names it.
func (st *state) leadStartup(si int, got []int) []int {
	if si == 0 {
		return got
	}
	lead, ok := st.leadMention(si - 1) // coref_lead.go
	if !ok || lead.ent == got[0] || lead.poss || lead.ref {
		return got
	}
	if e := &st.ents[lead.ent]; e.typ != graph.Org || e.publisher || !st.startupLike(lead.ent) {
		return got
	}
	for _, m := range st.sents[si].ments {
		if m.ent == lead.ent {
			return got
		}
	}
	return st.one(lead.ent)
}

// startupLike: the entity may be a startup — a name the gazetteer does not
// know, or a company row with no tickers and no parent (not a listed
// company, a unit, a fund or a government body).
func (st *state) startupLike(e int) bool {
	x := st.ents[e].lex
	if x < 0 {
		return true
	}
	l := &st.lx.entries[x]
	return l.kind == "company" && !l.listed && l.owner == ""
}
