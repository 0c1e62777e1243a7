package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cigraph/cigraph/graph"
)

// Retail, consumer-brand and logistics news: chains named with a
// possessive, carriers, platform deals, licensed brands and contracts
// that move between carriers.

func TestRetailChainNames(t *testing.T) {
	out := run(t, "Dick's Sporting Goods raised its outlook, while Kohl's and Macy's cut theirs. Ulta Beauty and Publix beat estimates. The U.S. Postal Service pays United Parcel Service to fly mail, and UPS said the deal is profitable.", "2025-05-22")
	for _, n := range []string{"Dick's Sporting Goods", "Kohl's", "Macy's", "Ulta Beauty", "Publix", "U.S. Postal Service", "United Parcel Service"} {
		assert.Equal(t, graph.Org, entType(out, n), n)
	}
	assert.Empty(t, entType(out, "Sporting Goods"), "no product split off a possessive chain name")
	assert.Empty(t, entType(out, "UPS"), "UPS is an alias of United Parcel Service")
}

func TestRetailPlatformDeals(t *testing.T) {
	assertRels(t, []relCase{
		// rel_breadth.go: partners counted among
		{"Instacart counts Costco, Kroger and Publix among its grocery partners.", graph.PartnersWith, "Instacart", "Publix"},
		{"Klarna counts Walmart as a partner.", graph.PartnersWith, "Klarna", "Walmart"},
		// rel_retail_deal.go: delivery, marketplace and store-in-store deals
		{"DoorDash signed a same-day delivery deal with Dollar General on Tuesday.", graph.PartnersWith, "DoorDash", "Dollar General"},
		{"Target has a store-in-store agreement with Ulta Beauty.", graph.PartnersWith, "Target", "Ulta Beauty"},
		// rel_vendors.go: carriers and couriers working for named clients
		{"FedEx stopped carrying packages for Amazon in 2019.", graph.CustomerOf, "Amazon", "FedEx"},
		{"DoorDash delivers groceries for Kroger and Albertsons.", graph.CustomerOf, "Albertsons", "DoorDash"},
		// rel_brand.go: a brand owner licenses a named brand out
		{"Authentic Brands Group licenses the Reebok brand to Dick's Sporting Goods.", graph.CustomerOf, "Dick's Sporting Goods", "Authentic Brands Group"},
		{"WHP Global licenses the Vera Wang name to Kohl's.", graph.CustomerOf, "Kohl's", "WHP Global"},
		// rel_share_purchases.go: a supplier's share of a buyer's purchases
		{"Nike accounted for about 60% of Foot Locker's purchases last year.", graph.CustomerOf, "Foot Locker", "Nike"},
	})
	refuteRels(t, []relCase{
		{"Nike accounted for about 60% of Foot Locker's purchases last year.", graph.CustomerOf, "Nike", "Foot Locker"},
		{"Walmart signed a delivery contract with UPS.", graph.PartnersWith, "Walmart", "UPS"},
		{"Qualcomm licenses Arm's designs to make chips.", graph.CustomerOf, "Arm", "Qualcomm"},
	})
	out := run(t, "Nike accounted for about 60% of Foot Locker's purchases last year.", "2025-05-22")
	if r := hasRel(out, graph.CustomerOf, "Foot Locker", "Nike"); assert.NotNil(t, r) {
		assert.Nil(t, r.SharePercent, "a share of purchases is no share of the supplier's revenue")
	}
}

func TestRetailEndedTies(t *testing.T) {
	// rel_deal_lapsed.go: an end verb before the tie noun
	assertStatuses(t, []statusCase{
		{"Kohl's ended its partnership with Sephora.", graph.PartnersWith, "Kohl's", "Sephora", graph.StatusFormer},
		{"Instacart ended its marketplace partnership with Aldi in March.", graph.PartnersWith, "Instacart", "Aldi", graph.StatusFormer},
		{"Target plans to end its partnership with Ulta Beauty next year.", graph.PartnersWith, "Target", "Ulta Beauty", graph.StatusCurrent},
		{"FedEx lost its contract with the Postal Service.", graph.CustomerOf, "Postal Service", "FedEx", graph.StatusFormer},
	})
	// rel_contract_holder.go: a contract named for its buyer moves between carriers
	const won = "Last year, UPS won the U.S. Postal Service air cargo contract from rival FedEx."
	assertStatus(t, won, graph.CustomerOf, "U.S. Postal Service", "UPS", graph.StatusCurrent)
	assertStatus(t, won, graph.CustomerOf, "U.S. Postal Service", "FedEx", graph.StatusFormer)
	const lost = "FedEx lost the USPS contract to UPS."
	assertStatus(t, lost, graph.CustomerOf, "USPS", "FedEx", graph.StatusFormer)
	assertStatus(t, lost, graph.CustomerOf, "USPS", "UPS", graph.StatusCurrent)
	refuteRels(t, []relCase{
		{won, graph.CustomerOf, "FedEx", "UPS"},
		// rel_switch.go: leaving a customer is no vendor switch
		{"UPS is shifting away from its largest customer, Amazon.", graph.CustomerOf, "UPS", "Amazon"},
		{"UPS will cut its Amazon volume, as the carrier shifts away from its largest customer.", graph.CustomerOf, "Amazon", "UPS"},
	})
}
