package extract

import (
	"encoding/binary"
	"math/bits"
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
//
// A token is 48 bytes (three fit two cache lines, and every rule walks the
// tokens): the offset is an int32 (a document has at most MaxInputBytes)
// and the end is the offset plus the length of s.
type token struct {
	s, low string
	cls    uint64 // word-class bits (classes.go)
	off    int32  // start offset in the document
	kind   tokKind
	cap    bool  // starts with an upper-case letter
	flags  uint8 // what the word's bytes hold (tfUpper...), gathered by wordEnd
}

// start and end are the token's offsets in the document.
func (t *token) start() int { return int(t.off) }
func (t *token) end() int   { return int(t.off) + len(t.s) }

// Token flags, gathered while wordEnd scans a word, so that later tests
// need not rescan it. They are exact: tfUpper is set iff the word has an
// ASCII capital, that is iff s != low.
const (
	bWord      uint8 = 1 << iota // (byteClass only) an ASCII letter or digit
	tfUpper                      // an ASCII capital letter
	tfDigit                      // an ASCII digit
	tfNonASCII                   // a byte >= 0x80
	tfHyphen                     // an inner '-'
	tfApos                       // an inner ASCII apostrophe
)

// tokenize appends the tokens of doc[start:end]; low is doc lowered (same length).
func tokenize(doc, low string, start, end int, toks []token) []token {
	i, base := start, len(toks)
	for i < end && len(toks)-base < maxTokens {
		toks, i = tokenStep(doc, low, i, end, toks, base)
	}
	return toks
}

// tokenStep appends the token at i, if any (a space makes none), and
// returns the offset after it; the sentence's tokens start at toks[base].
func tokenStep(doc, low string, i, end int, toks []token, base int) ([]token, int) {
	c := doc[i]
	if c == ' ' {
		return toks, i + 1
	}
	if b := byteClass[c]; b != 0 { // fast path: ASCII word
		j, fl := asciiWordEnd(doc, i, end)
		return appendASCIIWord(toks, doc, low, i, j, fl, b), j
	}
	if plainPunct[c] { // ASCII punctuation: the default case below, without decoding
		return append(toks, token{s: doc[i : i+1], low: low[i : i+1], off: int32(i), kind: tPunct}), i + 1
	}
	r, n := utf8.DecodeRuneInString(doc[i:end])
	switch {
	case r == ' ' || r == '\t' || r == '\r' || r == '\n' || r == 0xa0 || !generalPunct(r) && unicode.IsSpace(r):
		return toks, i + n
	case isWordRune(r):
		j, fl := wordEnd(doc, i, end)
		return appendWord(toks, doc, low, i, j, fl), j
	case (r == '\'' || r == '’') && possessiveAt(doc, i, end, toks[base:]):
		j := i + n
		if j < end && (doc[j] == 's' || doc[j] == 'S') {
			j++
		}
		return append(toks, token{s: doc[i:j], low: "'s", off: int32(i), kind: tPunct}), j
	}
	return append(toks, token{s: doc[i : i+n], low: punctLow(r, low[i:i+n]), off: int32(i), kind: tPunct}), i + n
}

// asciiWordEnd is wordEnd for a word starting with an ASCII letter or
// digit: most words are such letters up to a space or an ASCII punctuation
// mark that joins nothing, and need no call to wordEnd.
func asciiWordEnd(doc string, i, end int) (int, uint8) {
	j, fl := i+1, byteClass[doc[i]] // the first byte is a letter or digit
	// lower-case letters eight at a time (they add no flag)
	for j+8 <= end {
		n := lowerRun8(load64(doc[j : j+8])) // (a fixed window: no pointer masking)
		j += n
		if n < 8 {
			break
		}
	}
	for j < end {
		b := byteClass[doc[j]]
		if b == 0 {
			break
		}
		fl |= b
		j++
	}
	if j < end && (doc[j] >= utf8.RuneSelf || asciiJoiner[doc[j]]) {
		return wordEndFrom(doc, i, j, end, fl) // a joiner or a non-ASCII letter may follow
	}
	return j, fl &^ bWord
}

// lowerRun8 counts the leading bytes of x (little-endian) that are ASCII
// lower-case letters.
func lowerRun8(x uint64) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	low7 := x &^ highs
	geA := low7 + ones*(0x80-'a')      // high bit: byte >= 'a'
	gtZ := low7 + ones*(0x80-'z'-1)    // high bit: byte > 'z'
	lower := (geA &^ gtZ &^ x) & highs // in 'a'..'z' and ASCII
	return bits.TrailingZeros64(^lower&highs) >> 3
}

// appendASCIIWord is appendWord for a word whose first byte has byteClass b.
func appendASCIIWord(toks []token, doc, low string, i, j int, fl, b uint8) []token {
	toks = append(toks, token{})
	t := &toks[len(toks)-1]
	t.s, t.low, t.off, t.flags = doc[i:j], low[i:j], int32(i), fl
	if b&tfDigit != 0 {
		t.kind = tNum
	}
	t.cap = b&tfUpper != 0
	return toks
}

