package extract

// "\"Governments do not buy GPUs for us,\" he said": the first word of a
// quotation opens a sentence of its own, and is tested as a sentence's
// first word is (classify) before its capital makes it a name.

// quotedOpenerWord: the run of one word at i = 1 follows an opening quote
// and is a common word by the tests classify applies at i = 0.
func (st *state) quotedOpenerWord(toks []token, i, n int, cued bool) bool {
	if i != 1 || n != 1 || toks[0].s != "\"" && toks[0].s != "“" {
		return false
	}
	rest := toks[1:]
	if cued {
		return st.cuedOpener(rest) // ner_dateline.go
	}
	return commonOpener(rest) || lowerCompound(rest[0].s)
}
