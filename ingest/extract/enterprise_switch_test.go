package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cigraph/cigraph/graph"
)

// Enterprise software news: vendor switches, government contracts,
// workforce roll-outs, bare customer lists, platforms and sales channels.

func TestVendorSwitches(t *testing.T) {
	assertRels(t, []relCase{
		{"Halden Bank has moved its core banking systems from Oracle to Google Cloud.", graph.CustomerOf, "Halden Bank", "Google Cloud"},
		{"Halden Bank has moved its core banking systems from Oracle to Google Cloud.", graph.CustomerOf, "Halden Bank", "Oracle"},
		{"Marlow Retail replaced Salesforce with HubSpot last year.", graph.CustomerOf, "Marlow Retail", "HubSpot"},
		{"Marlow Retail replaced Salesforce with HubSpot last year.", graph.CustomerOf, "Marlow Retail", "Salesforce"},
		{"Delta Air Lines dropped CrowdStrike for SentinelOne.", graph.CustomerOf, "Delta Air Lines", "SentinelOne"},
		{"Shares were flat. Tessel Labs migrated off AWS in 2023.", graph.CustomerOf, "Tessel Labs", "AWS"},
		{"Siemens has standardized on ServiceNow for IT service management.", graph.CustomerOf, "Siemens", "ServiceNow"},
		{"Unilever switched to SAP in 2022.", graph.CustomerOf, "Unilever", "SAP"},
		{"Accenture dropped the Pentagon as a client.", graph.CustomerOf, "Pentagon", "Accenture"},
	})
	assertStatuses(t, []statusCase{
		{"Halden Bank has moved its core banking systems from Oracle to Google Cloud.", graph.CustomerOf, "Halden Bank", "Oracle", graph.StatusFormer},
		{"Halden Bank has moved its core banking systems from Oracle to Google Cloud.", graph.CustomerOf, "Halden Bank", "Google Cloud", graph.StatusCurrent},
		{"Delta Air Lines dropped CrowdStrike after the outage.", graph.CustomerOf, "Delta Air Lines", "CrowdStrike", graph.StatusFormer},
		{"Apple replaced Intel's processors with its own chips.", graph.CustomerOf, "Apple", "Intel", graph.StatusFormer},
		{"Unilever plans to switch from Oracle to SAP next year.", graph.CustomerOf, "Unilever", "SAP", graph.StatusPlanned},
	})
}

func TestVendorSwitchesNotRead(t *testing.T) {
	refuteRels(t, []relCase{
		{"Unilever plans to switch from Oracle to SAP next year.", graph.CustomerOf, "Unilever", "Oracle"},
		{"Unilever is considering a switch from Oracle to SAP.", graph.CustomerOf, "Unilever", "SAP"},
		{"Unilever is evaluating whether to replace Oracle with SAP.", graph.CustomerOf, "Unilever", "SAP"},
		{"Unilever is piloting a move from Oracle to SAP.", graph.CustomerOf, "Unilever", "Oracle"},
		{"Investors urged Unilever to drop Oracle.", graph.CustomerOf, "Unilever", "Oracle"},
		{"Nvidia replaced Intel in the Dow Jones Industrial Average.", graph.CustomerOf, "Nvidia", "Intel"},
		{"Nvidia replaced Apple as the world's most valuable company.", graph.CustomerOf, "Nvidia", "Apple"},
		{"Microsoft moved customers from VMware to Azure.", graph.CustomerOf, "Microsoft", "VMware"},
		{"S&P Dow Jones Indices dropped Intel from the index.", graph.CustomerOf, "S&P Dow Jones Indices", "Intel"},
		{"CrowdStrike was dropped by Delta Air Lines.", graph.CustomerOf, "CrowdStrike", "Delta Air Lines"},
	})
}

