package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
)

// TestConditionalAndFailedDeals: conditions, open questions, past
// considerations and failed bids state no deal; a closed one does.
func TestConditionalAndFailedDeals(t *testing.T) {
	refuteRels(t, []relCase{
		{"If Qualcomm buys Intel, regulators will look closely.", graph.Acquires, "Qualcomm", "Intel"},
		{"Apple declined to comment on whether it would invest in OpenAI.", graph.InvestsIn, "Apple", "OpenAI"},
		{"Qualcomm's bid for Intel was rejected.", graph.Acquires, "Qualcomm", "Intel"},
		{"Qualcomm once considered buying Intel.", graph.Acquires, "Qualcomm", "Intel"},
		{"Nvidia's proposed takeover of Arm collapsed in 2022.", graph.Acquires, "Nvidia", "Arm"},
	})
	assertRels(t, []relCase{
		{"Even if sales fall, Apple buys chips from TSMC.", graph.CustomerOf, "Apple", "TSMC"},
		{"Microsoft's acquisition of Activision Blizzard closed in October.", graph.Acquires, "Microsoft", "Activision Blizzard"},
		{"If approved, the deal will lift sales. Cisco agreed to buy Splunk.", graph.Acquires, "Cisco", "Splunk"},
	})
}
