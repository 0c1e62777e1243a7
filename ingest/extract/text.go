package extract

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a sentence: byte offsets into the document.
type span struct {
	start, end int
	headline   bool // a line without final punctuation (title, caption)
	item       bool // the first sentence of a list item, its marker left out (text_list.go)
	frag       bool // an item without final punctuation: a fragment, not prose
}

// boilerplatePrefixes mark lines that are page chrome, not story text.
var boilerplatePrefixes = []string{
	"advertisement", "image source", "image credit", "read more", "read also",
	"sign up", "subscribe", "share this", "share on", "follow us", "related:",
	"related articles", "click here", "photo:", "file photo", "copyright",
	"all rights reserved", "more to come", "newsletter", "getty images",
	"– getty images", "- getty images", "(photo", "credit:",
}

// prefixesOf lists, for each ASCII first byte of a line, the
// boilerplatePrefixes it can start (in their order): an ASCII byte folds
// only to itself or its lower case, so most lines try none or one.
var prefixesOf = func() (a [utf8.RuneSelf][]string) {
	for c := range a {
		for _, p := range boilerplatePrefixes {
			if p[0] == byte(c)|0x20 || p[0] == byte(c) {
				a[c] = append(a[c], p)
			}
		}
	}
	return a
}()

// isBoilerplate reports whether a trimmed line is page chrome.
func isBoilerplate(line string) bool {
	if len(line) > 200 {
		return false
	}
	if c := line[0]; c == '*' || c == '_' || c == '!' {
		return markdownChrome(line) // text_markdown.go
	}
	ps := boilerplatePrefixes // a non-ASCII first byte: every prefix
	if c := line[0]; c < utf8.RuneSelf {
		ps = prefixesOf[c]
	}
	for _, p := range ps {
		if len(line) >= len(p) && strings.EqualFold(line[:len(p)], p) {
			return true
		}
	}
	return len(line) <= 8 && shortChrome(line)
}

// shortChrome: one-word page chrome ("Share", "Print").
func shortChrome(line string) bool {
	switch strings.ToLower(line) {
	case "share", "tweet", "email", "print", "comments", "listen", "save":
		return true
	}
	return false
}

// splitSentences cuts text into sentences, skipping boilerplate lines.
func splitSentences(text string, out []span) []span {
	for pos := 0; pos < len(text); {
		nl := strings.IndexByte(text[pos:], '\n')
		end := len(text)
		if nl >= 0 {
			end = pos + nl
		}
		if releaseTail(text[pos:end]) { // text_release_tail.go
			break
		}
		out = splitLine(text, pos, end, out)
		pos = end + 1
	}
	return out
}

// sentenceEnd marks the bytes that can end a sentence.
var sentenceEnd = [256]bool{'.': true, '!': true, '?': true}

// splitLine adds the sentences of one line [start, end).
func splitLine(text string, start, end int, out []span) []span {
	for start < end && isSpace(text[start]) {
		start++
	}
	for end > start && isSpace(text[end-1]) {
		end--
	}
	if start >= end || isBoilerplate(text[start:end]) {
		return out
	}
	if n := listMarker(text[start:end]); n > 0 { // text_list.go
		return splitItem(text, start+n, end, out)
	}
	if n := wireSlug(text[start:end]); n > 0 { // text_list.go
		start += n
		for start < end && isSpace(text[start]) {
			start++
		}
	}
	return splitBody(text, start, end, out)
}

// splitBody adds the sentences of one trimmed line [start, end).
func splitBody(text string, start, end int, out []span) []span {
	line := text[start:end]
	last, _ := utf8.DecodeLastRuneInString(line)
	if !strings.ContainsRune(".!?\"”’')…:;,", last) && !strings.Contains(line, ". ") {
		return appendSpan(out, text, span{start: start, end: end, headline: true})
	}
	s := start
	next := nextTerminator
	if strings.IndexByte(line, '!') < 0 && strings.IndexByte(line, '?') < 0 {
		next = nextPeriod // most lines: periods are the only terminators
	}
	for i := next(text, start, end); i < end; i = next(text, i+1, end) {
		j, ok := sentenceBreak(text, i, end)
		if ok {
			out = appendSpan(out, text, span{start: s, end: j})
			for j < end && isSpace(text[j]) {
				j++
			}
			s, i = j, j-1
		}
	}
	if s < end {
		out = appendSpan(out, text, span{start: s, end: end})
	}
	return out
}