// appendWord appends the word doc[i:j], built in place (no token copy).
func appendWord(toks []token, doc, low string, i, j int, fl uint8) []token {
	toks = append(toks, token{})
	t := &toks[len(toks)-1]
	t.s, t.low, t.off, t.flags = doc[i:j], low[i:j], int32(i), fl
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

// byteClass gives each ASCII letter and digit bWord plus its token flag;
// other bytes have none (wordEnd handles them apart).
var byteClass = func() (a [256]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch b := byte(c); {
		case isDigit(b):
			a[c] = bWord | tfDigit
		case b-'A' < 26:
			a[c] = bWord | tfUpper
		case isLetter(b):
			a[c] = bWord
		}
	}
	return a
}()

// plainPunct marks the ASCII bytes tokenize makes a punctuation token of
// as they are: no letter, digit or space, and no quote (possessives, and
// punctLow folds '`').
var plainPunct = func() (a [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		r := rune(c)
		a[c] = !isWordRune(r) && !unicode.IsSpace(r) && r != '\'' && r != '`' && punctLow(r, string(r)) == string(r)
	}
	return a
}()

// asciiJoiner marks the ASCII bytes isJoiner accepts: any other ASCII
// byte that is not a letter or digit ends a word without decoding a rune.
var asciiJoiner = func() (a [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		a[c] = isJoiner(rune(c))
	}
	return a
}()

func isWordRune(r rune) bool {
	return r < utf8.RuneSelf && (isLetter(byte(r)) || isDigit(byte(r))) ||
		r >= utf8.RuneSelf && !generalPunct(r) && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// generalPunct: r is one of the dashes, quotes, bullets and ellipsis of
// U+2010-U+2027, most of the non-ASCII runes of news text: neither a
// letter, a digit nor a space (TestGeneralPunct), told without searching
// the Unicode tables.
func generalPunct(r rune) bool { return r >= 0x2010 && r <= 0x2027 }

// wordEnd returns the end of the word starting at i: letters and digits
// joined by inner hyphens, dots, ampersands, apostrophes and digit commas.
// It also returns the token flags of the word's bytes.
func wordEnd(doc string, i, end int) (int, uint8) { return wordEndFrom(doc, i, i, end, 0) }

// wordEndFrom is wordEnd for a word whose bytes [i, j) are ASCII letters
// and digits with the flags fl.
func wordEndFrom(doc string, i, j, end int, fl uint8) (int, uint8) {
	for j < end {
		c := doc[j]
		if b := byteClass[c]; b != 0 {
			fl |= b
			j++
			continue
		}
		if c < utf8.RuneSelf && !asciiJoiner[c] {
			break // a space or other ASCII punctuation: the common word end
		}
		r, n := utf8.DecodeRuneInString(doc[j:end])
		if isWordRune(r) {
			fl |= tfNonASCII // ASCII word bytes were taken above
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
		switch {
		case n > 1:
			fl |= tfNonASCII
		case r == '-':
			fl |= tfHyphen
		case r == '\'':
			fl |= tfApos
		}
		j += n
	}
	// dotted acronyms keep their final period: "U.S." "A.I."
	if j < end && doc[j] == '.' && j-i >= 3 && doc[j-2] == '.' {
		j++
	}
	return j, fl &^ bWord
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
	if len(toks) == 0 || toks[len(toks)-1].end() != i {
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
// sixteen bytes per step (lower8, twice).
func lowerASCII(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	var blk [512]byte
	for len(s) > 0 {
		n := min(len(s), len(blk))
		lowerInto(blk[:n], s[:n])
		b.Write(blk[:n])
		s = s[n:]
	}
	return b.String()
}

// lowerInto writes s, lowered, into dst (as long as s). Each step cuts
// fixed windows at an index: one bounds check each, where reslicing both
// as they are consumed cost a pointer mask and three updates per slice.
func lowerInto(dst []byte, s string) {
	n := min(len(dst), len(s))
	k := 0
	for ; k+32 <= n; k += 32 {
		d, w := dst[k:k+32], s[k:k+32]
		binary.LittleEndian.PutUint64(d, lower8(load64(w)))
		binary.LittleEndian.PutUint64(d[8:], lower8(load64(w[8:])))
		binary.LittleEndian.PutUint64(d[16:], lower8(load64(w[16:])))
		binary.LittleEndian.PutUint64(d[24:], lower8(load64(w[24:])))
	}
	for ; k+8 <= n; k += 8 {
		binary.LittleEndian.PutUint64(dst[k:k+8], lower8(load64(s[k:k+8])))
	}
	for ; k < n; k++ {
		c := s[k]
		if c-'A' < 26 {
			c += 32
		}
		dst[k] = c
	}
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
