package extract

import (
	"math/bits"
	"slices"
)

// scan tokenizes doc[start:end] as tokenize does and classifies each token
// as classify does, in the same pass, returning the sentence summary too.
// Most words are a few ASCII letters followed by a space or a plain
// punctuation mark: such a word is read from one 8-byte load of the text
// and of its lowered copy (two for 9 to 15 bytes, word16), and classified
// from those registers: a short lower-case word by direct index, another
// by a hash taken from the registers (no second pass over the tokens, no
// second pass over the word's bytes). The common cases stay inline: Go
// keeps no register across a call, so every call in this loop costs a
// reload of each live variable. Everything else takes tokenize's own
// steps (TestScanMatchesTokenize checks the two agree).
func (lx *Lexicon) scan(doc, low string, start, end int, toks []token) ([]token, sentSum) {
	// room for every token up front: a token has at least one byte
	toks = slices.Grow(toks, min(end-start, maxTokens))
	low = low[:len(doc)] // (the same length: no bounds checks on low)
	var sum sentSum
	i, base := start, len(toks)
	for i < end && len(toks)-base < maxTokens {
		c := doc[i]
		if c == ' ' {
			i++
			continue
		}
		if byteClass[c] != 0 && i+8 <= len(doc) {
			// 8-byte windows (l8, d8): the loads and cuts from them need no
			// bounds check or pointer mask, as low[i:] and doc[i:i+n] do
			l8 := low[i : i+8]
			xl := load64(l8)
			if n := min(wordRun8(xl), end-i); n < 8 && (i+n == end || wordStop(doc, i+n, end)) {
				k := len(toks)
				toks = toks[:k+1]
				t := &toks[k]
				d8 := doc[i : i+8]
				xd := load64(d8)
				fl := wordFlags8(xd, xl, n)
				t.s, t.low, t.off, t.flags, t.kind, t.cap = d8[:n], l8[:n], int32(i), fl, wordKind(byte(xd)), byte(xd)-'A' < 26 // (xd holds c, kept in memory)
				if fl&(tfUpper|tfDigit) == 0 && n <= shortLen {
					t.cls = lx.short[shortIndex8(xl, n)]
				} else if fl&tfUpper == 0 {
					t.cls = 0 // most words fail the filter: no call
					if h, v := hash8(xl, n); lx.clsT.mayHold(h) {
						var ok bool
						if t.cls, ok = lx.clsT.probe8(h, v, n); !ok {
							t.cls = lx.clsT.find8(h, v, n)
						}
					}
				} else {
					t.cls = lx.capClass8(xd, xl, n)
				}
				// sum.add(t), from the registers
				sum.cls, sum.flags = sum.cls|t.cls, sum.flags|fl
				if uint16(xl) == 'f'|'y'<<8 && n >= 4 {
					sum.fy = true
				}
				if i += n; i < end && doc[i] == ' ' {
					i++ // most words end at a space: skip it here
				}
				continue
			} else if n == 8 { // eight letters and digits before end: the only start of word16's words
				if n := lx.word16(&toks, doc, low, i, end, xl); n > 0 {
					sum.add(&toks[len(toks)-1])
					i += n
					continue
				}
			}
		}
		if plainPunct[c] {
			k := len(toks)
			toks = toks[:k+1]
			toks[k] = token{s: doc[i : i+1], low: low[i : i+1], cls: punctClass[c], off: int32(i), kind: tPunct}
			sum.cls |= punctClass[c]
			i++
			continue
		}
		a := len(toks) // not a short plain word: one step of tokenize
		toks, i = tokenStep(doc, low, i, end, toks, base)
		if len(toks) > a {
			t := &toks[a]
			t.cls = lx.classOf(t)
			sum.add(t)
		}
	}
	return toks, sum
}

// wordFlags8 returns the token flags of a word of n ASCII letters and
// digits held in the low n bytes of xd (as written) and xl (lowered).
func wordFlags8(xd, xl uint64, n int) uint8 {
	m := uint64(1)<<(8*n) - 1
	var fl uint8
	if (xd^xl)&m != 0 {
		fl = tfUpper
	}
	if digits8(xl)&m != 0 {
		fl |= tfDigit
	}
	return fl
}

// wordKind is the kind of a word token starting with the byte c.
func wordKind(c byte) tokKind {
	if isDigit(c) {
		return tNum
	}
	return tWord
}

// wordStop: an ASCII letter or digit run ends at j < end for wordEndFrom:
// doc[j] is ASCII and joins nothing, or a joiner with no ASCII letter,
// digit or non-ASCII rune after it.
func wordStop(doc string, j, end int) bool {
	c := doc[j]
	if c >= 0x80 {
		return false
	}
	if !asciiJoiner[c] {
		return true
	}
	return j+1 >= end || doc[j+1] < 0x80 && byteClass[doc[j+1]] == 0
}