// nextTerminator returns the offset of the first '.', '!' or '?' in
// text[i:end], or end. Terminators are rare: it tests eight bytes a step.
func nextTerminator(text string, i, end int) int {
	for ; i+8 <= end && !hasTerminator8(load64(text[i:i+8])); i += 8 {
	}
	for ; i < end; i++ {
		if sentenceEnd[text[i]] {
			return i
		}
	}
	return end
}

// nextPeriod is nextTerminator for a text without '!' and '?' in [i, end):
// the first '.' (IndexByte scans many bytes a step).
func nextPeriod(text string, i, end int) int {
	if k := strings.IndexByte(text[i:end], '.'); k >= 0 {
		return i + k
	}
	return end
}

// hasTerminator8 reports whether one of the eight bytes of x is '.', '!'
// or '?' (the zero-byte test of x xor each terminator, exact for "any").
func hasTerminator8(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	zero := func(v uint64) uint64 { return (v - ones) &^ v & highs }
	return zero(x^ones*'.')|zero(x^ones*'!')|zero(x^ones*'?') != 0
}

// appendSpan adds a sentence, cutting very long ones on a space.
func appendSpan(out []span, text string, sp span) []span {
	for sp.end-sp.start > maxSentenceBytes {
		cut := sp.start + maxSentenceBytes
		if k := strings.LastIndexByte(text[sp.start:cut], ' '); k > 0 {
			cut = sp.start + k
		}
		for cut > sp.start && !utf8.RuneStart(text[cut]) {
			cut--
		}
		if cut <= sp.start {
			cut = sp.start + maxSentenceBytes
		}
		out = append(out, span{start: sp.start, end: cut, headline: sp.headline})
		sp.start = cut
	}
	return append(out, sp)
}

// sentenceBreak decides whether the terminator at i ends a sentence; it
// returns the end offset (after closing quotes or brackets).
func sentenceBreak(text string, i, end int) (int, bool) {
	j, ok := breakAfter(text, i, end)
	// a period that closes an abbreviation or sits in a number ends
	// nothing; asked last, as what follows most periods settles them
	if ok && text[i] == '.' && (isAbbrev(text, i) && !suffixEndsSentence(text, i, j, end) && !possessiveEnd(text, i) || isDecimal(text, i, end)) { // text_brandcase.go
		return 0, false
	}
	return j, ok
}

// breakAfter is sentenceBreak without the abbreviation test.
func breakAfter(text string, i, end int) (int, bool) {
	j := i + 1
	for j < end && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
		j++
	}
	quoted := false
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !closer(r) {
			break
		}
		quoted = true
		j += n
	}
	if j >= end {
		return j, true
	}
	k := j
	for k < end && isSpace(text[k]) {
		k++
	}
	if k == j && !quoted {
		return 0, false
	}
	r, _ := utf8.DecodeRuneInString(text[k:])
	if unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'([$€£", r) || camelWordAt(text, k, end) { // text_brandcase.go
		return j, true
	}
	return 0, false
}

// closer: r closes a quotation or bracket after a terminator
// (strings.ContainsRune("\"”’')]»", r) without the search).
func closer(r rune) bool {
	switch r {
	case '"', '”', '’', '\'', ')', ']', '»':
		return true
	}
	return false
}

// abbreviations that end with a period without ending the sentence.
var abbreviations = map[string]bool{
	"inc": true, "corp": true, "co": true, "ltd": true, "mr": true, "mrs": true,
	"ms": true, "dr": true, "st": true, "jr": true, "sr": true, "vs": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"no": true, "est": true, "approx": true, "dept": true, "gov": true, "prof": true,
	"e.g": true, "i.e": true, "u.s": true, "u.k": true, "u.n": true, "e.u": true,
	"etc": false, "bros": true, "mt": true, "ft": true, "gen": true, "sen": true,
	"rep": true, "plc": false, "llc": false,
}

// abbrevMaxLen is the length of the longest abbreviation: most words before
// a period are longer, and need no map lookup.
var abbrevMaxLen = func() int {
	n := 0
	for w := range abbreviations {
		n = max(n, len(w))
	}
	return n
}()

