package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Autos, EV batteries, autonomy and mobility news (qual29).

func TestAutosBatteryVendorDirection(t *testing.T) {
	assertRels(t, []relCase{
		// rel_supply_agreement.go: the battery maker supplies, either side may sign "with" the other
		{"Tesla has signed a battery supply deal with CATL for its cars built in Shanghai.", "CUSTOMER_OF", "Tesla", "CATL"},
		{"Samsung SDI signed a supply agreement with Hyundai Motor on Monday.", "CUSTOMER_OF", "Hyundai Motor", "Samsung SDI"},
		// a materials maker sits above a cell maker
		{"LG Energy Solution signed a lithium supply deal with Albemarle last week.", "CUSTOMER_OF", "LG Energy Solution", "Albemarle"},
	})
	refuteRels(t, []relCase{
		{"Tesla has signed a battery supply deal with CATL for its cars built in Shanghai.", "CUSTOMER_OF", "CATL", "Tesla"},
		{"LG Energy Solution signed a lithium supply deal with Albemarle last week.", "CUSTOMER_OF", "Albemarle", "LG Energy Solution"},
		{"Tesla is in talks over a battery supply deal with CATL.", "CUSTOMER_OF", "Tesla", "CATL"},
	})
}

func TestAutosSupplyListStopsAtClause(t *testing.T) {
	// rel_clause.go finiteVerbs: ", and Hesai counts ..." opens a clause
	refuteRels(t, []relCase{
		{"Luminar supplies lidar sensors to Volvo Cars, and Hesai counts Li Auto as its largest customer.", "CUSTOMER_OF", "Hesai", "Luminar"},
		// rel_power.go recipientTo: "after ... switched to Y" is another clause's "to"
		{"CATL no longer supplies Ford after the carmaker switched to LG Energy Solution.", "CUSTOMER_OF", "LG Energy Solution", "CATL"},
	})
	assertRels(t, []relCase{
		{"Luminar supplies lidar sensors to Volvo Cars, and Hesai counts Li Auto as its largest customer.", "CUSTOMER_OF", "Volvo Cars", "Luminar"},
		{"CATL no longer supplies Ford after the carmaker switched to LG Energy Solution.", "CUSTOMER_OF", "Ford", "CATL"},
	})
}

func TestAutosParticipleAdjectiveIsNoProduct(t *testing.T) {
	// ner_compound.go: "-built", "-made" end adjectives like "-designed"
	x := run(t, "Tesla previously bought cells from LG Energy Solution for its Chinese-made cars and its Shanghai-built Model 3.", "2025-03-10")
	assert.Empty(t, entType(x, "Chinese-made"))
	assert.Empty(t, entType(x, "Shanghai-built"))
	assert.NotNil(t, hasRel(x, "CUSTOMER_OF", "Tesla", "LG Energy Solution"))
}

func TestAutosVehicleAcronymEndsName(t *testing.T) {
	// cues.tsv nonname: "SUVs" is no part of a model name
	x := run(t, "Uber will deploy Lucid Gravity SUVs equipped with software from Nuro.", "2025-03-10")
	assert.Equal(t, "PRODUCT", string(entType(x, "Lucid Gravity")))
	assert.Empty(t, entType(x, "Lucid Gravity SUVs"))
}

func TestAutosVentureOfPossessor(t *testing.T) {
	// rel_partner_poss.go, rel_jv.go: the venture's owner partners, the venture is named
	assertRels(t, []relCase{
		{"Ultium Cells, GM's joint venture with LG Energy Solution, runs three plants.", "PARTNERS_WITH", "GM", "LG Energy Solution"},
		{"Ford's battery joint venture with SK On, BlueOval SK, opened a plant in Kentucky.", "PARTNERS_WITH", "Ford", "SK On"},
	})
	refuteRels(t, []relCase{
		{"Ultium Cells, GM's joint venture with LG Energy Solution, runs three plants.", "PARTNERS_WITH", "Ultium Cells", "LG Energy Solution"},
		{"Ford's battery joint venture with SK On, BlueOval SK, opened a plant in Kentucky.", "PARTNERS_WITH", "Ford", "BlueOval SK"},
	})
}

func TestAutosContractBuildsModel(t *testing.T) {
	// rel_build_model.go: the model's maker buys the making
	assertRels(t, []relCase{
		{"Magna built the Fisker Ocean at its plant in Graz, Fisker said.", "CUSTOMER_OF", "Fisker", "Magna"},
		{"Valmet Automotive makes the Mercedes-Benz GLC in Finland.", "CUSTOMER_OF", "Mercedes-Benz", "Valmet Automotive"},
	})
	refuteRels(t, []relCase{
		{"Valmet Automotive makes the Mercedes-Benz GLC in Finland.", "OFFERS", "Valmet Automotive", "Mercedes-Benz GLC"},
		{"Tesla builds the Model Y in Berlin.", "CUSTOMER_OF", "Tesla", "Tesla"},
		{"Palantir said it would make Claude available to agencies, Anthropic said.", "CUSTOMER_OF", "Anthropic", "Palantir"},
		{"Magna could build the Lucid Gravity for Lucid.", "CUSTOMER_OF", "Lucid", "Magna"},
	})
	assertStatus(t, "Magna previously built the Fisker Ocean in Austria, Fisker said.", "CUSTOMER_OF", "Fisker", "Magna", "former")
}

func TestAutosGazetteer(t *testing.T) {
	x := run(t, "Lyft partnered with May Mobility, while Qualcomm sells its Snapdragon Ride platform to BMW.", "2025-03-10")
	assert.NotNil(t, hasRel(x, "PARTNERS_WITH", "Lyft", "May Mobility"))
	assert.Equal(t, "PRODUCT", string(entType(x, "Snapdragon Ride")))
}

func TestAutosUnitAppositionSubject(t *testing.T) {
	// rel_core.go subjectScan, rel_unit_appos.go: "X, the Y unit, VERB" has X for subject
	assertRels(t, []relCase{
		{"Waymo, the Alphabet unit, buys chips from Nvidia.", "CUSTOMER_OF", "Waymo", "Nvidia"},
		{"Waymo, the Alphabet unit, buys chips from Nvidia.", "SUBSIDIARY_OF", "Waymo", "Alphabet"},
	})
	refuteRels(t, []relCase{
		{"Waymo, the Alphabet unit, buys chips from Nvidia.", "CUSTOMER_OF", "Alphabet", "Nvidia"},
	})
}

func TestAutosSupplyDealWorth(t *testing.T) {
	// rel_supply_agreement.go: "a supply deal with Y worth $N"
	x := run(t, "Tesla signed a battery supply deal with LG Energy Solution worth about $4.3 billion.", "2025-03-10")
	r := hasRel(x, "CUSTOMER_OF", "Tesla", "LG Energy Solution")
	if assert.NotNil(t, r) && assert.NotNil(t, r.Amount) {
		assert.Equal(t, 4.3e9, r.Amount.Value)
	}
	assertStatus(t, "Magna Steyr built the Fisker Ocean in Graz until the startup failed.", "CUSTOMER_OF", "Fisker", "Magna Steyr", "former")
}
