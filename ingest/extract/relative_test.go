package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
)

// TestRelativeClauseInSubject: in "X's cloud business, which sells to A and
// B, generated N", the amount and time after the clause belong to the main
// verb: the metric is X's, and the clause's sales carry neither.
func TestRelativeClauseInSubject(t *testing.T) {
	text := "Baidu's cloud business, which sells computing power to companies including Xiaomi and Geely, generated 4.7 billion yuan in revenue in the third quarter."
	out := run(t, text, "2024-11-15")
	if assert.Len(t, out.Metrics, 1, "%+v", out.Metrics) {
		assert.Equal(t, "Baidu", out.Metrics[0].Subject)
	}
	for _, buyer := range []string{"Xiaomi", "Geely"} {
		if r := hasRel(out, graph.CustomerOf, buyer, "Baidu"); assert.NotNil(t, r, buyer) {
			assert.Nil(t, r.Amount, buyer)
			assert.NotEqual(t, "2024-Q3", r.Time, buyer)
		}
	}
	out = run(t, "Zeta Labs, which pays Oracle $5 million a month, raised money.", "2024-11-15")
	if r := hasRel(out, graph.CustomerOf, "Zeta Labs", "Oracle"); assert.NotNil(t, r) && assert.NotNil(t, r.Amount) {
		assert.Equal(t, 5e6, r.Amount.Value, "an amount inside the clause stays the clause's")
	}
}

// TestAppositionSubject: the subject of the verb after an apposition is
// the name before it ("Nvidia, a rival of AMD, buys ..."), and "X, the
// owner of Y and Z," makes Y and Z X's subsidiaries.
func TestAppositionSubject(t *testing.T) {
	assertRels(t, []relCase{
		{"Nvidia, a rival of AMD, buys memory from SK Hynix.", graph.CustomerOf, "Nvidia", "SK Hynix"},
		{"ByteDance, the owner of TikTok, is Baidu's main competitor in chatbots.", graph.CompetesWith, "ByteDance", "Baidu"},
		{"Meta, the owner of Instagram and WhatsApp, sued the regulator.", graph.SubsidiaryOf, "WhatsApp", "Meta"},
		{"Alphabet, the parent of Google, reported revenue.", graph.SubsidiaryOf, "Google", "Alphabet"},
	})
	refuteRels(t, []relCase{
		{"Nvidia, a rival of AMD, buys memory from SK Hynix.", graph.CustomerOf, "AMD", "SK Hynix"},
		{"ByteDance, the owner of TikTok, is Baidu's main competitor in chatbots.", graph.CompetesWith, "TikTok", "Baidu"},
	})
}
