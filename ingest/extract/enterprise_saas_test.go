package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph"
)

// Enterprise software and SaaS news, second round: a host named after a
// vendor left, pronoun and relative owners of goods on a platform,
// contracts with software vendors, awarded agreements, cloud
// marketplaces, times of other events, airlines.

func TestMovedOffIsNoHedge(t *testing.T) {
	text := "Corvane Foods migrated off Oracle in 2023 and now runs its stores on Microsoft Azure."
	r := hasRel(run(t, text, "2025-06-10"), graph.CustomerOf, "Corvane Foods", "Microsoft")
	require.NotNil(t, r)
	assert.NotEqual(t, "2023", r.Time) // "now": the time of the earlier clause is the move's
	assertStatus(t, text, graph.CustomerOf, "Corvane Foods", "Oracle", graph.StatusFormer)
	refuteRels(t, []relCase{
		{"Norland Foods walked away from its planned takeover of Tarrow Snacks and now buys from Acme.", graph.Acquires, "Norland Foods", "Tarrow Snacks"},
	})
}

func TestGoodsOwnerPronounRunsOn(t *testing.T) {
	assertRels(t, []relCase{
		{"Brindle Analytics sells dashboards. Its reporting software runs on Google Cloud and AWS.", graph.CustomerOf, "Brindle Analytics", "AWS"},
		{"Payments startup Quillfin, whose lending app is built on top of Databricks, raised $40 million.", graph.CustomerOf, "Quillfin", "Databricks"},
	})
	refuteRels(t, []relCase{
		{"Brindle Analytics sells dashboards. Its software runs on Nvidia chips.", graph.CustomerOf, "Brindle Analytics", "Nvidia"},
		{"Halden Systems said its software runs on Google Cloud and Oracle's servers.", graph.CustomerOf, "Halden Systems", "Google Cloud"},
	})
}

func TestSoftwareVendorContracts(t *testing.T) {
	assertRels(t, []relCase{
		{"Albertsons has signed a seven-year contract with ServiceNow to modernize its IT help desk.", graph.CustomerOf, "Albertsons", "ServiceNow"},
		{"Workday signed a three-year contract with Hargrove Insurance.", graph.CustomerOf, "Hargrove Insurance", "Workday"},
		{"Brindle Foods signed an agreement with Tessel Labs to overhaul its ordering systems.", graph.CustomerOf, "Brindle Foods", "Tessel Labs"},
	})
	r := hasRel(run(t, "Kroger signed a seven-year, $1.2 billion contract with Palantir.", "2025-03-10"), graph.CustomerOf, "Kroger", "Palantir")
	if assert.NotNil(t, r) && assert.NotNil(t, r.Amount) {
		assert.Equal(t, 1.2e9, r.Amount.Value)
	}
	refuteRels(t, []relCase{
		{"Salesforce signed a contract with Oracle.", graph.CustomerOf, "Salesforce", "Oracle"},
		{"Salesforce signed a contract with Oracle.", graph.CustomerOf, "Oracle", "Salesforce"},
		{"Workday signed a three-year contract with Hargrove Insurance.", graph.CustomerOf, "Workday", "Hargrove Insurance"},
		{"Albertsons is in talks on a contract with ServiceNow to modernize its IT help desk.", graph.CustomerOf, "Albertsons", "ServiceNow"},
	})
}

func TestAwardedAgreement(t *testing.T) {
	out := run(t, "The Navy awarded Leidos a $300 million enterprise agreement on Monday.", "2025-06-10")
	r := hasRel(out, graph.CustomerOf, "Navy", "Leidos")
	if assert.NotNil(t, r) && assert.NotNil(t, r.Amount) {
		assert.Equal(t, 3e8, r.Amount.Value)
	}
	assertRels(t, []relCase{
		{"The Army awarded Anduril a ten-year, $2 billion task order.", graph.CustomerOf, "Army", "Anduril"},
	})
}

func TestCloudMarketplaces(t *testing.T) {
	text := "Quillfin's lending software is available via the AWS Marketplace and Microsoft's Azure Marketplace."
	assertRels(t, []relCase{
		{text, graph.PartnersWith, "Amazon Web Services", "Quillfin"},
		{text, graph.PartnersWith, "Microsoft", "Quillfin"},
		{"Quillfin is sold through the AWS Marketplace.", graph.PartnersWith, "Amazon Web Services", "Quillfin"},
	})
	assert.Equal(t, graph.Product, entType(run(t, "Quillfin is sold through the Azure Marketplace.", "2025-06-10"), "Azure Marketplace"))
}

func TestEventTimeDatesNoSwitch(t *testing.T) {
	r := hasRel(run(t, "Hollis Bank dropped Okta for Microsoft Entra after the March breach.", "2025-06-10"), graph.CustomerOf, "Hollis Bank", "Microsoft")
	require.NotNil(t, r)
	assert.NotEqual(t, "2025-03", r.Time)
}

func TestAirlinesAreCompanies(t *testing.T) {
	assert.Equal(t, graph.Org, entType(run(t, "Lufthansa cut its forecast on Tuesday.", "2025-06-10"), "Lufthansa"))
	assert.Equal(t, graph.Org, entType(run(t, "Ticketmaster notified customers on Friday.", "2025-06-10"), "Ticketmaster"))
	out := run(t, "Singapore Airlines reported record profit. Analysts said Ryanair would follow.", "2025-06-10")
	assert.Equal(t, graph.Org, entType(out, "Ryanair"))
}
