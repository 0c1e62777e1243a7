package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Sentences written for these tests; the smaller companies are invented.

// A possessor of rivals or customers is not the buyer, nor the possessor
// of rivals or suppliers the seller (rel_possgroup.go).
func TestPossessedGroups(t *testing.T) {
	refuteRels(t, []relCase{
		{"Halden Semiconductor makes chips for Norvik's rivals.", graph.CustomerOf, "Norvik", "Halden Semiconductor"},
		{"Halden Semiconductor sells modules to Norvik's biggest competitors.", graph.CustomerOf, "Norvik", "Halden Semiconductor"},
		{"Halden Semiconductor builds phones for Norvik's customers in Europe.", graph.CustomerOf, "Norvik", "Halden Semiconductor"},
		{"Zenta Motors buys its cells from Norvik's rivals.", graph.CustomerOf, "Zenta Motors", "Norvik"},
		{"Halden Semiconductor makes chips for Norvik's rivals, including Zenta Motors and Pellucid Devices.", graph.CustomerOf, "Norvik", "Halden Semiconductor"},
	})
	assertRels(t, []relCase{
		{"Halden Semiconductor makes chips for Norvik's rivals, including Zenta Motors and Pellucid Devices.", graph.CustomerOf, "Zenta Motors", "Halden Semiconductor"},
		{"Halden Semiconductor makes chips for Norvik's rivals, including Zenta Motors and Pellucid Devices.", graph.CustomerOf, "Pellucid Devices", "Halden Semiconductor"},
		{"Halden Semiconductor makes chips for Norvik's rivals, including Zenta Motors and Pellucid Devices.", graph.CompetesWith, "Norvik", "Zenta Motors"},
		// the possessor of a single customer is the seller, and stays so
		{"Zenta Motors, Norvik's largest customer, buys sensors from Norvik.", graph.CustomerOf, "Zenta Motors", "Norvik"},
		// named in its own right as well: still a party
		{"Norvik buys sensors from Halden Semiconductor, which also supplies Norvik's rivals.", graph.CustomerOf, "Norvik", "Halden Semiconductor"},
	})
}

// A reference after a sentence naming two companies continues its
// subject; a role word picks the company with that role
// (coref_subject2.go).
func TestSubjectOverSecond(t *testing.T) {
	assertRels(t, []relCase{
		{"On Tuesday, Halden Networks won a contract from Norvik Telecom. The company will also supply Zenta Mobile.", graph.CustomerOf, "Zenta Mobile", "Halden Networks"},
		{"Last year Halden Networks won an order from Norvik Telecom. The company will also supply Zenta Mobile.", graph.CustomerOf, "Zenta Mobile", "Halden Networks"},
		{"Halden Networks signed a licensing deal with Norvik Telecom, and it will also buy antennas from Zenta Mobile.", graph.CustomerOf, "Halden Networks", "Zenta Mobile"},
		{"Zenta Motors buys its chips from Halden Semiconductor. The supplier also sells to Pellucid Devices.", graph.CustomerOf, "Pellucid Devices", "Halden Semiconductor"},
		{"Zenta Motors gets its battery cells from Norvik Energy. The supplier also ships cells to Pellucid Devices.", graph.CustomerOf, "Pellucid Devices", "Norvik Energy"},
		{"Zenta Motors sources chips from Halden Semiconductor. The foundry also makes chips for Pellucid Devices.", graph.CustomerOf, "Pellucid Devices", "Halden Semiconductor"},
	})
	refuteRels(t, []relCase{
		{"On Tuesday, Halden Networks won a contract from Norvik Telecom. The company will also supply Zenta Mobile.", graph.CustomerOf, "Zenta Mobile", "Norvik Telecom"},
		{"Halden Networks signed a licensing deal with Norvik Telecom, and it will also buy antennas from Zenta Mobile.", graph.CustomerOf, "Norvik Telecom", "Zenta Mobile"},
		{"Halden Networks signed a licensing deal with Norvik Telecom, and Halden Networks will buy antennas from Zenta Mobile.", graph.CustomerOf, "Norvik Telecom", "Zenta Mobile"},
		{"Zenta Motors buys its chips from Halden Semiconductor. The supplier also sells to Pellucid Devices.", graph.CustomerOf, "Pellucid Devices", "Zenta Motors"},
		// two sellers: the role does not decide, and no guess is made for the buyer
		{"Zenta Motors buys chips from Halden Semiconductor and cells from Norvik Energy. The supplier also sells to Pellucid Devices.", graph.CustomerOf, "Pellucid Devices", "Zenta Motors"},
	})
}

