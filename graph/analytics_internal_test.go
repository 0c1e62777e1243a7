package graph

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ExposureStatement and DependencyStatement hand the raw analytics Cypher
// and its parameters to the benchmark in package graph_test.
func ExposureStatement(q ExposureQuery) (string, map[string]any) {
	return exposureCypher, exposureParams(q)
}

func DependencyStatement(q DependencyQuery) (string, map[string]any, error) {
	return dependencyQuery(q)
}

func TestAmountRange(t *testing.T) {
	r := amountRange(100, "approx")
	assert.InDelta(t, 90, r.Low, 1e-9)
	require.NotNil(t, r.High)
	assert.InDelta(t, 110, *r.High, 1e-9)
	r = amountRange(100, "at_least")
	assert.Equal(t, 100.0, r.Low)
	assert.Nil(t, r.High)
	r = amountRange(100, "up_to")
	assert.Equal(t, 0.0, r.Low)
	assert.Equal(t, 100.0, *r.High)
	r = amountRange(100, "")
	assert.Equal(t, 100.0, r.Low)
	assert.Equal(t, 100.0, *r.High)
}

func TestShareOfRanges(t *testing.T) {
	spend := amountRange(240e6, "approx")
	rev := amountRange(1e9, "exact")
	s := shareOf(&spend, &rev)
	require.NotNil(t, s)
	assert.InDelta(t, 24, s.Value, 1e-9)
	assert.InDelta(t, 21.6, s.Low, 1e-9)
	assert.InDelta(t, 26.4, *s.High, 1e-9)

	open := amountRange(1e9, "at_least")
	s = shareOf(&spend, &open)
	assert.Equal(t, 0.0, s.Low, "revenue with no upper bound: share down to 0")
	assert.InDelta(t, 26.4, *s.High, 1e-9)

	least := amountRange(12e6, "at_least")
	sum := addRanges(&spend, &least)
	assert.InDelta(t, 252e6, sum.Value, 1)
	assert.Nil(t, sum.High)
	assert.Nil(t, shareOf(&spend, nil))
	zero := amountRange(0, "")
	assert.Nil(t, shareOf(&spend, &zero))
}

func TestClaimRanking(t *testing.T) {
	march := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	jan := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	cs := []Claim{
		{ID: "old", ValidFrom: &jan},
		{ID: "forecast", ValidFrom: &march, Forecast: true},
		{ID: "new", ValidFrom: &march},
		{ID: "analyst", Extractor: analystExtractor, ValidFrom: &jan},
	}
	sortClaims(cs)
	ids := []string{}
	for _, c := range cs {
		ids = append(ids, c.ID)
	}
	assert.Equal(t, []string{"analyst", "new", "old", "forecast"}, ids)
}

func TestDependencyQueryBounds(t *testing.T) {
	cypher, params, err := dependencyQuery(DependencyQuery{Of: "OpenAI", MaxDepth: 99, MaxPaths: 1e6})
	require.NoError(t, err)
	assert.Equal(t, depDown6, cypher, "depth is capped at 6, default direction DOWNSTREAM")
	assert.Equal(t, maxDepPaths, params["maxPaths"])
	cypher, _, err = dependencyQuery(DependencyQuery{Of: "OpenAI", Direction: "upstream"})
	require.NoError(t, err)
	assert.Equal(t, depUp4, cypher)
	assert.Contains(t, cypher, "{1,4}")
}
