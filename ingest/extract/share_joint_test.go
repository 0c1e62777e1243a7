package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
)

// TestJointShare: a share stated for two customers together belongs to
// neither alone; with "each" or "respectively" every one holds its own;
// "making up N% of its sales" reads like "accounting for".
func TestJointShare(t *testing.T) {
	shareOf := func(text, cust, sup string) *float64 {
		r := hasRel(run(t, text, "2024-06-05"), graph.CustomerOf, cust, sup)
		if !assert.NotNil(t, r, "%s: %s", text, cust) {
			return nil
		}
		return r.SharePercent
	}
	together := "Meta and Microsoft together made up about 40% of Arista's sales last year."
	assert.Nil(t, shareOf(together, "Microsoft", "Arista"))
	assert.Nil(t, shareOf(together, "Meta", "Arista"))
	if v := shareOf("Meta and Microsoft each made up about 20% of Arista's sales last year.", "Meta", "Arista"); assert.NotNil(t, v) {
		assert.Equal(t, 20.0, *v)
	}
	if v := shareOf("Meta and Microsoft accounted for 25% and 15% of Arista's revenue, respectively.", "Microsoft", "Arista"); assert.NotNil(t, v) {
		assert.Equal(t, 15.0, *v)
	}
	if v := shareOf("Apple remains TSMC's largest customer, making up a quarter of its sales.", "Apple", "TSMC"); assert.NotNil(t, v) {
		assert.Equal(t, 25.0, *v)
	}
}