// A pronoun that cannot be its own sentence's subject falls back on the
// subject of the sentence before, not the company named last.
func TestOwnerFromPrevSubject(t *testing.T) {
	assertRels(t, []relCase{
		{"Halden Semiconductor makes chips for Zenta Motors and Norvik. Zenta Motors was its largest customer last year.", graph.CustomerOf, "Zenta Motors", "Halden Semiconductor"},
	})
	refuteRels(t, []relCase{
		{"Halden Semiconductor makes chips for Zenta Motors and Norvik. Zenta Motors was its largest customer last year.", graph.CustomerOf, "Zenta Motors", "Norvik"},
	})
}

// Capitalised openers that name nothing (ner_opener.go, cues.tsv).
func TestCommonOpeners(t *testing.T) {
	for _, text := range []string{
		"Merchants who want fast delivery buy shipping from Norvik Logistics.",
		"Third-party sellers pay Norvik Logistics to store their goods.",
		"Behind every car sits a supplier like Norvik Logistics.",
		"Vodafone chose Samsung Electronics to supply open RAN equipment.",
	} {
		out := run(t, text, "2024-06-05")
		for _, e := range out.Entities {
			switch e.Name {
			case "Merchants", "Third-party", "Behind", "RAN":
				t.Errorf("%s: false entity %q", text, e.Name)
			}
		}
	}
	assertRels(t, []relCase{
		{"Vodafone chose Samsung Electronics in 2023 to supply open RAN equipment.", graph.CustomerOf, "Vodafone", "Samsung Electronics"},
		{"Stellantis and Samsung SDI are building two battery plants in Indiana together.", graph.PartnersWith, "Stellantis", "Samsung SDI"},
	})
}

// Founders in the active voice and behind a title (rel_founder.go); a
// leader who left is a former one.
func TestFounderForms(t *testing.T) {
	assertRels(t, []relCase{
		{"Pat Quinn founded both Zenta Motors and Norvik Rail.", graph.Leads, "Pat Quinn", "Norvik Rail"},
		{"Pat Quinn co-founded Zenta Motors in 2012.", graph.Leads, "Pat Quinn", "Zenta Motors"},
		{"Zenta Motors, the electric van maker founded by former Norvik Rail engineer Pat Quinn, raised money.", graph.Leads, "Pat Quinn", "Zenta Motors"},
		{"Maria Lund, president of advertising at Zenta Motors, spoke in New York.", graph.Leads, "Maria Lund", "Zenta Motors"},
		{"Zenta Motors makes vans. Its chief executive, Amnon Shashua, predicted growth.", graph.Leads, "Amnon Shashua", "Zenta Motors"},
	})
	refuteRels(t, []relCase{
		{"Pat Quinn never founded Zenta Motors.", graph.Leads, "Pat Quinn", "Zenta Motors"},
	})
	out := run(t, "Pat Quinn, who co-founded Zenta Motors, left the company in November 2023.", "2024-06-05")
	r := hasRel(out, graph.Leads, "Pat Quinn", "Zenta Motors")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.Equal(t, graph.StatusFormer, r.Status)
	out = run(t, "Rajeev Badyal, vice president of Project Kuiper, said the flights went well.", "2024-06-05")
	assert.NotNil(t, entityOf(out, "Rajeev Badyal", graph.Person), "%+v", out.Entities)
}

