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

// "a cloud agreement with Y worth more than $10 billion" (a qualifier
// before the amount), a list of sellers that ", and it ..." follows, and a
// product inside a description ("the Facebook owner") is no goods of the
// deal (worthAmount, objectList, productIn).
func TestWorthQualifierAndListBeforeClause(t *testing.T) {
	out := run(t, "Zenta Robotics has signed a cloud computing agreement with Castor Labs worth more than $10 billion over six years.", "2024-06-05")
	r := hasRel(out, graph.CustomerOf, "Zenta Robotics", "Castor Labs")
	require.NotNil(t, r, "%+v", out.Relations)
	require.NotNil(t, r.Amount)
	assert.InDelta(t, 10e9, r.Amount.Value, 1)
	assertRels(t, []relCase{
		{"Zenta Robotics already rents capacity from Castor Labs, Halden Systems and Korvel Cloud, and it plans to spend more.", graph.CustomerOf, "Zenta Robotics", "Korvel Cloud"},
	})
	out = run(t, "Meta Platforms has signed a cloud computing agreement with Castor Labs, as the Facebook owner races to secure capacity.", "2024-06-05")
	r = hasRel(out, graph.CustomerOf, "Meta Platforms", "Castor Labs")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.Empty(t, r.Product)
}
