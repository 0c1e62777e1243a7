package extract

import (
	"unicode"
	"unicode/utf8"
)

// Capitalised words: the first test of every name candidate (findMentions).

// capLike: "Apple", "iPhone", "eBay", "DALL-E". Most words are lower-case
// ASCII, settled by their flags; small enough to inline, it takes a pointer
// (the hot loops call it for every token).
func capLike(t *token) bool {
	if t.cap {
		return true
	}
	if t.kind != tWord || t.flags&(tfUpper|tfNonASCII) == 0 {
		return false // no capital anywhere (a one-byte capital is t.cap)
	}
	return capLikeScan(t)
}

// capLikeScan: one byte scan settles ASCII words; other words take capLikeSlow.
func capLikeScan(t *token) bool {
	for i := 1; i < len(t.s); i++ {
		c := t.s[i]
		if c >= utf8.RuneSelf {
			return capLikeSlow(*t)
		}
		if c-'A' < 26 {
			return t.s[0]-'a' < 26
		}
	}
	return false
}

func capLikeSlow(t token) bool {
	if t.s == t.low && isASCII(t.s) {
		return false // no capital anywhere
	}
	for _, r := range t.s[1:] {
		if unicode.IsUpper(r) {
			return t.s[0] >= 'a' && t.s[0] <= 'z'
		}
	}
	return false
}
