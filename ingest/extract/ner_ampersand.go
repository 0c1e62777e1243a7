package extract

// Names joined by an ampersand that capRun alone would cut: the first word
// is a common capitalised word ("Seven & i Holdings": "Seven" never starts
// a name by itself) or the word after the ampersand is a lone lower-case
// letter ("Seven & i", a stylised initial). An ampersand between two words
// is a company name's mark in news copy, so the whole run is one name.

// ampLetter: toks[j] is "&" and the next token is one lower-case letter.
func ampLetter(toks []token, j int) bool {
	if j+1 >= len(toks) || toks[j].s != "&" {
		return false
	}
	t := &toks[j+1]
	return t.kind == tWord && len(t.s) == 1 && t.s[0]-'a' < 26
}

// ampNonname records the name that opens on the common word at i followed
// by an ampersand; it returns the index after it, or false.
func (st *state) ampNonname(s *sentence, i int) (int, bool) {
	toks := s.toks
	if i+2 >= len(toks) || toks[i+1].s != "&" || toks[i].kind != tWord {
		return 0, false
	}
	n := 0
	switch {
	case ampLetter(toks, i+1):
		n = 3
		if i+n < len(toks) && toks[i+n].cap {
			n += st.capRun(toks, i+n) // "Seven & i Holdings"
		}
	case toks[i+2].cap && toks[i+2].cls&cNonname == 0:
		n = 2 + st.capRun(toks, i+2)
	}
	if n < 3 {
		return 0, false
	}
	return st.addMention(s, i, n, -1), true
}

// nameParticle: w is a lower-case particle that opens a company or family
// name written in its native style ("de Beers", "van Lanschot", "von
// Finck"); inside a run, capRun joins them already (runJoiners). A switch:
// every mention after a lower-case word asks.
func nameParticle(w string) bool {
	switch w {
	case "de", "van", "von", "du", "der", "di":
		return true
	}
	return false
}

// particleBefore returns where the name starting at i starts: at the
// particle right before it, when one stands there after no capitalised
// word, else at i.
func particleBefore(toks []token, i int) int {
	if i == 0 || toks[i-1].cap || len(toks[i-1].s) > 3 || !nameParticle(toks[i-1].s) {
		return i
	}
	if i >= 2 && toks[i-2].cap {
		return i // "Banco de Chile" is the run's own business
	}
	return i - 1
}
