package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
)

const callHead = "Harbor Semiconductor Inc. (HRBR) Q1 2025 Earnings Call Transcript\n\n"

// An executive's speaker tag names the title; the company is the call's.
func TestTranscriptTagLeads(t *testing.T) {
	assertRels(t, []relCase{
		{callHead + "Sarah Whitfield -- President and Chief Executive Officer\n\nThank you all for joining.", graph.Leads, "Sarah Whitfield", "Harbor Semiconductor"},
		{callHead + "Marco Ruiz - Executive Vice President and Chief Financial Officer\n\nRevenue rose.", graph.Leads, "Marco Ruiz", "Harbor Semiconductor"},
		{callHead + "Elena Kato — Founder, Chair and Chief Executive Officer\n\nThanks.", graph.Leads, "Elena Kato", "Harbor Semiconductor"},
	})
	out := run(t, callHead+"Marco Ruiz -- Chief Financial Officer\n\nThanks.", "2025-05-01")
	if r := hasRel(out, graph.Leads, "Marco Ruiz", "Harbor Semiconductor"); assert.NotNil(t, r) {
		assert.Equal(t, "Chief Financial Officer", r.Role)
	}
}

// An analyst's tag and the operator's line give no fact about the
// analyst's firm, and "Operator" is no product.
func TestTranscriptAnalystTag(t *testing.T) {
	text := callHead + "Operator: Our next question comes from Vivek Arya with Bank of America.\n\n" +
		"Vivek Arya -- Bank of America -- Analyst\n\nThanks for taking my question.\n\n" +
		"Sarah Whitfield -- Chief Executive Officer\n\nWe signed a supply agreement with SK Hynix."
	out := run(t, text, "2025-05-01")
	assert.Equal(t, graph.EntityType(""), entType(out, "Operator"))
	assert.NotNil(t, hasRel(out, graph.CustomerOf, "Harbor Semiconductor", "SK Hynix"))
	for _, r := range out.Relations {
		assert.NotEqual(t, "Bank of America", r.Object, "%+v", r)
		assert.NotEqual(t, "Bank of America", r.Subject, "%+v", r)
	}
}

// A question asks and states nothing; its opening auxiliary is no name.
func TestTranscriptQuestions(t *testing.T) {
	refuteRels(t, []relCase{
		{callHead + "Has Samsung qualified as an HBM supplier to Harbor Semiconductor?", graph.CustomerOf, "Harbor Semiconductor", "Samsung"},
		{callHead + "Does Harbor Semiconductor compete with Broadcom in custom chips?", graph.CompetesWith, "Harbor Semiconductor", "Broadcom"},
		{"Will Oracle buy more Blackwell systems from Nvidia?", graph.CustomerOf, "Oracle", "Nvidia"},
		{"How much did Nvidia pay for Mellanox?", graph.Acquires, "Nvidia", "Mellanox"},
	})
	out := run(t, "Can you talk about the partnership with Foxconn? Will Oracle expand?", "2025-05-01")
	assert.Equal(t, graph.EntityType(""), entType(out, "Can"))
	assert.Equal(t, graph.EntityType(""), entType(out, "Will Oracle"))
	assert.Equal(t, graph.Org, entType(out, "Oracle"))
}

// The safe-harbor notice lists deals as examples; it states none.
func TestTranscriptSafeHarbor(t *testing.T) {
	refuteRels(t, []relCase{
		{callHead + "Today's discussion contains forward-looking statements, including statements about our acquisition of Lumen Optics and our supply agreements with TSMC.", graph.Acquires, "Harbor Semiconductor", "Lumen Optics"},
		{callHead + "Our forward-looking statements include our supply agreements with TSMC.", graph.CustomerOf, "Harbor Semiconductor", "TSMC"},
	})
	assertRels(t, []relCase{
		{callHead + "Our forward-looking statements are in our filings. We completed the acquisition of Lumen Optics.", graph.Acquires, "Harbor Semiconductor", "Lumen Optics"},
	})
}
