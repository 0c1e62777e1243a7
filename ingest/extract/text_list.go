package extract

import "unicode/utf8"

// List items: factboxes, explainers and press-release highlights state
// facts as bulleted or numbered lines ("- Amazon: $8 billion", "* Valuation:
// $183 billion", "1. Microsoft (about 19% of revenue)"). The splitter
// leaves the marker out of the sentence, so the item's first word opens it
// as in prose, and marks the item's first sentence; a line without final
// punctuation is a fragment (frag), which the prose frames skip as they do
// a headline, while its words are read in sentence case (not headline).

// listMarker returns the length of the list marker a trimmed line opens
// with ("- ", "* ", "• ", "12. ", "3) "), or 0.
func listMarker(line string) int {
	if len(line) < 3 {
		return 0
	}
	switch c := line[0]; {
	case c == '-' || c == '*':
		if line[1] == ' ' {
			return 2
		}
		return 0
	case c >= '0' && c <= '9':
		return numberMarker(line)
	case c >= utf8.RuneSelf:
		return bulletRune(line)
	}
	return 0
}

// numberMarker: one or two digits, then "." or ")" and a space ("3. ",
// "12) "); a year or a figure ("2024. ", "1.5 ") is none.
func numberMarker(line string) int {
	k := 1
	if isDigit(line[1]) {
		k = 2
	}
	if k+1 < len(line) && (line[k] == '.' || line[k] == ')') && line[k+1] == ' ' {
		return k + 2
	}
	return 0
}

// bulletRune: a bullet character ("•", "▪", "◦", "‣", "·"), with or
// without a space after it.
func bulletRune(line string) int {
	r, n := utf8.DecodeRuneInString(line)
	switch r {
	case '•', '▪', '◦', '‣', '·', '●', '■':
	default:
		return 0
	}
	if n < len(line) && line[n] == ' ' {
		n++
	}
	return n
}

// splitItem adds the sentences of a list item [start, end) whose marker
// ended at start, marking the first one.
func splitItem(text string, start, end int, out []span) []span {
	for start < end && isSpace(text[start]) {
		start++
	}
	if start >= end {
		return out
	}
	n := len(out)
	out = splitBody(text, start, end, out)
	if len(out) > n {
		sp := &out[n]
		sp.item = true
		if sp.headline {
			sp.headline, sp.frag = false, true
		}
	}
	return out
}

// wireSlug returns the length of a wire service's story-type slug that
// opens a line ("FACTBOX-Who is funding Mistral AI?", "EXPLAINER-How
// ..."), or 0: the slug is no word of the headline.
func wireSlug(line string) int {
	if len(line) < 10 || line[0] < 'A' || line[0] > 'Z' || line[1] < 'A' || line[1] > 'Z' {
		return 0
	}
	for _, p := range wireSlugs {
		if len(line) > len(p) && line[:len(p)] == p {
			return len(p)
		}
	}
	return 0
}

var wireSlugs = [...]string{"FACTBOX-", "FACTBOX:", "EXPLAINER-", "EXPLAINER:", "ANALYSIS-", "INSIGHT-", "TIMELINE-", "BREAKINGVIEWS-"}
