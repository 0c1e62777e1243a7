package extract

import (
	"bytes"
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
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c == '&' || c == '\'' {
			return normNameSlow(s)
		}
	}
	var buf [64]byte
	b := buf[:0]
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			b = append(b, c+32)
		case isLetter(c) || isDigit(c) || c == '_' || c == '+' || c == '-':
			b = append(b, c)
		case len(b) > 0 && b[len(b)-1] != ' ':
			b = append(b, ' ')
		}
	}
	if len(b) > 0 && b[len(b)-1] == ' ' {
		b = b[:len(b)-1]
	}
	if string(b) == "the" {
		return ""
	}
	if len(b) > 4 && string(b[:4]) == "the " {
		b = b[4:]
	}
	for {
		k := bytes.LastIndexByte(b, ' ')
		if k < 0 || !legalSuffixes[string(b[k+1:])] {
			break
		}
		b = b[:k]
	}
	return string(b)
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
		s = strings.TrimRight(s[:i], ", ")
	}
}
