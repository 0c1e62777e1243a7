package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
)

// TestParticipleCompoundsAreNoNames: "AI-powered", "Nvidia-designed" and
// "San Francisco-based" describe something else; none is an entity.
func TestParticipleCompoundsAreNoNames(t *testing.T) {
	for text, not := range map[string]string{
		"Zeta Labs rents AI-powered servers from Oracle.":                 "AI-powered",
		"Zeta Labs buys Nvidia-designed chips from Dell.":                 "Nvidia-designed",
		"Zeta Labs, a San Francisco-based startup, competes with Google.": "San Francisco-based",
		"The New Delhi-headquartered firm signed a deal with Infosys.":    "New Delhi-headquartered",
	} {
		out := run(t, text, "2024-06-05")
		for _, e := range out.Entities {
			assert.NotEqual(t, not, e.Name, "%s: %+v", text, out.Entities)
		}
	}
	assert.True(t, participleCompound("Nvidia-powered"))
	for _, name := range []string{"Hewlett-Packard", "Rolls-Royce", "T-Mobile", "Coca-Cola", "AI-first"} {
		assert.False(t, participleCompound(name), name)
	}
	out := run(t, "Hewlett-Packard and Rolls-Royce signed a supply deal.", "2024-06-05")
	assert.Len(t, out.Entities, 2, "%+v", out.Entities)
}

// TestPlaceAdjectiveDescription: "the Austin-based company" refers back like
// "the company" does.
func TestPlaceAdjectiveDescription(t *testing.T) {
	assertRels(t, []relCase{
		{"Zeta Labs makes chips. The Austin-based company competes with Nvidia.", graph.CompetesWith, "Zeta Labs", "Nvidia"},
		{"Zeta Labs makes chips. The San Francisco-based company competes with Nvidia.", graph.CompetesWith, "Zeta Labs", "Nvidia"},
	})
}

// TestRoundThenTime: a time between the round and "led by" ("its latest
// funding round in December, led by A") keeps A the investor; A is never the
// investee.
func TestRoundThenTime(t *testing.T) {
	assertRels(t, []relCase{
		{"Zeta Labs was valued at $9 billion in its latest funding round in December, led by Accel.", graph.InvestsIn, "Accel", "Zeta Labs"},
		{"Zeta Labs raised $500 million in a round in March led by Accel and Nvidia.", graph.InvestsIn, "Nvidia", "Zeta Labs"},
		{"Amazon invested $2 billion in 2023 in Zeta Labs.", graph.InvestsIn, "Amazon", "Zeta Labs"},
	})
	refuteRels(t, []relCase{
		{"Zeta Labs was valued at $9 billion in its latest funding round in December, led by Accel.", graph.InvestsIn, "Zeta Labs", "Accel"},
		{"Zeta Labs raised $500 million in its latest funding round in December, Accel said.", graph.InvestsIn, "Zeta Labs", "Accel"},
		{"Shares of Zeta Labs rose in December, led by Accel.", graph.InvestsIn, "Accel", "Zeta Labs"},
	})
}

// TestFormerAndPlannedCustomers: "previously relied on", "was previously a
// customer of" are former ties, "will rely on" a planned one.
func TestFormerAndPlannedCustomers(t *testing.T) {
	for text, want := range map[string]string{
		"Zeta Labs previously relied on Oracle for computing.": graph.StatusFormer,
		"Zeta Labs was previously a customer of Oracle.":       graph.StatusFormer,
		"Zeta Labs will rely on Oracle for computing.":         graph.StatusPlanned,
		"Zeta Labs relies on Oracle for computing.":            graph.StatusCurrent,
	} {
		r := hasRel(run(t, text, "2024-06-05"), graph.CustomerOf, "Zeta Labs", "Oracle")
		if assert.NotNil(t, r, text) {
			assert.Equal(t, want, r.Status, text)
		}
	}
}

// TestGazetteerNameWithBareSuffix: "Meta Platforms Inc" and "Taiwan
// Semiconductor Manufacturing Co (TSMC)" are the gazetteer's companies with
// a legal suffix written without its period, not new names.
func TestGazetteerNameWithBareSuffix(t *testing.T) {
	for text, n := range map[string]int{
		"Meta Platforms Inc reported a profit. Meta said demand was strong.":                     1,
		"Taiwan Semiconductor Manufacturing Co (TSMC) reported a profit. TSMC said demand rose.": 1,
		"Lumen Grid Inc reported a profit.":                                                      1,
	} {
		out := run(t, text, "2025-03-25")
		assert.Len(t, out.Entities, n, "%s: %+v", text, out.Entities)
	}
}