func TestGovernmentDeals(t *testing.T) {
	assertRels(t, []relCase{
		{"The U.S. Army signed a ten-year, $10 billion enterprise agreement with Palantir.", graph.CustomerOf, "U.S. Army", "Palantir"},
		{"Palantir signed a five-year contract with the Department of Defense.", graph.CustomerOf, "Department of Defense", "Palantir"},
	})
	r := hasRel(run(t, "The U.S. Army signed a $10 billion contract with Palantir.", "2025-03-10"), graph.CustomerOf, "U.S. Army", "Palantir")
	if assert.NotNil(t, r) && assert.NotNil(t, r.Amount) {
		assert.Equal(t, 1e10, r.Amount.Value)
	}
	refuteRels(t, []relCase{
		{"The European Commission signed an agreement with Microsoft on cloud rules.", graph.CustomerOf, "European Commission", "Microsoft"},
		{"Anduril is in talks on a contract with the U.S. Navy.", graph.CustomerOf, "U.S. Navy", "Anduril"},
	})
}

func TestWorkforceRollouts(t *testing.T) {
	assertRels(t, []relCase{
		{"Barclays has rolled out Microsoft Copilot to 100,000 employees.", graph.Uses, "Barclays", "Microsoft Copilot"},
		{"Walmart deployed ChatGPT Enterprise across its corporate workforce.", graph.Uses, "Walmart", "ChatGPT Enterprise"},
	})
	refuteRels(t, []relCase{
		{"Goldman Sachs is evaluating plans to roll out Claude to its developers.", graph.Uses, "Goldman Sachs", "Claude"},
		{"Barclays rolled out Microsoft Copilot to customers.", graph.Uses, "Barclays", "Microsoft Copilot"},
		{"Microsoft rolled out Microsoft Copilot to 100,000 employees.", graph.Uses, "Microsoft", "Microsoft Copilot"},
	})
}

func TestBareCustomerLists(t *testing.T) {
	assertRels(t, []relCase{
		{"Snowflake shares rose. The company said customers include Walmart, Toyota and Pfizer.", graph.CustomerOf, "Toyota", "Snowflake"},
		{"Snowflake reported results on Wednesday. Customers include Walmart and Pfizer.", graph.CustomerOf, "Pfizer", "Snowflake"},
		{"Databricks said it now has more than 10,000 customers, including Shell and Comcast.", graph.CustomerOf, "Shell", "Databricks"},
	})
}

func TestPlatformsAndChannels(t *testing.T) {
	assertRels(t, []relCase{
		{"Wiz's cloud security platform runs on AWS and Google Cloud.", graph.CustomerOf, "Wiz", "Google Cloud"},
		{"Shares were flat. Tessel Labs' analytics app is built on top of Snowflake.", graph.CustomerOf, "Tessel Labs", "Snowflake"},
		{"Acme Analytics built its reporting app on Snowflake.", graph.CustomerOf, "Acme Analytics", "Snowflake"},
		{"Databricks products are resold by Carahsoft.", graph.PartnersWith, "Carahsoft", "Databricks"},
	})
	refuteRels(t, []relCase{
		{"The company built its reputation on Apple.", graph.CustomerOf, "company", "Apple"},
	})
}

func TestBidForWorkIsNoTakeover(t *testing.T) {
	refuteRels(t, []relCase{
		{"Palantir lost a bid for a similar contract at Albertsons to Databricks earlier this year.", graph.Acquires, "Palantir", "Albertsons"},
	})
}

func TestRemainingOpensNoName(t *testing.T) {
	out := run(t, "Okta raised its outlook. Remaining performance obligations rose 20% to $3.9 billion.", "2025-03-10")
	assert.Empty(t, entType(out, "Remaining"))
}

func TestConjoinedHostAfterAdverb(t *testing.T) {
	text := "Marlow Retail left Acme last year and now runs its website on Google Cloud."
	assertRels(t, []relCase{{text, graph.CustomerOf, "Marlow Retail", "Google Cloud"}})
	refuteRels(t, []relCase{{text, graph.CustomerOf, "Acme", "Google Cloud"}})
}

func TestEntraIsAMicrosoftProduct(t *testing.T) {
	out := run(t, "Tessel Labs switched from Okta to Microsoft Entra in January.", "2025-03-10")
	assert.Equal(t, graph.Product, entType(out, "Microsoft Entra"))
	assert.NotNil(t, hasRel(out, graph.CustomerOf, "Tessel Labs", "Microsoft"))
}
