package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNormNameFastMatchesSlow(t *testing.T) {
	for _, s := range []string{"Microsoft Corp.", "The Walt Disney Co.", "the", "The", "Alphabet Inc", "GPT-4 Turbo",
		"  Acme   Cloud  Holdings Group ", "Inc", "X.ai", "C++ Labs", "Foo_Bar", "the group", "Apple Inc., ", "T-Mobile US"} {
		assert.Equal(t, normNameSlow(s), normName(s), s)
	}
}
