package extract

import "github.com/cigraph/cigraph/graph"

// "Microsoft accounted for 62% of CoreWeave's revenue in 2024. Revenue
// jumped to $1.92 billion." A bare figure after a customer's share is the
// seller's: the customer opens the sentence before, but the revenue the
// next sentence reports is the one the share was of (filings and IPO
// stories list the top customers, then the totals). With no named seller
// the figure gets no owner rather than the customer's name.

// shareSellerOwner gives sentence si the seller of a share sentence si-1
// as implicit owner and reports whether sentence si-1 was one.
func (st *state) shareSellerOwner(si int) bool {
	if s := &st.sents[si]; si == 0 || len(s.ments) > 0 || len(s.toks) < 4 || !s.toks[0].cap || !bareFigureOpener(s.toks) {
		return false
	}
	prev := &st.sents[si-1]
	if len(prev.ments) == 0 || !st.shareOpener(prev) {
		return false
	}
	for _, m := range prev.ments {
		if m.poss && st.ents[m.ent].typ == graph.Org && shareOfOwner(prev.toks, m) { // coref_share_owner.go
			s := &st.sents[si]
			s.ments = append(s.ments, mention{a: 0, b: 0, ent: m.ent, ref: true, poss: true})
			return true
		}
	}
	return true
}

// shareOpener: the sentence's first mention is followed by a share verb,
// directly or after an apposition ("G42, the Abu Dhabi group, accounted
// for 87% of ...").
func (st *state) shareOpener(s *sentence) bool {
	m := s.ments[0]
	if st.shareSubjectAt(s, m.b) {
		return true
	}
	if m.b >= len(s.toks) || s.toks[m.b].s != "," {
		return false
	}
	for x := m.b + 1; x < len(s.toks) && x <= m.b+8; x++ {
		if s.toks[x].s == "," {
			return st.shareSubjectAt(s, x+1)
		}
	}
	return false
}

// shareSubjectAt: a share verb with its "for" at token x ("accounted for",
// "represented").
func (st *state) shareSubjectAt(s *sentence, x int) bool {
	if x+1 >= len(s.toks) {
		return false
	}
	w := s.toks[x].low
	return accountWords[w] && s.toks[x+1].low == "for" || w == "represented" || w == "contributed"
}

// bareFigureOpener: the sentence opens with a figure noun, bare or after the
// modifiers implicitOwner and implicitOwnerWide read ("Revenue",
// "Net income", "Group sales").
func bareFigureOpener(toks []token) bool {
	return toks[0].cls&wFigure != 0 || toks[1].cls&wFigure != 0 && figureMods[toks[0].low] || wideFigureOpener(toks)
}
