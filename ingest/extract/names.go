package extract

import (
	"strings"
	"unicode"
)

// legalSuffixes are dropped from the end of a normalised name.
var legalSuffixes = map[string]bool{
	"inc": true, "incorporated": true, "corp": true, "corporation": true, "co": true,
	"company": true, "ltd": true, "limited": true, "llc": true, "plc": true, "ag": true,
	"sa": true, "nv": true, "se": true, "gmbh": true, "group": true, "holdings": true,
}

// normName folds a surface form for matching: lower case, no possessive, no
// punctuation, no leading "the", no trailing legal suffix ("Microsoft Corp." ->
// "microsoft").
func normName(s string) string {
	p, q, ok := foldSpan(s)
	if !ok {
		return normNameSlow(s)
	}
	if p == q || lowerOnly(s[p:q]) {
		return trimName(s[p:q]) // already folded: no copy
	}
	var buf [64]byte
	b := buf[:0]
	for i := p; i < q; i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			b = append(b, c+32)
		case nameByte(c):
			b = append(b, c)
		case b[len(b)-1] != ' ':
			b = append(b, ' ')
		}
	}
	return trimName(string(b))
}

// normNameLow is normName(s) for low, the ASCII-lowered copy of s: most
// names fold to a stretch of low itself, cut out instead of built. One
// pass finds the kept bytes [p, q) and the first byte after p that is
// neither kept nor a single space after a kept byte (bad).
func normNameLow(s, low string) string {
	p, q, bad := -1, 0, len(s)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case nameBytes[c]:
			if p < 0 {
				p = i
			}
			q = i + 1
		case c >= 0x80 || c == '&' || c == '\'':
			return normNameSlow(s)
		case p >= 0 && bad == len(s) && (c != ' ' || !nameBytes[s[i-1]]):
			bad = i
		}
	}
	switch {
	case p < 0:
		return ""
	case bad < q:
		return normName(s) // punctuation or spaces to fold inside
	}
	return trimName(low[p:q])
}

// foldSpan returns the bytes [p, q) of s from its first to its last kept
// byte (normName drops the rest); ok is false when s needs normNameSlow.
func foldSpan(s string) (p, q int, ok bool) {
	p, q = len(s), len(s)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c == '&' || c == '\'' {
			return 0, 0, false
		}
		if nameByte(c) {
			p = min(p, i)
			q = i + 1
		}
	}
	return p, q, true
}

// nameByte: an ASCII byte normName keeps (letters are lowered).
func nameByte(c byte) bool { return nameBytes[c] }

// nameBytes is the table of nameByte, filled once.
var nameBytes = func() (t [256]bool) {
	for c := 0; c < 128; c++ {
		b := byte(c)
		t[c] = isLetter(b) || isDigit(b) || b == '_' || b == '+' || b == '-'
	}
	return t
}()

// clean: every byte of s (which starts with a kept byte) is kept, but for
// single spaces between words, so that s folds to its lowered self.
func clean(s string) bool {
	for i := 0; i < len(s); i++ {
		if !nameByte(s[i]) && (s[i] != ' ' || s[i-1] == ' ') {
			return false
		}
	}
	return true
}

// lowerOnly: s is clean and has no capital.
func lowerOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i]-'A' < 26 {
			return false
		}
	}
	return clean(s)
}

// trimName drops a leading "the" and trailing legal suffixes from a
// folded name.
func trimName(b string) string {
	if b == "the" {
		return ""
	}
	if len(b) > 4 && b[:4] == "the " {
		b = b[4:]
	}
	for {
		k := strings.LastIndexByte(b, ' ')
		if k < 0 || !suffixGate.may(b[k+1:]) || !legalSuffixes[b[k+1:]] { // wordgate.go
			return b
		}
		b = b[:k]
	}
}

// normNameSlow is normName for text with non-ASCII letters, '&' or quotes.
func normNameSlow(s string) string {
	s = strings.ReplaceAll(strings.ToLower(s), "&", " and ")
	s = strings.ReplaceAll(s, "’", "'")
	s = strings.ReplaceAll(s, "'s ", " ")
	s = strings.TrimSuffix(s, "'s")
	words := strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '+' || r == '-')
	})
	if len(words) > 0 && words[0] == "the" {
		words = words[1:]
	}
	for len(words) > 1 && legalSuffixes[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ")
}

// plainName drops a trailing legal suffix from a surface form, keeping case:
// "Broadcom Inc." -> "Broadcom".
func plainName(s string, isSuffix func(string) bool) string {
	s = strings.TrimSpace(s)
	for {
		i := strings.LastIndexByte(s, ' ')
		if i < 0 {
			return s
		}
		last := strings.TrimSuffix(strings.TrimRight(s[i+1:], "."), ",")
		if !isSuffix(last) {
			return strings.TrimRight(s, ", ")
		}
		s = strings.TrimRight(s[:i], ", &") // "Tiffany & Co." is Tiffany
	}
}
