package extract

// "Lunar Lake, a laptop chip that Intel says beats rivals": an unknown name
// glossed by an apposition whose head is a product noun is a product. An
// apposition headed by a company noun ("X, a chip designer") is read first
// and makes an organisation.

// productApposition: the tokens from k are "a|an" and at most two
// lower-case words ending in a product noun.
func (st *state) productApposition(toks []token, k int) bool {
	if k >= len(toks) || toks[k].low != "a" && toks[k].low != "an" {
		return false
	}
	return st.productNounAfter(toks, k+1)
}
