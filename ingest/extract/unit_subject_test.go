package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A possessed unit before the verb speaks for its owner, and "it" or "its"
// after ", and" opens a clause of the sentence's subject (rel_unit_subject.go).
func TestUnitSubjectAfterAnd(t *testing.T) {
	assertRels(t, []relCase{
		{"Castor Labs bought Brindle Soft in 2023, and its chip business now counts Halden Systems and Zenta among its customers.", graph.CustomerOf, "Zenta", "Castor Labs"},
		{"Castor Labs makes chips. The company bought Brindle Soft in 2023, and its custom AI chip business now counts Halden Systems among its customers.", graph.CustomerOf, "Halden Systems", "Castor Labs"},
		{"Since Zenta quit the market, Castor Labs' chip unit supplies Halden Systems.", graph.CustomerOf, "Halden Systems", "Castor Labs"},
		{"Unlike Zenta, Castor Labs' chip business sells servers to Halden Systems.", graph.CustomerOf, "Halden Systems", "Castor Labs"},
	})
	refuteRels(t, []relCase{
		{"Castor Labs bought Brindle Soft in 2023, and its chip business now counts Halden Systems and Zenta among its customers.", graph.CustomerOf, "Zenta", "Brindle Soft"},
		{"Castor Labs bought Brindle Soft in 2023, and its chip business now counts Halden Systems and Zenta among its customers.", graph.CustomerOf, "Halden Systems", "Zenta"},
		{"Since Zenta quit the market, Castor Labs' chip unit supplies Halden Systems.", graph.CustomerOf, "Halden Systems", "Zenta"},
	})
}

// A time in the first clause does not date the clause that ", and it" or
// ", and its unit" opens.
func TestPronounClauseTime(t *testing.T) {
	for _, text := range []string{
		"Castor Labs bought Brindle Soft in 2021, and it now counts Halden Systems among its customers.",
		"Castor Labs bought Brindle Soft in 2021, and its chip unit now counts Halden Systems among its customers.",
	} {
		out := run(t, text, "2024-06-05")
		r := hasRel(out, graph.CustomerOf, "Halden Systems", "Castor Labs")
		require.NotNil(t, r, text)
		assert.NotEqual(t, "2021", r.Time, text)
		acq := hasRel(out, graph.Acquires, "Castor Labs", "Brindle Soft")
		require.NotNil(t, acq, text)
		assert.Equal(t, "2021", acq.Time, text)
	}
}
