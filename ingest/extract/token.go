package extract

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind tells words, numbers and punctuation apart.
type tokKind uint8

const (
	tWord tokKind = iota
	tNum
	tPunct
)

// token is one word, number or punctuation mark of a sentence. s and low
// are substrings of the document and of its ASCII-lowered copy (no copies).
type token struct {
	s, low     string
	start, end int
	cls        uint64 // word-class bits (classes.go)
	kind       tokKind
	cap        bool // starts with an upper-case letter
}

// tokenize appends the tokens of doc[start:end]; low is doc lowered (same length).
func tokenize(doc, low string, start, end int, toks []token) []token {
	i, base := start, len(toks)
	for i < end && len(toks)-base < maxTokens {
		c := doc[i]
		if c == ' ' {
			i++
			continue
		}
		if asciiWord[c] { // fast path: ASCII word
			j := wordEnd(doc, i, end)
			toks = appendWord(toks, doc, low, i, j)
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(doc[i:end])
		switch {
		case r == ' ' || r == '\t' || r == '\r' || r == '\n' || r == 0xa0 || unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			j := wordEnd(doc, i, end)
			toks = appendWord(toks, doc, low, i, j)
			i = j
		case (r == '\'' || r == '’') && possessiveAt(doc, i, end, toks[base:]):
			j := i + n
			if j < end && (doc[j] == 's' || doc[j] == 'S') {
				j++
			}
			toks = append(toks, token{s: doc[i:j], low: "'s", start: i, end: j, kind: tPunct})
			i = j
		default:
			toks = append(toks, token{s: doc[i : i+n], low: punctLow(r, low[i:i+n]), start: i, end: i + n, kind: tPunct})
			i += n
		}
	}
	return toks
}

// appendWord appends the word doc[i:j], built in place (no token copy).
func appendWord(toks []token, doc, low string, i, j int) []token {
	toks = append(toks, token{})
	t := &toks[len(toks)-1]
	t.s, t.low, t.start, t.end = doc[i:j], low[i:j], i, j
	if c := doc[i]; c < utf8.RuneSelf {
		if isDigit(c) {
			t.kind = tNum
		}
		t.cap = c-'A' < 26
		return toks
	}
	r, _ := utf8.DecodeRuneInString(t.s)
	if r >= '0' && r <= '9' {
		t.kind = tNum
	}
	t.cap = unicode.IsUpper(r)
	return toks
}

// punctLow folds quote and dash variants so rules can compare one form.
func punctLow(r rune, s string) string {
	switch r {
	case '’', '‘', '`':
		return "'"
	case '“', '”', '«', '»':
		return "\""
	case '—', '–', '‒', '―':
		return "-"
	}
	return s
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (a [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		a[c] = isLetter(byte(c)) || isDigit(byte(c))
	}
	return a
}()

func isWordRune(r rune) bool {
	return r < utf8.RuneSelf && (isLetter(byte(r)) || isDigit(byte(r))) ||
		r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// wordEnd returns the end of the word starting at i: letters and digits
// joined by inner hyphens, dots, ampersands, apostrophes and digit commas.
func wordEnd(doc string, i, end int) int {
	j := i
	for j < end {
		if asciiWord[doc[j]] {
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(doc[j:end])
		if isWordRune(r) {
			j += n
			continue
		}
		if !isJoiner(r) || j+n >= end {
			break
		}
		next, _ := utf8.DecodeRuneInString(doc[j+n : end])
		if !isWordRune(next) || (r == ',' && !(isDigit(doc[j-1]) && digits3(doc, j+n, end))) {
			break
		}
		if (r == '\'' || r == '’') && (next == 's' || next == 'S') && !isWordAfter(doc, j+n+1, end) {
			break // possessive: "Apple's"
		}
		j += n
	}
	// dotted acronyms keep their final period: "U.S." "A.I."
	if j < end && doc[j] == '.' && j-i >= 3 && doc[j-2] == '.' {
		j++
	}
	return j
}

func isJoiner(r rune) bool {
	switch r {
	case '-', '.', '&', '\'', '’', ',', '‑', '‐':
		return true
	}
	return false
}

func digits3(doc string, j, end int) bool {
	return j+3 <= end && isDigit(doc[j]) && isDigit(doc[j+1]) && isDigit(doc[j+2]) &&
		(j+3 == end || !isDigit(doc[j+3]))
}

func isWordAfter(doc string, j, end int) bool {
	if j >= end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(doc[j:end])
	return isWordRune(r)
}

// possessiveAt reports an apostrophe that marks a possessive: "Apple's", "Jones'".
func possessiveAt(doc string, i, end int, toks []token) bool {
	if len(toks) == 0 || toks[len(toks)-1].end != i {
		return false
	}
	if p := toks[len(toks)-1]; p.kind == tPunct && (p.s != "." || len(toks) < 2) {
		return false
	}
	_, n := utf8.DecodeRuneInString(doc[i:end])
	j := i + n
	if j < end && (doc[j] == 's' || doc[j] == 'S') {
		return !isWordAfter(doc, j+1, end)
	}
	prev := toks[len(toks)-1].low
	return prev[len(prev)-1] == 's' && !isWordAfter(doc, j, end)
}

// lowerASCII lowers ASCII letters only, so offsets stay the same. The copy
// is built a block at a time into one allocation of len(s) bytes, lowering
// eight bytes per step (lower8).
func lowerASCII(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	var blk [4096]byte
	for len(s) > 0 {
		n := copy(blk[:], s)
		i := 0
		for ; i+8 <= n; i += 8 {
			binary.LittleEndian.PutUint64(blk[i:], lower8(binary.LittleEndian.Uint64(blk[i:])))
		}
		for ; i < n; i++ {
			if c := blk[i]; c-'A' < 26 {
				blk[i] = c + 32
			}
		}
		b.Write(blk[:n])
		s = s[n:]
	}
	return b.String()
}

// lower8 lowers the ASCII upper-case letters among eight bytes: a byte gets
// 0x20 when it is in 'A'..'Z' (bytes >= 0x80 are left alone).
func lower8(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	low7 := x &^ highs
	geA := low7 + ones*(0x80-'A')    // high bit: byte >= 'A'
	gtZ := low7 + ones*(0x80-'Z'-1)  // high bit: byte > 'Z'
	upper := geA &^ gtZ &^ x & highs // in 'A'..'Z' and ASCII
	return x | upper>>2
}
