package extract

import "strings"

// "SAN FRANCISCO -- ...": a dateline city of several words stands alone
// before the dash like a one-word one ("SEATTLE --") when the place list
// knows it. (Only sentences that open with two or more upper-case words
// and a dash ask, so the joined name is built rarely.)

// upperPlace: the upper-case words toks, title-cased and joined by
// spaces, name a known place.
func (st *state) upperPlace(toks []token) bool {
	var b strings.Builder
	for i := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(titleWord(toks[i].s))
	}
	return st.lx.place[b.String()]
}
