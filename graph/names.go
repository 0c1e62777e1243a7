package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strings"
	"unicode"
)

// legalSuffixes are words dropped from the end of a name when comparing
// names ("Microsoft Corp." is "Microsoft"). The set follows eval/score.py.
var legalSuffixes = map[string]bool{
	"inc": true, "incorporated": true, "corp": true, "corporation": true,
	"co": true, "company": true, "ltd": true, "limited": true, "llc": true,
	"plc": true, "ag": true, "sa": true, "nv": true, "se": true, "gmbh": true,
	"group": true, "holdings": true, "lp": true, "llp": true, "bv": true,
}

// quoteFolder turns typographic quotes into plain ones.
var quoteFolder = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`, "\u00a0", " ")

// NormalizeName folds a surface form to the key names are compared by: lower
// case, typographic quotes folded, "&" read as "and", possessive 's dropped,
// punctuation other than + and - dropped, a leading "the" and trailing legal
// suffixes (Inc, Corp, Ltd, GmbH, Group, ...) removed, spaces collapsed.
func NormalizeName(s string) string {
	s = strings.ToLower(quoteFolder.Replace(s))
	s = strings.ReplaceAll(s, "&", " and ")
	s = dropPossessives(s)
	words := strings.Fields(strings.Map(foldPunct, s))
	if len(words) > 1 && words[0] == "the" {
		words = words[1:]
	}
	for len(words) > 1 && legalSuffixes[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ")
}

// foldPunct keeps letters, digits, '+', '-' and spaces; anything else is a space.
func foldPunct(r rune) rune {
	if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '+' || r == '-' {
		return r
	}
	return ' '
}

// dropPossessives removes "'s" at the end of a word ("Microsoft's" -> "Microsoft").
func dropPossessives(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		if rs[i] == '\'' && i+1 < len(rs) && rs[i+1] == 's' && (i+2 == len(rs) || !isWordRune(rs[i+2])) {
			i++
			continue
		}
		b.WriteRune(rs[i])
	}
	return b.String()
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }

// CanonicalName is the display form of a declared name: quotes folded,
// spaces collapsed and trailing legal suffixes removed ("Microsoft Corp." ->
// "Microsoft"), keeping the writer's case.
func CanonicalName(s string) string {
	words := strings.Fields(quoteFolder.Replace(s))
	for len(words) > 1 && isLegalSuffix(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	return strings.TrimRight(strings.Join(words, " "), ", ")
}

// isLegalSuffix reports whether a written word ("Corp.", "Inc,") is a legal suffix.
func isLegalSuffix(w string) bool {
	return legalSuffixes[strings.ToLower(strings.Trim(w, ".,"))]
}

// NameKey is the key of a (:Name) node: the entity type and the normalised
// surface form. Types are part of the key, so a PRODUCT never resolves to
// an ORG of the same name.
func NameKey(t EntityType, surface string) string {
	return strings.ToLower(string(t)) + ":" + NormalizeName(surface)
}

// EntityID is the stable id of an entity: its type and a slug of its
// normalised canonical name ("org:microsoft", "product:azure-openai-service").
func EntityID(t EntityType, name string) string {
	return strings.ToLower(string(t)) + ":" + slug(name)
}

// slug is the normalised name with every run of other characters turned
// into one "-"; a name with no letters or digits gets a hash.
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range NormalizeName(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '+' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		sum := sha256.Sum256([]byte(name))
		return "x" + hex.EncodeToString(sum[:6])
	}
	return b.String()
}

// ArticleID is "a:" + 16 hex of sha256 of the canonical URL, or of the
// content hash when there is no URL.
func ArticleID(canonicalURL, contentHash string) string {
	if canonicalURL != "" {
		return "a:" + shortHash(canonicalURL)
	}
	return "a:" + shortHash(contentHash)
}

// ContentHash is the sha256 (hex) of the text with white space collapsed.
func ContentHash(text string) string {
	sum := sha256.Sum256([]byte(strings.Join(strings.Fields(text), " ")))
	return hex.EncodeToString(sum[:])
}

// CanonicalURL lower-cases scheme and host, drops the fragment, default
// ports and tracking parameters (utm_*, fbclid, gclid) and sorts the query.
func CanonicalURL(raw string) (string, error) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return "", nil
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", err
	}
	u.Scheme, u.Host, u.Fragment, u.RawFragment = strings.ToLower(u.Scheme), strings.ToLower(u.Host), "", ""
	if p := u.Port(); (u.Scheme == "http" && p == "80") || (u.Scheme == "https" && p == "443") {
		u.Host = u.Hostname()
	}
	q := u.Query()
	for k := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || lk == "fbclid" || lk == "gclid" {
			q.Del(k)
		}
	}
	u.RawQuery = q.Encode()
	if u.Path == "" {
		u.Path = "/"
	}
	return u.String(), nil
}
