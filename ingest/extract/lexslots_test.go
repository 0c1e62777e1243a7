package extract

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLexSlots: a slot set for one document is gone after reset, also
// when the stamp wraps around, and an entry past maxLexSlots is not kept.
func TestLexSlots(t *testing.T) {
	var l lexSlots
	_, ok := l.get(3)
	assert.False(t, ok)
	l.set(3, 7)
	i, ok := l.get(3)
	assert.True(t, ok)
	assert.Equal(t, 7, i)
	l.reset()
	_, ok = l.get(3)
	assert.False(t, ok)
	l.stamp = math.MaxUint32 - 1
	l.set(3, 9)
	l.reset() // wraps: cleared
	_, ok = l.get(3)
	assert.False(t, ok)
	l.set(maxLexSlots, 1)
	_, ok = l.get(maxLexSlots)
	assert.False(t, ok)
}
