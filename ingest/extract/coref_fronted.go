package extract

// "Earlier this year it also agreed to acquire Y": an "it" after nothing
// but a fronted time or linking adverbial is the sentence's subject, as
// an opening "It" is, and continues the subject of the sentence before
// (centre), not the company that sentence named last.

// adverbialWords may make up a fronted adverbial (with years, months and
// commas).
var adverbialWords = set("earlier", "later", "this", "last", "next", "that", "the", "same", "year", "month", "week",
	"quarter", "in", "on", "since", "then", "separately", "meanwhile", "also", "now", "before", "after", "early", "late")

// frontedAdverbial: tokens [0, i) of sentence si are such an adverbial.
func (st *state) frontedAdverbial(si, i int) bool {
	toks := st.sents[si].toks
	if i > 6 || i > len(toks) {
		return false
	}
	for _, t := range toks[:i] {
		if t.s == "," || adverbialWords[t.low] || isYearTok(t.s) {
			continue
		}
		if _, ok := monthNames[t.low]; ok {
			continue
		}
		return false
	}
	return true
}
