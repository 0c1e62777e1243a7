package extract

import (
	"strings"

	"github.com/cigraph/cigraph/graph"
)

// "Hon Hai reported record revenue as demand from Nvidia and Amazon surged.
// Apple accounts for a tenth of the company's sales." A description whose
// revenue a share is of ("of the company's sales") is the company the story
// reports on, the one opening the sentence before, not the latest-named
// organisation (a customer or rival listed in passing).

// figureOwnerDesc returns the organisation opening sentence si-1 when the
// description at token i reads "of the [...] company's [net|total] sales".
func (st *state) figureOwnerDesc(si, i int) (int, bool) {
	toks := st.sents[si].toks
	if si == 0 || i == 0 || toks[i-1].low != "of" || !possRevenueAfter(toks, i) {
		return 0, false
	}
	ms := st.sents[si-1].ments
	if len(ms) == 0 || ms[0].a > 0 {
		return 0, false
	}
	e := ms[0].ent
	if st.ents[e].typ != graph.Org || st.ents[e].publisher {
		return 0, false
	}
	for _, m := range st.sents[si].ments {
		if m.a < i && m.ent == e {
			return 0, false // the subject of the share itself: not its own supplier
		}
	}
	return e, true
}

// possRevenueAfter: a possessive "'s" within four tokens after i, followed
// by a revenue noun or one modifier and a revenue noun.
func possRevenueAfter(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if toks[k].low != "'s" {
			continue
		}
		for x := k + 1; x < len(toks) && x <= k+2; x++ {
			if revenueNouns[toks[x].low] {
				return true
			}
		}
		return false
	}
	return false
}

// A sentence that opens with a figure named by a modifier or two ("Group
// sales rose 4.5%", "Data-center revenue came in at $22.6 billion",
// "Statutory profit before tax doubled") and names no company reports on
// the company of the latest sentence that names one, up to three back: a
// run of figure sentences ("Revenue rose. Gross margin widened.") follows
// one opening name. implicitOwner reads the plainer openers; this one
// reads the rest.

// implicitOwnerWide adds the implicit possessive owner and reports whether
// it did.
func (st *state) implicitOwnerWide(si int) bool {
	s := &st.sents[si]
	if s.sum.cls&wFigure == 0 || si == 0 || len(s.ments) > 0 || len(s.toks) < 4 || !s.toks[0].cap {
		return false
	}
	if t := s.toks; (t[0].cls|t[1].cls|t[2].cls|t[3].cls)&wFigure == 0 || !wideFigureOpener(t) {
		return false
	}
	for k := si - 1; k >= 0 && k >= si-3; k-- {
		ms := st.sents[k].ments
		if len(ms) == 0 {
			continue
		}
		for _, m := range ms {
			if st.shareSubject(k, m) {
				return false // a sentence of customers' shares: none owns the figure
			}
		}
		for _, m := range ms {
			if st.ents[m.ent].typ == graph.Org && (!m.poss || m.b == 0 && m.ref) && !st.ents[m.ent].publisher {
				s.ments = append(s.ments, mention{a: 0, b: 0, ent: m.ent, ref: true, poss: true})
				return true
			}
		}
		return false
	}
	return false
}

// wideFigureOpener: a figure noun at token 0 to 3 after modifiers of a
// whole company's figure only ("Group sales", "Statutory profit", "Full-year
// net income"): "Data-center revenue" is one business's, not the company's.
func wideFigureOpener(toks []token) bool {
	f := -1 // class bits first: most sentences hold no figure noun up front
	for x := 0; x < 4 && x < len(toks) && f < 0; x++ {
		if toks[x].cls&wFigure != 0 {
			f = x
		}
	}
	for x := 0; x < f; x++ {
		if t := &toks[x]; t.kind != tWord || !(wholeGate.may(t.low) && wholeMods[t.low]) && !(figureModGate.may(t.low) && figureMods[t.low]) && !periodMod(t.low) { // wordgate.go
			return false
		}
	}
	return f >= 0
}

// wholeMods name figures of a whole company.
var wholeMods = set("group", "statutory", "underlying", "reported", "consolidated", "overall", "pre-tax",
	"pretax", "core", "record")

// periodMod: "full-year", "first-quarter", "half-year".
func periodMod(w string) bool {
	return strings.HasSuffix(w, "-year") || strings.HasSuffix(w, "-quarter")
}

// shareSubject: mention m of sentence k is followed by a share verb ("Bosch
// accounted for 17% of total revenue"): a customer, whose name does not own
// the reporting company's figures.
func (st *state) shareSubject(k int, m mention) bool {
	toks := st.sents[k].toks
	if m.b >= len(toks) {
		return false
	}
	switch toks[m.b].low { // the share verbs of rel_dispatch.go (fShareOf), without a table probe
	case "accounted", "accounting", "accounts", "responsible", "contributed", "came", "due", "represented", "for":
		return true
	}
	return false
}
