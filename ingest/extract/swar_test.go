package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// lowerSlow is the byte-at-a-time definition lowerASCII must match.
func lowerSlow(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c-'A' < 26 {
			b[i] = c + 32
		}
	}
	return string(b)
}

func TestLowerASCIIEveryByte(t *testing.T) {
	var all []byte
	for c := 0; c < 256; c++ {
		all = append(all, byte(c))
	}
	for shift := 0; shift < 8; shift++ {
		s := strings.Repeat("x", shift) + string(all) + "ÀÉ Ünïcode ABCxyz@[`{"
		assert.Equal(t, lowerSlow(s), lowerASCII(s))
	}
	long := strings.Repeat("Orbital SYSTEMS Inc. ‘Quote’ 12%\n", 500)
	assert.Equal(t, lowerSlow(long), lowerASCII(long))
}

func TestHasCtrl8EveryByte(t *testing.T) {
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 8; pos++ {
			b := []byte("abcdefgh")
			b[pos] = byte(c)
			assert.Equal(t, c < 0x20, hasCtrl8(string(b)), "byte %#x at %d", c, pos)
		}
	}
}

// looksBinarySlow is looksBinary byte by byte.
func looksBinarySlow(s string) bool {
	head := s[:min(len(s), 8192)]
	ctrl := 0
	for i := 0; i < len(head); i++ {
		if c := head[i]; c == 0 {
			return true
		} else if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	return len(head) > 0 && ctrl*10 > len(head)
}

func TestLooksBinaryMatchesSlow(t *testing.T) {
	for n := 0; n < 9000; n += 37 {
		for _, ctrlEvery := range []int{0, 3, 9, 10, 11, 50} {
			b := []byte(strings.Repeat("Line one.\nAnd\ttwo\r\f", n/10+1))[:n]
			for i := range b {
				if ctrlEvery > 0 && i%ctrlEvery == ctrlEvery-1 {
					b[i] = 0x01 + byte(i%5)
				}
			}
			assert.Equal(t, looksBinarySlow(string(b)), looksBinary(string(b)), "n=%d every=%d", n, ctrlEvery)
		}
	}
}
