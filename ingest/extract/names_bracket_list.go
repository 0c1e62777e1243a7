package extract

// Bracketed initials inside a list: "Semiconductor Manufacturing
// International Corp (SMIC) and Hua Hong are among its customers". The
// initials (or a ticker: "Nvidia (NVDA.O), AMD and Intel") name the item
// before them again; the list goes on after the closing bracket.

// bracketAgain: mention m is a repeat of prev inside brackets right after
// it ("... Corp (SMIC)"), so the list skips it.
// An exchange may come first: "Nvidia (Nasdaq: NVDA)".
func bracketAgain(s *sentence, prev, m mention) bool {
	return m.ent == prev.ent && bracketGloss(s, prev, m)
}

// bracketGloss: mention m stands alone in a short bracket right after
// prev, naming it again or glossing it ("ByteDance (TikTok), Tencent"):
// the list skips it, and no list starts from it.
func bracketGloss(s *sentence, prev, m mention) bool {
	return m.a > prev.b && m.a <= prev.b+3 && s.toks[prev.b].s == "(" && m.b < len(s.toks) && s.toks[m.b].s == ")"
}

// bracketOpen: the "(" before mention m when m sits in a short bracket
// ("(SMIC)", "(Nasdaq: NVDA)"), else -1.
func bracketOpen(toks []token, m mention) int {
	for k := m.a - 1; k >= 0 && k >= m.a-3; k-- {
		if toks[k].s == "(" {
			return k
		}
	}
	return -1
}

// gapFrom returns where the words joining prev to the next item start:
// after the ")" of a bracket that closes prev's repeat ("(SMIC) and"), or
// after a short bracket with no name in it before the next item at next
// ("Hua Hong (688347.SS), SMIC"); else prev.b.
func gapFrom(s *sentence, prev mention, next int) int {
	toks := s.toks
	b := prev.b
	if b >= len(toks) {
		return b
	}
	if toks[b].s == ")" && bracketOpen(toks, prev) >= 0 {
		return b + 1
	}
	if e := skipBracket(toks, b); e <= next {
		return e // (b itself when no short bracket opens at b)
	}
	return b
}

// skipBracket returns the token after a short bracket opening at b
// ("... Corp (SMIC) among"), else b.
func skipBracket(toks []token, b int) int {
	if b >= len(toks) || toks[b].s != "(" {
		return b
	}
	for k := b + 1; k < len(toks) && k <= b+6; k++ {
		if toks[k].s == ")" {
			return k + 1
		}
	}
	return b
}
