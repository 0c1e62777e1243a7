package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
)

// TestSharedSubjectAfterBut: a verb right after "but" keeps the subject of
// the clause before; "and uses Y" is not a list of the subject's products;
// "according to TITLE P" speaks for the clause's own company, not for a
// possessor named in it.
func TestSharedSubjectAfterBut(t *testing.T) {
	assertRels(t, []relCase{
		{"Workday builds its own models but uses Google's Gemini.", graph.Uses, "Workday", "Gemini"},
		{"Workday builds its own models but also buys chips from Nvidia.", graph.CustomerOf, "Workday", "Nvidia"},
		{"Workday is taking a different path. It builds its own models but uses Google's Gemini, according to Chief Technology Officer Jim Stratton.",
			graph.Leads, "Jim Stratton", "Workday"},
	})
	refuteRels(t, []relCase{
		{"Workday builds its own models and uses Gemini.", graph.Offers, "Workday", "Gemini"},
		{"Workday is taking a different path. It builds its own models but uses Google's Gemini, according to Chief Technology Officer Jim Stratton.",
			graph.Leads, "Jim Stratton", "Google"},
		{"Intel rose, but Dell buys chips from Nvidia.", graph.CustomerOf, "Intel", "Nvidia"},
	})
}

// TestLooseAmounts: "$30 billion-a-year" is thirty billion a year,
// "$2bn-plus" at least two billion, "several million dollars" at least two
// million.
func TestLooseAmounts(t *testing.T) {
	cases := []struct {
		text         string
		value        float64
		period, qual string
	}{
		{"Oracle signed a $30 billion-a-year cloud contract with OpenAI.", 30e9, "year", "exact"},
		{"Oracle signed a $30bn-a-year cloud contract with OpenAI.", 30e9, "year", "exact"},
		{"Zeta Labs pays Oracle $5 million-a-month for servers.", 5e6, "month", "exact"},
		{"Zeta Labs bought Omega Labs for $2 billion-plus.", 2e9, "once", "at_least"},
		{"Morgan Stanley pays OpenAI several million dollars a year.", 2e6, "year", "at_least"},
		{"Zeta Labs pays Oracle a few million dollars a month.", 2e6, "month", "at_least"},
	}
	for _, c := range cases {
		out := run(t, c.text, "2025-06-10")
		if assert.NotEmpty(t, out.Relations, c.text) && assert.NotNil(t, out.Relations[0].Amount, c.text) {
			a := out.Relations[0].Amount
			assert.Equal(t, c.value, a.Value, c.text)
			assert.Equal(t, c.period, a.Period, c.text)
			assert.Equal(t, c.qual, a.Qualifier, c.text)
		}
	}
}

// TestPaidToAcquire: "paid $N to acquire Y" is the deal's price, not a
// payment to a supplier.
func TestPaidToAcquire(t *testing.T) {
	text := "ServiceNow paid about $2.9 billion to acquire Moveworks, an AI assistant startup, in March."
	assertRels(t, []relCase{{text, graph.Acquires, "ServiceNow", "Moveworks"},
		{"Zeta Labs paid $5 million to Oracle for servers.", graph.CustomerOf, "Zeta Labs", "Oracle"}})
	refuteRels(t, []relCase{{text, graph.CustomerOf, "ServiceNow", "Moveworks"}})
}
