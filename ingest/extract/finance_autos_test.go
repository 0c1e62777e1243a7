package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Finance and autos news: lists cut by a new clause, secondary share
// sales, stakes in unnamed units, deal joiners, supplier goods nouns,
// possessed units, lost contracts, products inside makers' goods, joint
// aims of deals and signed margins.

func TestFinanceAutosRelations(t *testing.T) {
	assertRels(t, []relCase{
		// a list before ", and its" (rel_core.go clauseOpenerPronoun)
		{"Adyen handles payments for Netflix, Spotify and eBay, and its processed volume grew 20% last year.", graph.CustomerOf, "eBay", "Adyen"},
		{"Adyen handles payments for Netflix, Spotify and eBay, and its processed volume grew 20% last year.", graph.CustomerOf, "Spotify", "Adyen"},
		// secondary sales (rel_share_sale.go)
		{"Revolut raised money last year. The company will let employees sell shares to investors including Tiger Global and Coatue.", graph.InvestsIn, "Coatue", "Revolut"},
		{"Databricks employees sold shares to Temasek in a secondary sale.", graph.InvestsIn, "Temasek", "Databricks"},
		{"SoftBank sold shares of T-Mobile to Deutsche Telekom.", graph.InvestsIn, "Deutsche Telekom", "T-Mobile"},
		// a stake in an unnamed unit (rel_stake_unit_sold.go)
		{"Brookfield sold a 30% stake in its renewables unit to Qatar's QIA for $3 billion.", graph.InvestsIn, "QIA", "Brookfield"},
		{"Mubadala bought a 20% stake in Blackstone's data center unit for $2 billion.", graph.InvestsIn, "Mubadala", "Blackstone"},
		// a joiner of a buyout (rel_consortium.go dealJoiner)
		{"Temasek joined KKR and Apollo in a $12 billion deal to acquire Switch.", graph.Acquires, "Temasek", "Switch"},
		{"GIC, the Singapore sovereign wealth fund, joined KKR in a deal to buy Switch.", graph.Acquires, "GIC", "Switch"},
		// a goods noun before "supplier" (rel_parent.go nounOwner)
		{"Toyota said its battery supplier Panasonic would expand output.", graph.CustomerOf, "Toyota", "Panasonic"},
		{"Apple's biggest display supplier, BOE, won new orders.", graph.CustomerOf, "Apple", "BOE"},
		// a possessed unit named after its noun (rel_owner.go possUnitOwner)
		{"Zentrox's software unit Kilobax raised money.", graph.SubsidiaryOf, "Kilobax", "Zentrox"},
		// a product inside makers' goods (rel_powers_goods.go)
		{"Qualcomm's Snapdragon Ride platform powers vehicles from BMW and Renault.", graph.CustomerOf, "Renault", "Qualcomm"},
		// a deal for a joint aim (rel_deal_purpose.go)
		{"Lyft has signed deals with Mobileye, May Mobility and Baidu to deploy robotaxis.", graph.PartnersWith, "Lyft", "May Mobility"},
		{"Lyft signed a deal with Baidu to launch robotaxis in Europe.", graph.PartnersWith, "Lyft", "Baidu"},
	})
	refuteRels(t, []relCase{
		{"Mubadala bought a 20% stake in Blackstone's data center unit for $2 billion.", graph.CustomerOf, "Mubadala", "Blackstone"},
		{"Lyft may sign a deal with Baidu to launch robotaxis.", graph.PartnersWith, "Lyft", "Baidu"},
		{"SoftBank sold its shares to Deutsche Telekom.", graph.InvestsIn, "Deutsche Telekom", "SoftBank"},
	})
}

func TestFinanceAutosAmountsAndStatus(t *testing.T) {
	out := run(t, "Brookfield sold a 30% stake in its renewables unit to Qatar's QIA for $3 billion.", "2024-06-05")
	r := hasRel(out, graph.InvestsIn, "QIA", "Brookfield")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.Nil(t, r.SharePercent, "30% is the unit's share, not Brookfield's")
	require.NotNil(t, r.Amount)
	assert.Equal(t, 3e9, r.Amount.Value)

	// the price of a named stake sold (rel_stake_events.go stakeSoldTo)
	out = run(t, "Blackstone sold a 20% stake in Aligned to Mubadala for $2.5 billion.", "2024-06-05")
	r = assertShare(t, out, graph.InvestsIn, "Mubadala", "Aligned", 20)
	require.NotNil(t, r.Amount)
	assert.Equal(t, 2.5e9, r.Amount.Value)

	out = run(t, "OpenAI is letting staff sell about $6 billion in shares to SoftBank.", "2024-06-05")
	r = hasRel(out, graph.InvestsIn, "SoftBank", "OpenAI")
	require.NotNil(t, r, "%+v", out.Relations)
	require.NotNil(t, r.Amount)
	assert.Equal(t, 6e9, r.Amount.Value)

	// a former customer after a lost contract (rel_contract_holder.go)
	assertStatuses(t, []statusCase{
		{"Qualcomm lost its contract with Stellantis's software unit Mobilisights.", graph.CustomerOf, "Mobilisights", "Qualcomm", graph.StatusFormer},
		{"Qualcomm lost its contract with Stellantis's software unit Mobilisights.", graph.SubsidiaryOf, "Mobilisights", "Stellantis", graph.StatusCurrent},
		// every co-buyer of a deal to buy is planned (rel_more3.go coAcquirers)
		{"Temasek joined KKR and Apollo in a $12 billion deal to acquire Switch.", graph.Acquires, "KKR", "Switch", graph.StatusPlanned},
	})
}

func TestFinanceAutosNoPlaceAcronymOrg(t *testing.T) {
	for _, s := range []string{
		"MGX, the Abu Dhabi AI investment firm, backed Switch.",
		"G42, the Hong Kong AI group, signed a deal.",
	} {
		out := run(t, s, "2024-06-05")
		for _, e := range out.Entities {
			assert.NotContains(t, e.Name, " AI", "%s: %+v", s, out.Entities)
		}
	}
}

func TestFinanceAutosSignedMargins(t *testing.T) {
	out := run(t, "Rivian reported a gross margin of negative 45% in the third quarter. Polestar posted a gross margin of minus 12%. Nio had a gross margin of -3%.", "2024-06-05")
	for subj, want := range map[string]float64{"Rivian": -45, "Polestar": -12, "Nio": -3} {
		m := metricOf(out, subj, "gross_margin")
		require.NotNil(t, m, "%s: %+v", subj, out.Metrics)
		assert.Equal(t, want, m.Value, subj)
	}
}
