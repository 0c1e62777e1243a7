package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// TestOnlyNewlines: the block test of looksBinary agrees with countCtrl
// on every byte value at every position, and on random words.
func TestOnlyNewlines(t *testing.T) {
	ref := func(b []byte) bool {
		for _, c := range b {
			if c < 0x20 && c != '\n' {
				return false
			}
		}
		return true
	}
	var b [16]byte
	for pos := 0; pos < 16; pos++ {
		for c := 0; c < 256; c++ {
			for k := range b {
				b[k] = "ab\n"[k%3]
			}
			b[pos] = byte(c)
			if got, want := onlyNewlines(load64(string(b[:])), load64(string(b[8:]))), ref(b[:]); got != want {
				t.Fatalf("byte %#x at %d: %v, want %v", c, pos, got, want)
			}
		}
	}
	r := rand.New(rand.NewSource(1))
	pool := []byte{0, 1, '\t', '\n', '\f', '\r', 0x1f, 0x20, 0x7f, 0x80, 0x8a, 0xff, 'a', 0x0b}
	for n := 0; n < 200000; n++ {
		for k := range b {
			if r.Intn(2) == 0 {
				b[k] = pool[r.Intn(len(pool))]
			} else {
				b[k] = byte(r.Intn(256))
			}
		}
		if got, want := onlyNewlines(load64(string(b[:])), load64(string(b[8:]))), ref(b[:]); got != want {
			t.Fatalf("%q: %v, want %v", b, got, want)
		}
	}
}

// TestLooksBinaryNUL: a NUL byte anywhere in the first 8 KiB makes a text
// binary, in a four-word block or in the tail, and none after.
func TestLooksBinaryNUL(t *testing.T) {
	for _, n := range []int{1, 7, 8, 31, 32, 33, 64, 95, 100, 8191, 8192, 8200} {
		for pos := 0; pos < n; pos++ {
			if n > 200 && pos > 40 && pos < n-40 && pos%97 != 0 {
				continue
			}
			b := []byte(strings.Repeat("Plain text.\n", n/12+1))[:n]
			b[pos] = 0
			if got, want := looksBinary(string(b)), looksBinarySlow(string(b)); got != want {
				t.Fatalf("n=%d NUL at %d: %v, want %v", n, pos, got, want)
			}
		}
	}
}
