package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// "a contract worth $N with Y": the amount between the deal noun and
// "with" (rel_deal_worth.go).
func TestContractWorthWith(t *testing.T) {
	for _, text := range []string{
		"CoreWeave signed a five-year contract worth $11.9 billion with Zenta Robotics in March.",
		"Zenta Robotics signed a five-year contract worth about $11.9 billion with CoreWeave in March.",
	} {
		out := run(t, text, "2024-06-05")
		r := hasRel(out, graph.CustomerOf, "Zenta Robotics", "CoreWeave")
		require.NotNil(t, r, text)
		require.NotNil(t, r.Amount, text)
		assert.InDelta(t, 11.9e9, r.Amount.Value, 1, text)
		assert.Equal(t, "2024-03", r.Time, text)
	}
}
