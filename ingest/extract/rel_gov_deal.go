package extract

import "strings"

// Government contracts: "The U.S. Army signed a ten-year, $10 billion
// enterprise agreement with Palantir", "Palantir signed a contract with the
// Department of Defense". A government body buys; the other party of a
// deal with one is its supplier whatever the order of the sentence.

// govDeal: exactly one party of the deal noun at k is a government body
// (cloudDeal then makes it the customer).
func (c *ctx) govDeal(k int) bool {
	subj, other := c.dealParties(k) // rel_compute.go
	if other < 0 || subj < 0 {
		return false
	}
	return c.st.govBuyer(c.s.ments[subj].ent) != c.st.govBuyer(c.s.ments[other].ent)
}

// govBuyer: entity e is a government body: the lexicon says so, or its
// name does (coref_examples.go govBody, or an armed service: "U.S. Army").
func (st *state) govBuyer(e int) bool {
	x := &st.ents[e]
	if x.lex >= 0 && st.lx.entries[x.lex].kind != "gov" {
		return false
	}
	if regulatorName(x.name) || x.lex >= 0 && regulatorName(st.lx.entries[x.lex].name) {
		return false
	}
	last := lastWord(x.name)
	return x.lex >= 0 || st.govBody(e) || last == "Army" || last == "Navy" || last == "Force"
}

// regulatorName: a word of name is one of regulatorWords.
func regulatorName(name string) bool {
	for n := name; n != ""; {
		w, rest, _ := strings.Cut(n, " ")
		if regulatorWords[w] {
			return true
		}
		n = rest
	}
	return false
}

// regulatorWords name regulators, central banks and legislatures: their agreements are settlements and rules, not purchases
// ("The European Commission signed an agreement with Microsoft on ...").
var regulatorWords = set("Commission", "Authority", "Council", "Parliament", "Congress", "Senate", "Reserve",
	"Bank", "Union", "Committee", "Security", "Board", "Regulation", "Regulatory", "Cyberspace", "Competition", "Trade", "Justice")

// lastWord is the last space-separated word of name.
func lastWord(name string) string { return name[strings.LastIndexByte(name, ' ')+1:] }
