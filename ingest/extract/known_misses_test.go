package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
)

// Known misses of earlier rounds, each read as a class of text.

func TestKnownMissRelations(t *testing.T) {
	assertRels(t, []relCase{
		// "have included": a present-perfect customer list (rel_lost_customer.go)
		{"Kestrel Foundry's largest clients have included Qualcomm and MediaTek.", graph.CustomerOf, "MediaTek", "Kestrel Foundry"},
		{"TSMC's biggest customers have included Apple.", graph.CustomerOf, "Apple", "TSMC"},
		// a composed cloud unit sells the cloud (rel_deal.go cloudVendor)
		{"Huawei Cloud signed a deal with Tesla to host its driving data.", graph.CustomerOf, "Tesla", "Huawei Cloud"},
		{"Xiaomi signed a multiyear agreement with Baidu Cloud.", graph.CustomerOf, "Xiaomi", "Baidu Cloud"},
		// a deal sized in power with a power seller (rel_megawatt_deal.go)
		{"Meta signed an agreement with Vistra for 2.6 gigawatts.", graph.CustomerOf, "Meta", "Vistra"},
		{"Oklo signed a pre-agreement with Switch for up to 300 megawatts.", graph.CustomerOf, "Switch", "Oklo"},
		// a utility's state unit (ner_composed_unit.go)
		{"Entergy Arkansas agreed to supply power to a Google data center.", graph.CustomerOf, "Google", "Entergy Arkansas"},
		{"Entergy Arkansas agreed to supply power to a Google data center.", graph.SubsidiaryOf, "Entergy Arkansas", "Entergy"},
		{"Dominion Energy Virginia signed a power purchase agreement with Amazon.", graph.CustomerOf, "Amazon", "Dominion Energy Virginia"},
	})
	refuteRels(t, []relCase{
		{"Huawei Cloud signed a deal with Tesla to host its driving data.", graph.CustomerOf, "Huawei Cloud", "Tesla"},
		{"Dominion Energy Virginia signed a power purchase agreement with Amazon.", graph.CustomerOf, "Dominion Energy Virginia", "Amazon"},
		{"Entergy Arkansas agreed to supply power to a Google data center.", graph.CustomerOf, "Google", "Entergy"},
		// a plural organisation noun opening a sentence is no investor (ner_opener.go)
		{"Investors backed Quillbridge, which makes payment software.", graph.InvestsIn, "Investors", "Quillbridge"},
	})
}

func TestKnownMissStatus(t *testing.T) {
	// a hedge verb that ends a tie "with" a party: a former tie (rel_tie_terminated.go)
	assertStatuses(t, []statusCase{
		{"Kroger terminated its partnership with Instacart.", graph.PartnersWith, "Kroger", "Instacart", graph.StatusFormer},
		{"Walmart terminated its delivery deal with DoorDash last year.", graph.PartnersWith, "Walmart", "DoorDash", graph.StatusFormer},
		// preliminary papers sized in power or campuses are planned (rel_megawatt_deal.go)
		{"Switch signed a pre-agreement with NuScale Power for up to 300 megawatts.", graph.CustomerOf, "Switch", "NuScale Power", graph.StatusPlanned},
	})
	assertStatus(t, "Vantage Data Centers signed a letter of intent with Amazon Web Services for a 150-megawatt campus in Ohio.",
		graph.CustomerOf, "Amazon Web Services", "Vantage Data Centers", graph.StatusPlanned)
}

func TestKnownMissNoFact(t *testing.T) {
	// a takeover agreement a hedge verb ends is no tie
	out := run(t, "Kestrel terminated its merger agreement with Boreal Networks.", "2025-03-10")
	assert.Empty(t, out.Relations)
	out = run(t, "Investors backed Quillbridge, which makes payment software.", "2025-03-10")
	assert.Equal(t, graph.EntityType(""), entType(out, "Investors"))
	// no power seller and no cloud tenant: who buys is not said
	out = run(t, "Kestrel signed an agreement with Boreal Networks for 200 megawatts.", "2025-03-10")
	assert.Empty(t, out.Relations)
}

func TestKnownMissRevenueAfterChange(t *testing.T) {
	// "rose by $X to $Y": the level after "to" is the revenue (metrics_delta.go)
	metric(t, "Kestrel Systems said revenue rose by $400 million to $3.1 billion.", "2025-03-10", "Kestrel Systems", "revenue", 3.1e9)
	metric(t, "Sales at Kestrel Systems climbed by about $250 million to $1.9 billion.", "2025-03-10", "Kestrel Systems", "revenue", 1.9e9)
	metric(t, "Kestrel Systems said revenue fell $200 million to $2.4 billion.", "2025-03-10", "Kestrel Systems", "revenue", 2.4e9)
	out := run(t, "Kestrel Systems said revenue rose by $400 million to $3.1 billion.", "2025-03-10")
	for _, m := range out.Metrics {
		assert.NotEqual(t, 4e8, m.Value, "the change is no level: %+v", m)
	}
}
