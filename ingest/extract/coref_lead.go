package extract

// The mention a sentence leads with, for "the company" in the next one:
// the first mention when it opens the sentence (perhaps after an
// adverbial opener), or the first one after an opening participle clause
// ("Founded in 2023 by former Google and Meta researchers, Mistral sells
// ..." leads with Mistral, not Google).

// leadMention returns sentence k's lead mention, if it has one.
func (st *state) leadMention(k int) (mention, bool) {
	ms := st.sents[k].ments
	if len(ms) == 0 {
		return mention{}, false
	}
	end := st.participleEnd(k)
	if (ms[0].a == 0 || st.openerBefore(k, ms[0].a)) && (end < 0 || ms[0].a > end) {
		return ms[0], true
	}
	if end < 0 {
		return mention{}, false
	}
	for _, m := range ms {
		if m.a == end+1 {
			return m, true
		}
	}
	return mention{}, false
}

// participleEnd: the comma closing the opening participle clause of
// sentence k (openingParticiples, rel_opening.go), else -1.
func (st *state) participleEnd(k int) int {
	toks := st.sents[k].toks
	if len(toks) == 0 || !participleGate.may(toks[0].low) || !openingParticiples[toks[0].low] { // wordgate.go
		return -1
	}
	for x := 1; x < len(toks) && x < 30; x++ {
		if toks[x].low == "," && clauseAfterComma(toks, x) {
			return x
		}
	}
	return -1
}

// clauseAfterComma: the comma at x is followed by the main clause — a
// capitalised subject and then a lower-case word that does not continue a
// list ("researchers A, B and C, Mistral sells": the comma before
// "Mistral"), or a lower-case word at once ("Founded in 2023, the startup").
func clauseAfterComma(toks []token, x int) bool {
	y := x + 1
	for y < len(toks) && toks[y].cap {
		y++
	}
	if y >= len(toks) || toks[y].kind != tWord || toks[y].cap {
		return false
	}
	return toks[y].low != "and" && toks[y].low != "or"
}

// copulaDesc: "Mensch is the company's CEO" — a description right after a
// copula, in a sentence that names no organisation before it, continues
// the subject of the sentence before like one that opens the sentence.
func (st *state) copulaDesc(si, i int) bool {
	toks := st.sents[si].toks
	return i >= 2 && i <= 6 && copulas[toks[i-1].low] && !st.orgBefore(si, i)
}