// Partners chosen, named in apposition, or reselling (rel_partner_as.go).
func TestPartnerForms(t *testing.T) {
	assertRels(t, []relCase{
		{"Zenta Media picked Norvik Technologies as its technology and sales partner.", graph.PartnersWith, "Zenta Media", "Norvik Technologies"},
		{"Zenta Media added Norvik Ads, Halden Systems and Pellucid Devices as partners for programmatic buying.", graph.PartnersWith, "Zenta Media", "Pellucid Devices"},
		{"Zenta Media also sells through its partner Norvik Ads, which handles its public contracts.", graph.PartnersWith, "Zenta Media", "Norvik Ads"},
		{"Halden Systems resells Norvik Ads's analytics software to its customers.", graph.PartnersWith, "Halden Systems", "Norvik Ads"},
		{"General Motors set up Ultium Cells, a joint venture with LG Energy Solution.", graph.PartnersWith, "General Motors", "LG Energy Solution"},
	})
	refuteRels(t, []relCase{
		{"Zenta Media did not pick Norvik Ads as its partner.", graph.PartnersWith, "Zenta Media", "Norvik Ads"},
		{"Zenta Media may pick Norvik Ads as its partner.", graph.PartnersWith, "Zenta Media", "Norvik Ads"},
		{"General Motors set up Ultium Cells, a joint venture with LG Energy Solution.", graph.PartnersWith, "Ultium Cells", "LG Energy Solution"},
	})
}

// A price paid for a company is its purchase (rel_paidfor.go); a deal's
// own price stays with it.
func TestPaidForCompany(t *testing.T) {
	out := run(t, "Zenta Media paid $3.6 billion for Norvik Games in 2022.", "2024-06-05")
	r := hasRel(out, graph.Acquires, "Zenta Media", "Norvik Games")
	require.NotNil(t, r, "%+v", out.Relations)
	require.NotNil(t, r.Amount)
	assert.Equal(t, 3.6e9, r.Amount.Value)
	assert.Equal(t, "2022", r.Time)
	assertRels(t, []relCase{
		{"Halden Systems sold its warehouses. It had paid $2.1 billion for the fulfilment startup Norvik Logistics a year earlier.", graph.Acquires, "Halden Systems", "Norvik Logistics"},
	})
	refuteRels(t, []relCase{
		{"Zenta Media paid $20 million for Nvidia chips.", graph.Acquires, "Zenta Media", "Nvidia"},
		{"Zenta Media paid $5 million for Norvik Games to build a studio.", graph.Acquires, "Zenta Media", "Norvik Games"},
		{"Zenta Media may have paid $3 billion for Norvik Games.", graph.Acquires, "Zenta Media", "Norvik Games"},
	})
	out = run(t, "Zenta Media agreed to buy Norvik Games for $68 billion in 2023. The deal followed Zenta Media's $7.5 billion takeover of Halden Studios in 2021.", "2024-06-05")
	r = hasRel(out, graph.Acquires, "Zenta Media", "Norvik Games")
	require.NotNil(t, r, "%+v", out.Relations)
	for _, x := range out.Relations {
		if x.Object == "Norvik Games" && x.Amount != nil {
			assert.Equal(t, 68e9, x.Amount.Value, "%+v", x)
		}
	}
}

// Hedges: a possible purchase is none, also when a person's employer
// would be the buyer.
func TestPossibleDeal(t *testing.T) {
	refuteRels(t, []relCase{
		{"Pat Quinn, chief executive of Zenta Media, spoke. An email showed Quinn describing a possible purchase of Norvik Games as a career moment.", graph.Acquires, "Zenta Media", "Norvik Games"},
		{"Zenta Media weighed a potential acquisition of Norvik Games.", graph.Acquires, "Zenta Media", "Norvik Games"},
	})
}