// abbrevTab is abbreviations as a flat table (probed at most periods).
var abbrevTab = boolTable(abbreviations)

// isAbbrev reports whether the period at i closes an abbreviation or an initial.
func isAbbrev(text string, i int) bool {
	if abbrev, ok := abbrevBefore8(text, i); ok {
		return abbrev
	}
	k := i
	for k > 0 && (isWordByte(text[k-1]) || text[k-1] == '.') {
		k--
	}
	w := text[k:i]
	var buf [16]byte
	if len(w) > len(buf) || !isASCII(w) {
		return abbrevWord(strings.ToLower(w))
	}
	if len(w) > abbrevMaxLen {
		return acronymShape(w) // too long for an abbreviation or an initial
	}
	// ASCII: lowered in a stack buffer (indexing a map with string(b)
	// does not copy); lowering changes neither length nor dots.
	b := buf[:len(w)]
	for x := 0; x < len(w); x++ {
		b[x] = w[x]
		if w[x]-'A' < 26 {
			b[x] += 32
		}
	}
	return abbrevTab.has(string(b)) || len(b) == 1 && b[0]-'a' < 26 || acronymShape(w)
}

// abbrevBefore8 is isAbbrev read from the eight bytes before the period at
// i (ok), when they settle it: most sentences end with a long word
// (longWordBefore) or a short ASCII one ("said", "Inc"), which needs no
// walk back, and is lowered in a register.
func abbrevBefore8(text string, i int) (abbrev, ok bool) {
	if i < 8 {
		return false, false
	}
	x := load64(text[i-8 : i])
	if longWordBefore(x) {
		return false, true
	}
	xl := lower8(x)
	n := lowerRunBefore(xl) // ASCII letters of either case and digits
	if n == 8 || isWordByte(text[i-n-1]) || text[i-n-1] == '.' {
		return false, false // the word goes on: the walk finds where it starts
	}
	if n == 0 {
		return false, true // no word: "" is no abbreviation
	}
	// the word isAbbrev would walk back to, lowered: the top n bytes of xl
	w := xl >> (8 * (8 - n))
	return abbrevTab.get8(w, n) != 0 || n == 1 && byte(w)-'a' < 26, true
}

// longWordBefore: the last seven of the eight bytes x (little-endian, the
// bytes before a period) are ASCII letters or digits. The word before the
// period then has seven or more ASCII characters, which lower to as many
// bytes: longer than every abbreviation (abbrevMaxLen), an initial or a
// dotted acronym (acronymShape), so isAbbrev is false.
func longWordBefore(x uint64) bool {
	const highs = 0x8080808080808080
	return abbrevMaxLen < 7 && wordBytes8(lower8(x))|0x80 == highs
}

// lowerRunBefore counts the last bytes of x (little-endian, the bytes
// before a period) that are ASCII lower-case letters or digits.
func lowerRunBefore(x uint64) int {
	const highs = 0x8080808080808080
	return bits.LeadingZeros64(^wordBytes8(x)&highs) >> 3
}

// wordBytes8 has the high bit of each byte of x that is an ASCII
// lower-case letter or digit, and no other bit (wordRun8's mask).
func wordBytes8(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	low7 := x &^ highs
	geA := low7 + ones*(0x80-'a')
	gtZ := low7 + ones*(0x80-'z'-1)
	return ((geA &^ gtZ) | digits8(x)) &^ x & highs
}

// abbrevWord: the lower-cased word w before a period is an abbreviation.
func abbrevWord(w string) bool {
	if abbreviations[w] {
		return true
	}
	if len(w) == 1 && w[0] >= 'a' && w[0] <= 'z' {
		return true // an initial: "Rogelio V. Solis"
	}
	return acronymShape(w)
}

// acronymShape: dotted acronyms: "U.S." "A.I."
func acronymShape(w string) bool {
	// the length first: most words before a period are longer
	return len(w) <= 5 && strings.IndexByte(w, '.') >= 0 && !strings.Contains(w, "..")
}

func isDecimal(text string, i, end int) bool {
	return i > 0 && i+1 < end && isDigit(text[i-1]) && isDigit(text[i+1])
}

func isSpace(c byte) bool  { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isWordByte(c byte) bool {
	return isLetter(c) || isDigit(c) || c >= 0x80
}