// word16 appends the word at i, whose first eight lowered bytes are xl,
// when it has 8 to 15 bytes, all ASCII letters and digits, and ends where
// scan's short words end; it returns its length, or 0 for another word.
// scan calls it only when those eight bytes are letters and digits before
// end (min(wordRun8(xl), end-i) == 8), so it need not test them again.
func (lx *Lexicon) word16(toks *[]token, doc, low string, i, end int, xl uint64) int {
	if i+16 > len(doc) {
		return 0
	}
	d, l := doc[i:i+16], low[i:i+16] // windows, as in scan: the loads and cuts need no check
	xd, xd2, xl2 := load64(d), load64(d[8:]), load64(l[8:])
	n := 8 + min(wordRun8(xl2), end-i-8)
	if n == 16 || i+n < end && !wordStop(doc, i+n, end) {
		return 0
	}
	fl := wordFlags8(xd2, xl2, n-8)
	if xd != xl {
		fl |= tfUpper
	}
	if digits8(xl) != 0 {
		fl |= tfDigit
	}
	k := len(*toks)
	*toks = (*toks)[:k+1] // scan made room
	t := &(*toks)[k]
	c := byte(xd)
	t.s, t.low, t.off, t.flags, t.kind, t.cap = d[:n], l[:n], int32(i), fl, wordKind(c), c-'A' < 26
	switch {
	case fl&tfUpper != 0:
		t.cls = lx.classOf(t)
	case n == 8:
		t.cls = lx.clsT.get8(xl, n)
	default:
		h, v := hash16(xl, xl2, n)
		t.cls = lx.clsT.find16(h, v, xl, n, t.low)
	}
	return n
}

// hash16 is wordHash for a word of 9 to 16 bytes: its first eight bytes
// are x0, the rest the low bytes of x1 (TestHash8 checks they agree).
func hash16(x0, x1 uint64, n int) (uint64, uint64) {
	h := (uint64(n)*0x9e3779b97f4a7c15 ^ x0) * 0xff51afd7ed558ccd
	h ^= h >> 32
	v := x0>>(8*(n-8)) | x1<<(8*(16-n)) // the last eight bytes
	h = (h ^ v) * 0xc4ceb9fe1a85ec53
	return h ^ h>>29, v
}

// capClass8 is classOf for a word token with an ASCII capital and n <= 8
// ASCII letters and digits, whose bytes are the low n bytes of xd (as
// written) and xl (lowered).
func (lx *Lexicon) capClass8(xd, xl uint64, n int) uint64 {
	if h, v := hash8(xd, n); lx.capT.mayHold(h) {
		if c, ok := lx.capT.lookup8(h, v, n); ok {
			return c
		}
	}
	if !titleOrUpper8(xd, xl, n) {
		return lx.clsT.get8(xl, n) & lowMask
	}
	return 0
}

// titleOrUpper8 is titleOrUpper for a word of n <= 8 ASCII letters and
// digits, the low n bytes of xd (as written) and xl (lowered): its first
// byte is a capital, and so are the others or none of them is.
func titleOrUpper8(xd, xl uint64, n int) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	m := uint64(1)<<(8*n) - 1
	diff := (xd ^ xl) & m // 0x20 at each capital
	if diff&0xff == 0 {
		return false
	}
	low7 := xd &^ highs
	lower := (low7 + ones*(0x80-'a')) &^ (low7 + ones*(0x80-'z'-1)) &^ xd & highs
	return diff>>8 == 0 || lower&m>>8 == 0
}

// shortIndex8 is shortIndex for the n <= shortLen lower-case letters in
// the low bytes of x: the low five bits of each (bytes past n count 0).
func shortIndex8(x uint64, n int) int {
	y := x & (1<<(8*n) - 1) & 0x1f1f1f
	return int(y&0x1f | y>>3&0x3e0 | y>>6&0x7c00)
}

// hash8 is wordHash for the word of n bytes (1 <= n <= 8) in the low bytes
// of x (TestHash8 checks they agree).
func hash8(x uint64, n int) (uint64, uint64) {
	var v uint64
	if n >= 4 {
		v = uint64(uint32(x)) | x>>(8*(n-4))<<32
	} else {
		v = x&0xff | (x>>(8*(n/2))&0xff)<<8 | (x>>(8*(n-1))&0xff)<<16
	}
	h := (uint64(n)*0x9e3779b97f4a7c15 ^ v) * 0xc4ceb9fe1a85ec53
	return h ^ h>>29, v
}

// wordRun8 counts the leading bytes of x (lowered text, little-endian)
// that are ASCII lower-case letters or digits: the bytes byteClass marks.
func wordRun8(x uint64) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	low7 := x &^ highs
	geA := low7 + ones*(0x80-'a')
	gtZ := low7 + ones*(0x80-'z'-1)
	word := ((geA &^ gtZ) | digits8(x)) &^ x & highs
	return bits.TrailingZeros64(^word&highs) >> 3
}

// digits8 has the high bit of each byte of x that is an ASCII digit
// (other bits are garbage: callers mask the high bits).
func digits8(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	low7 := x &^ highs
	ge0 := low7 + ones*(0x80-'0')
	gt9 := low7 + ones*(0x80-'9'-1)
	return (ge0 &^ gt9) &^ x & highs
}
