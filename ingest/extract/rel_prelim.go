package extract

import "github.com/cigraph/cigraph/graph"

// Preliminary deals: "Amazon signed a letter of intent to buy power from
// Dominion Energy", "a memorandum of understanding with Y to supply ...",
// "a non-binding agreement". Such a paper states an intention: a purchase,
// takeover or investment read from its sentence is planned, not current.

// prelimWords mark a preliminary deal ("letter of intent" by "intent").
var prelimWords = set("memorandum", "memoranda", "mou", "mous", "intent", "loi", "non-binding", "nonbinding",
	"pre-agreement", "preliminary")

// prelimStatus returns planned for a current customer, takeover or
// investment fact of a sentence that names a preliminary deal.
func (c *ctx) prelimStatus(f *fact) {
	if f.status != graph.StatusCurrent {
		return
	}
	switch f.typ {
	case graph.CustomerOf, graph.Acquires, graph.InvestsIn:
	default:
		return
	}
	if !c.hasPrelim() {
		return
	}
	for x := range c.toks {
		if prelimWords[c.toks[x].low] && c.prelimAt(x) && c.partiesAround(f, x) {
			f.status = graph.StatusPlanned
			return
		}
	}
}

// hasPrelim: some word of the sentence is a prelimWords key. It is read
// once per sentence (through a word gate), not at every fact added; a
// sentence whose summary lacks wRareCue (prelimWords and failWords) holds
// no key, and is not read.
func (c *ctx) hasPrelim() bool {
	if !c.prelimRead {
		c.prelimRead = true
		for x := 0; x < len(c.toks) && c.s.sum.cls&wRareCue != 0; x++ {
			if prelimGate.in(prelimWords, c.toks[x].low) {
				c.prelimAny = true
				break
			}
		}
	}
	return c.prelimAny
}

// partiesAround: one party of f is named before x and the other after it,
// so the paper at x joins them ("A signed a letter of intent to buy from
// B"); a takeover told in an aside ("Q, which B bought in 2022, signed a
// letter of intent with C") is no party to it.
func (c *ctx) partiesAround(f *fact, x int) bool {
	var before, after [2]bool
	for _, m := range c.s.ments {
		for p, e := range [2]int{f.subj, f.obj} {
			if m.ent == e && m.b <= x {
				before[p] = true
			} else if m.ent == e && m.a > x {
				after[p] = true
			}
		}
	}
	return before[0] && after[1] || before[1] && after[0]
}

// prelimAt: the word at x names a preliminary deal: "intent" after
// "letter(s) of", "preliminary" before a deal noun; the others alone.
func (c *ctx) prelimAt(x int) bool {
	switch c.toks[x].low {
	case "intent":
		return c.w(x-1) == "of" && (c.w(x-2) == "letter" || c.w(x-2) == "letters")
	case "preliminary":
		return agreementGate.in(agreementNouns, c.w(x+1)) // rel_deal.go
	}
	return true
}
