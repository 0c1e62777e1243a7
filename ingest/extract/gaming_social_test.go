package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
)

// Gaming, social media, app stores and consumer internet news.

// rel_clause_more.go conjoinedObject: a name after "in" is no subject of
// the finite verb right after "and".
func TestGamingConjoinedVerbAfterPrepObject(t *testing.T) {
	assertRels(t, []relCase{
		{"Tencent holds a 9.99% stake in Ubisoft and owns Riot Games outright.", graph.SubsidiaryOf, "Riot Games", "Tencent"},
		{"Krafton invested in Nexon and acquired Playtika last spring.", graph.Acquires, "Krafton", "Playtika"},
	})
	refuteRels(t, []relCase{
		{"Tencent holds a 9.99% stake in Ubisoft and owns Riot Games outright.", graph.SubsidiaryOf, "Riot Games", "Ubisoft"},
		{"Krafton invested in Nexon and acquired Playtika last spring.", graph.Acquires, "Nexon", "Playtika"},
	})
}

// rel_spend_commit.go: a spending pledge to a named company.
func TestGamingCommittedSpendOnVendor(t *testing.T) {
	out := run(t, "Snap has committed to spend $2 billion on Google Cloud over five years, a filing showed.", "2024-06-05")
	r := hasRel(out, graph.CustomerOf, "Snap", "Google Cloud")
	if assert.NotNil(t, r, "%+v", out.Relations) && assert.NotNil(t, r.Amount) {
		assert.InDelta(t, 2e9, r.Amount.Value, 1)
	}
	assertRels(t, []relCase{
		{"Pinterest pledged to spend $900 million on Amazon Web Services.", graph.CustomerOf, "Pinterest", "Amazon Web Services"},
	})
	// spending on a company with no pledge or term buys the company
	refuteRels(t, []relCase{
		{"Microsoft spent $69 billion on Activision Blizzard.", graph.CustomerOf, "Microsoft", "Activision Blizzard"},
	})
}

// ner_place_owner.go: "Saudi Arabia's Public Investment Fund" after "by"
// or in a list is found where the bare name would stand.
func TestGamingPlacePossessiveBeforeName(t *testing.T) {
	assertRels(t, []relCase{
		{"Savvy Games Group, owned by Saudi Arabia's Public Investment Fund, bought Scopely in 2023.", graph.SubsidiaryOf, "Savvy Games Group", "Public Investment Fund"},
		{"ByteDance formed a joint venture with Oracle, Silver Lake and Abu Dhabi's MGX.", graph.PartnersWith, "ByteDance", "MGX"},
	})
}

// rel_offer_to.go: an offer, attempt or wish is no deal.
func TestGamingOffersAndWishesAreNoDeals(t *testing.T) {
	refuteRels(t, []relCase{
		{"Microsoft has proposed to buy a stake in Supercell, people familiar with the talks said.", graph.InvestsIn, "Microsoft", "Supercell"},
		{"Sony offered to buy a minority stake in Kadokawa.", graph.InvestsIn, "Sony", "Kadokawa"},
		{"Netflix wants to buy Ubisoft.", graph.Acquires, "Netflix", "Ubisoft"},
		{"Microsoft is looking to acquire Discord.", graph.Acquires, "Microsoft", "Discord"},
	})
	assertRels(t, []relCase{
		{"Nintendo offers its Switch console and bought Nexon last year.", graph.Acquires, "Nintendo", "Nexon"},
	})
	assertStatus(t, "Netflix plans to acquire Ubisoft.", graph.Acquires, "Netflix", "Ubisoft", graph.StatusPlanned)
}

// rel_demand.go: what a regulator orders or demands, or a plaintiff
// alleges, has not happened.
func TestGamingDemandsAndAllegations(t *testing.T) {
	refuteRels(t, []relCase{
		{"The CMA ordered Microsoft to sell the cloud rights to Ubisoft.", graph.CustomerOf, "Ubisoft", "Microsoft"},
		{"The CMA ordered Microsoft to sell the cloud rights to Ubisoft.", graph.CustomerOf, "CMA", "Microsoft"},
		{"Regulators demanded that Microsoft sell its cloud rights to Ubisoft.", graph.CustomerOf, "Ubisoft", "Microsoft"},
		{"Epic Games sued Google, accusing it of paying Activision to keep its games off rival stores.", graph.CustomerOf, "Epic Games", "Activision"},
		{"Google was ordered to pay Epic Games.", graph.CustomerOf, "Google", "Epic Games"},
	})
	assertRels(t, []relCase{
		{"Delta ordered 100 jets from Airbus.", graph.CustomerOf, "Delta", "Airbus"},
		{"Google, which was ordered to stop paying Samsung, buys chips from Broadcom.", graph.CustomerOf, "Google", "Broadcom"},
	})
}

