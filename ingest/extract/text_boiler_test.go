package extract

import (
	"strings"
	"testing"
)

// boilerplateRef is isBoilerplate without the first-byte index.
func boilerplateRef(line string) bool {
	if len(line) > 200 {
		return false
	}
	if c := line[0]; c == '*' || c == '_' || c == '!' {
		return markdownChrome(line) // the same markdown step, then the index again
	}
	for _, p := range boilerplatePrefixes {
		if len(line) >= len(p) && strings.EqualFold(line[:len(p)], p) {
			return true
		}
	}
	return len(line) <= 8 && shortChrome(line)
}

// TestBoilerplateIndex: the first-byte index (prefixesOf) never skips a
// prefix a line matches, whatever its case or first byte.
func TestBoilerplateIndex(t *testing.T) {
	var lines []string
	for _, p := range boilerplatePrefixes {
		for _, v := range []string{p, strings.ToUpper(p), strings.Title(p), p + " x", strings.ToUpper(p[:1]) + p[1:] + " y"} {
			lines = append(lines, v, "x"+v, v[:len(v)-1])
		}
	}
	for c := 0; c < 256; c++ {
		lines = append(lines, string(rune(c))+"dvertisement", string([]byte{byte(c)})+"ead more", string([]byte{byte(c)}))
	}
	lines = append(lines, "Share", "PRINT", "Tweet", "– Getty Images", "\u212aelvin", "ſign up")
	for _, l := range lines {
		if l == "" {
			continue
		}
		if got, want := isBoilerplate(l), boilerplateRef(l); got != want {
			t.Errorf("isBoilerplate(%q) = %v, want %v", l, got, want)
		}
	}
}
