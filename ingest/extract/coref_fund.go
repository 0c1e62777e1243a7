package extract

// "The fund": a fund is no company in general, so "the fund" refers only
// to an organisation the article named as one — a name ending in "Fund"
// ("Saudi Arabia's Public Investment Fund ... The fund also holds"), or
// one given the role ("hedge fund Elliott", "Elliott, an activist fund,",
// coref_role.go). Otherwise it is a pool of money ("BlackRock raised a
// new fund. The fund will ...") and resolves to nothing.
func init() {
	descHeads["fund"] = true
}

// fundRef resolves "the ... fund" spanning tokens [i, k] of sentence si.
func (st *state) fundRef(si, i, k int) (int, []int) {
	if e, ok := st.roleHolder(si, i, "fund"); ok {
		return k - i + 1, st.one(e)
	}
	if e, ok := st.namedFund(si, i); ok {
		return k - i + 1, st.one(e)
	}
	return 0, nil
}

// namedFund returns the one organisation named in sentence si (before
// token i) or the three before whose name ends in "Fund".
func (st *state) namedFund(si, i int) (int, bool) {
	found := -1
	for k := si; k >= 0 && k >= si-3; k-- {
		s := &st.sents[k]
		for _, m := range s.ments {
			if k == si && m.a >= i || m.ref || m.ent == found || s.toks[m.b-1].low != "fund" || st.ents[m.ent].typ != org {
				continue
			}
			if found >= 0 {
				return 0, false // two funds: the description does not decide
			}
			found = m.ent
		}
	}
	return found, found >= 0
}
