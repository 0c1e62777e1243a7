package extract

// Sentences that open with a brand written in lower case ("eBay said
// ...", "iRobot cut jobs", "xAI raised ..."). breakAfter ended a sentence
// only before a capital, digit, quote or bracket, so "in January. eBay
// said its chief executive ..." stayed one sentence, and "its" went to the
// company that opened it. A word that starts with a lower-case letter and
// has a capital inside (before any space) is such a brand, not the
// continuation of a sentence; the abbreviation test (sentenceBreak) still
// keeps "e.g. iPhone" whole.

// camelWordAt: the word at k in text[:end] opens with a lower-case ASCII
// letter and holds an ASCII capital within its first 16 bytes.
func camelWordAt(text string, k, end int) bool {
	if k >= end || text[k]-'a' >= 26 {
		return false
	}
	for p := k + 1; p < end && p < k+16; p++ {
		switch c := text[p]; {
		case c-'A' < 26:
			return true
		case c-'a' < 26 || c-'0' < 10 || c == '-':
		default:
			return false
		}
	}
	return false
}

// possessiveEnd: the period at i follows a possessive "s" ("Tesco and
// Sainsbury's. M&S sells ..."). The lone "s" after the apostrophe looked
// like an initial ("Rogelio V. Solis"), so the sentence did not end; a
// brand named with a possessive (Sainsbury's, McDonald's, Macy's) ends
// sentences like any other word.
func possessiveEnd(text string, i int) bool {
	if i < 3 || text[i-1]|0x20 != 's' {
		return false
	}
	return text[i-2] == '\'' || i >= 5 && text[i-4:i-1] == "’"
}
