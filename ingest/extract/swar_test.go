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