// "its" belongs to the subject of its own clause; a personal pronoun is a
// verb's own subject (coref_subject2.go).
func TestClauseSubjectIts(t *testing.T) {
	assertRels(t, []relCase{
		{"In April Zenta Cloud signed a deal with Norvik Analytics under which Norvik Analytics will run its Beacon software on Zenta Cloud servers.", graph.Offers, "Norvik Analytics", "Beacon"},
	})
	refuteRels(t, []relCase{
		{"In April Zenta Cloud signed a deal with Norvik Analytics under which Norvik Analytics will run its Beacon software on Zenta Cloud servers.", graph.Offers, "Zenta Cloud", "Beacon"},
		{"Amazon switched on ads and sells them itself, while Disney uses its own platform.", graph.CustomerOf, "Disney", "Amazon"},
		{"Companies can buy Salesforce products through the AWS Marketplace, and the purchase counts toward what they have committed to spend with AWS.", graph.CustomerOf, "Salesforce", "AWS"},
	})
}

// Lists after a licensing verb and after "from vendors including".
func TestListedSuppliers(t *testing.T) {
	assertRels(t, []relCase{
		{"Norvik Chips licenses its instruction set to Zenta Motors, Halden Systems and Pellucid Devices.", graph.CustomerOf, "Pellucid Devices", "Norvik Chips"},
		{"Zenta Mobile built its network on radio gear from vendors including Norvik Networks and Halden Systems.", graph.CustomerOf, "Zenta Mobile", "Halden Systems"},
		{"Zenta Motors buys chips from Norvik Chips. The designer also licenses its instruction set to Pellucid Devices.", graph.CustomerOf, "Pellucid Devices", "Norvik Chips"},
	})
	refuteRels(t, []relCase{
		{"Zenta Mobile may buy radio gear from vendors including Norvik Networks.", graph.CustomerOf, "Zenta Mobile", "Norvik Networks"},
	})
}

// entityOf returns the entity named name of type typ, or nil.
func entityOf(x graph.Extraction, name string, typ graph.EntityType) *graph.Entity {
	for i, e := range x.Entities {
		if e.Name == name && e.Type == typ {
			return &x.Entities[i]
		}
	}
	return nil
}

// A time of one clause does not date the next: ", and Y built ..." opens
// a clause of its own (finiteVerbs).
func TestClauseTime(t *testing.T) {
	out := run(t, "Zenta Mobile chose Norvik Networks in 2023 to supply radios for its sites in Germany, and Pellucid Telecom built its network on gear from vendors including Halden Systems.", "2024-06-05")
	r := hasRel(out, graph.CustomerOf, "Zenta Mobile", "Norvik Networks")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.Equal(t, "2023", r.Time)
	r = hasRel(out, graph.CustomerOf, "Pellucid Telecom", "Halden Systems")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.NotEqual(t, "2023", r.Time)
}

// ", who ran ORG": a leader, former in the past tense (rel_founder.go).
func TestRanClause(t *testing.T) {
	out := run(t, "Pat Quinn, who ran Zenta Motors for three decades, retired at the end of 2023.", "2024-06-05")
	r := hasRel(out, graph.Leads, "Pat Quinn", "Zenta Motors")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.Equal(t, graph.StatusFormer, r.Status)
	out = run(t, "Pat Quinn, who runs Zenta Motors, spoke on Monday.", "2024-06-05")
	r = hasRel(out, graph.Leads, "Pat Quinn", "Zenta Motors")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.Equal(t, graph.StatusCurrent, r.Status)
	refuteRels(t, []relCase{
		{"Pat Quinn, who led Zenta Motors's rival, spoke on Monday.", graph.Leads, "Pat Quinn", "Zenta Motors"},
	})
}

