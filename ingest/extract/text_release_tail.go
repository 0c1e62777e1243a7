package extract

import "strings"

// A press release ends with boilerplate: an "About Acme" heading and the
// company's standard description, a forward-looking-statements (safe
// harbor) paragraph and media contacts. None of it reports news: the
// product lists of "About" read as fresh OFFERS facts and "expects" and
// "will" of the safe harbor as forecasts. splitSentences stops at the
// first such heading line.

// releaseTail: line (trimmed of nothing; a short heading) opens the tail.
// Only lines starting with 'A', 'F', 'S' or 'C' are compared.
func releaseTail(line string) bool {
	line = strings.TrimSpace(line)
	if len(line) < 7 || len(line) > 60 {
		return false
	}
	switch line[0] {
	case 'A':
		return aboutHeading(line)
	case 'F', 'S', 'C':
		l := strings.ToLower(strings.TrimRight(line, ":"))
		return l == "forward-looking statements" || l == "safe harbor statement" || l == "cautionary statement regarding forward-looking statements" ||
			l == "safe harbor" || l == "cautionary note regarding forward-looking statements"
	}
	return false
}

// aboutHeading: "About Acme Corp." alone on its line — "About" and at
// most five capitalised words, no sentence after them.
func aboutHeading(line string) bool {
	if !strings.HasPrefix(line, "About ") || strings.ContainsAny(line, ":,;") {
		return false
	}
	words := strings.Fields(line[6:])
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	for _, w := range words {
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return true
}
