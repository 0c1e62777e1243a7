package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBuyerPaid: a price told in the next sentence by the buyer ("It paid
// $3 million.") is the deal's amount; a payment for another purpose is not.
func TestBuyerPaid(t *testing.T) {
	cases := map[string]float64{
		"Zeta bought Omega Corp. It paid $3 million in cash.":                             3e6,
		"Acme acquired Beta last year. Acme will pay about $40 million for it.":           40e6,
		"Rhodia Corp agreed to buy Sigmax Inc. The company has agreed to pay $9 billion.": 9e9,
		"Gamma bought Delta. It paid $5 million in dividends.":                            0,
		"Kappa bought Lambda. Omega paid $2 million.":                                     0,
		"Vexa Corp bought Norvo Inc. It paid $2 per share to holders.":                    0,
	}
	for text, want := range cases {
		out := run(t, text, "2024-06-05")
		r := out.Relations
		require.NotEmpty(t, r, text)
		var got float64
		for _, rel := range r {
			if rel.Type == graph.Acquires && rel.Amount != nil {
				got = rel.Amount.Value
			}
		}
		assert.Equal(t, want, got, "%s: %+v", text, r)
	}
}