// rel_legal_payment.go: damages, fines and settlements buy nothing.
func TestGamingLegalPaymentsAreNoPurchases(t *testing.T) {
	refuteRels(t, []relCase{
		{"Apple paid Epic Games $50 million in damages.", graph.CustomerOf, "Apple", "Epic Games"},
		{"Google agreed to pay Match Group $700 million to settle the case.", graph.CustomerOf, "Google", "Match Group"},
		{"Apple paid a $500 million fine to the European Commission.", graph.CustomerOf, "Apple", "European Commission"},
	})
	assertRels(t, []relCase{
		{"Google paid Samsung $8 billion to preinstall its apps.", graph.CustomerOf, "Google", "Samsung"},
	})
}

// ner_maker_head.go, rel_role_mod.go: "<product> developer <company>".
func TestGamingProductMakerPhrase(t *testing.T) {
	out := run(t, "Kadokawa owns Elden Ring developer FromSoftware.", "2024-06-05")
	assert.Equal(t, graph.Product, entType(out, "Elden Ring"))
	assert.NotNil(t, hasRel(out, graph.SubsidiaryOf, "FromSoftware", "Kadokawa"), "%+v", out.Relations)
	assertRels(t, []relCase{
		{"Sony bought Helldivers maker Arrowhead last year.", graph.Acquires, "Sony", "Arrowhead"},
	})
	refuteRels(t, []relCase{
		{"Sony bought Helldivers maker Arrowhead last year.", graph.Acquires, "Sony", "Helldivers"},
	})
}

// rel_cut.go: a commission taken of a named company's sales.
func TestGamingCommissionCut(t *testing.T) {
	assertShare(t, run(t, "Apple takes a 30% cut of Spotify's in-app subscriptions.", "2024-06-05"),
		graph.RevenueShare, "Apple", "Spotify", 30)
	assertShare(t, run(t, "Spotify pays Google a reduced fee of 4% on sales through its billing system.", "2024-06-05"),
		graph.RevenueShare, "Google", "Spotify", 4)
	assertShare(t, run(t, "Google collects a 15% commission on Match Group's subscriptions.", "2024-06-05"),
		graph.RevenueShare, "Google", "Match Group", 15)
	refuteRels(t, []relCase{
		{"Apple takes a 30% cut of in-app purchases, Spotify said.", graph.RevenueShare, "Apple", "Spotify"},
		{"Apple takes a 30% cut of in-app purchases, Spotify said.", graph.Acquires, "Apple", "Spotify"},
		{"Tencent takes a 10% stake in Ubisoft.", graph.RevenueShare, "Tencent", "Ubisoft"},
	})
}

// rel_parent.go appositiveOwner: "the owner of <product> developer <company>".
func TestGamingOwnerOfMakerPhrase(t *testing.T) {
	assertRels(t, []relCase{
		{"Tencent bought a stake in Kadokawa, the owner of Elden Ring developer FromSoftware.", graph.SubsidiaryOf, "FromSoftware", "Kadokawa"},
	})
	refuteRels(t, []relCase{
		{"Tencent bought a stake in Kadokawa, the owner of Elden Ring developer FromSoftware.", graph.Offers, "Kadokawa", "Elden Ring"},
	})
}

// numbers.go periodAfter: "a year earlier" places the deal in time.
func TestGamingYearEarlierIsNoRate(t *testing.T) {
	out := run(t, "Savvy Games Group had acquired ESL Gaming for $1.05 billion a year earlier.", "2024-06-05")
	r := hasRel(out, graph.Acquires, "Savvy Games Group", "ESL Gaming")
	if assert.NotNil(t, r, "%+v", out.Relations) && assert.NotNil(t, r.Amount) {
		assert.NotEqual(t, "year", r.Amount.Period)
	}
}