// Named suppliers of a possessor (rel_vendors.go).
func TestOwnSuppliers(t *testing.T) {
	assertRels(t, []relCase{
		{"Zenta Motors' suppliers include Norvik Energy and Halden Systems.", graph.CustomerOf, "Zenta Motors", "Halden Systems"},
		{"Zenta Motors's suppliers, including Norvik Energy, rose on Monday.", graph.CustomerOf, "Zenta Motors", "Norvik Energy"},
		{"Zenta Motors makes vans. Its main suppliers are Norvik Energy and Halden Systems.", graph.CustomerOf, "Zenta Motors", "Norvik Energy"},
	})
	refuteRels(t, []relCase{
		{"Zenta Motors' rivals' suppliers include Norvik Energy.", graph.CustomerOf, "Zenta Motors", "Norvik Energy"},
	})
}

// Services run for named clients (rel_vendors.go).
func TestServiceFor(t *testing.T) {
	assertRels(t, []relCase{
		{"Norvik Pay processes payments for Zenta Motors, Halden Systems and Pellucid Devices.", graph.CustomerOf, "Pellucid Devices", "Norvik Pay"},
	})
	refuteRels(t, []relCase{
		{"Norvik Pay may process payments for Zenta Motors.", graph.CustomerOf, "Zenta Motors", "Norvik Pay"},
		{"Norvik Pay handles payments for Zenta Motors' sellers.", graph.CustomerOf, "Zenta Motors", "Norvik Pay"},
	})
	out := run(t, "Norvik Pay handles checkout payments for Zenta Motors, which dropped Halden Systems in 2021.", "2024-06-05")
	r := hasRel(out, graph.CustomerOf, "Zenta Motors", "Norvik Pay")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.NotEqual(t, "2021", r.Time)
}

// "Take over" a company is a purchase; a role or a task is not
// (rel_takeover.go).
func TestTakeOver(t *testing.T) {
	out := run(t, "Zenta Motors took over Norvik Rail for $2.3 billion in 2022.", "2024-06-05")
	r := hasRel(out, graph.Acquires, "Zenta Motors", "Norvik Rail")
	require.NotNil(t, r, "%+v", out.Relations)
	require.NotNil(t, r.Amount)
	assert.Equal(t, 2.3e9, r.Amount.Value)
	out = run(t, "In December 2023 Zenta Motors agreed to take over the business of Norvik Rail, and to lend it $500 million.", "2024-06-05")
	r = hasRel(out, graph.Acquires, "Zenta Motors", "Norvik Rail")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.Nil(t, r.Amount)
	assert.Equal(t, graph.StatusPlanned, r.Status)
	refuteRels(t, []relCase{
		{"Zenta Motors may take over Norvik Rail.", graph.Acquires, "Zenta Motors", "Norvik Rail"},
		{"Pat Quinn took over as chief executive of Zenta Motors.", graph.Acquires, "Pat Quinn", "Zenta Motors"},
		{"Zenta Motors took over Norvik Rail's deliveries.", graph.Acquires, "Zenta Motors", "Norvik Rail"},
	})
}

// A description after a time opener continues the subject before; "took
// a bet" is no investor's "took part" (coref_subject2.go, coref_deal.go).
func TestDescAfterOpener(t *testing.T) {
	assertRels(t, []relCase{
		{"Zenta Motors bought Halden Systems from Norvik Rail. In December 2023 the carmaker agreed to take over Pellucid Devices.", graph.Acquires, "Zenta Motors", "Pellucid Devices"},
		{"Etsy paid $1.6 billion for Depop in 2021. Zenta Motors took a different bet. In December 2023 the carmaker agreed to take over Pellucid Devices.", graph.Acquires, "Zenta Motors", "Pellucid Devices"},
	})
	refuteRels(t, []relCase{
		{"Zenta Motors bought Halden Systems from Norvik Rail. In December 2023 the carmaker agreed to take over Pellucid Devices.", graph.Acquires, "Norvik Rail", "Pellucid Devices"},
		{"Etsy paid $1.6 billion for Depop in 2021. Zenta Motors took a different bet. In December 2023 the carmaker agreed to take over Pellucid Devices.", graph.Acquires, "Depop", "Pellucid Devices"},
	})
}
