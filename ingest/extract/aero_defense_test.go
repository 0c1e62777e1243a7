package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
)

// Aircraft orders where the maker is part of the model's name, or the
// model is counted in the plural (rel_compute.go vendorGoods, lexicon.go
// pluralForms).
func TestAeroOrdersByModel(t *testing.T) {
	assertRels(t, []relCase{
		{"Gulf Wings ordered 40 Boeing 777X jets at the air show on Monday.", graph.CustomerOf, "Gulf Wings", "Boeing"},
		{"Pacific Crest Airways placed an order for 25 Boeing 737 MAX jets.", graph.CustomerOf, "Pacific Crest Airways", "Boeing"},
		{"Nordlys Air ordered 12 Airbus A350s for its long-haul routes.", graph.CustomerOf, "Nordlys Air", "Airbus"},
		{"Andes Sky ordered 18 Boeing 787 Dreamliners last week.", graph.CustomerOf, "Andes Sky", "Boeing"},
	})
	out := run(t, "Nordlys Air ordered 12 Airbus A350s for its long-haul routes.", "2024-06-05")
	assert.Equal(t, graph.Product, entType(out, "Airbus A350"), "%+v", out.Entities)
	r := hasRel(run(t, "Gulf Wings ordered 40 Boeing 777X jets, a deal worth about $20 billion at list prices.", "2024-06-05"),
		graph.CustomerOf, "Gulf Wings", "Boeing")
	if assert.NotNil(t, r) && assert.NotNil(t, r.Amount) {
		assert.Equal(t, 20e9, r.Amount.Value)
	}
}

// Exercised options are orders; options taken or left unexercised are not
// (rel_options.go).
func TestAeroExercisedOptions(t *testing.T) {
	assertRels(t, []relCase{
		{"Metro Regional exercised options for six more Embraer E175 jets.", graph.CustomerOf, "Metro Regional", "Embraer"},
		{"Nordlys Air exercised options on 10 more Airbus A350s.", graph.CustomerOf, "Nordlys Air", "Airbus"},
	})
	refuteRels(t, []relCase{
		{"Nordlys Air did not exercise its options on 10 Airbus A350s.", graph.CustomerOf, "Nordlys Air", "Airbus"},
		{"Nordlys Air declined to exercise options on 10 Airbus A350s.", graph.CustomerOf, "Nordlys Air", "Airbus"},
	})
}

// A task order is a contract noun: who received it is the supplier
// (rel_more2.go verbBefore).
func TestDefenseTaskOrder(t *testing.T) {
	assertRels(t, []relCase{
		{"Leidos received a $410 million task order from the Missile Defense Agency.", graph.CustomerOf, "Missile Defense Agency", "Leidos"},
		{"Raytheon, a unit of RTX, won a $320 million task order from the U.S. Navy.", graph.CustomerOf, "U.S. Navy", "Raytheon"},
	})
	refuteRels(t, []relCase{
		{"Leidos received a $410 million task order from the Missile Defense Agency.", graph.CustomerOf, "Leidos", "Missile Defense Agency"},
		{"Raytheon, a unit of RTX, won a $320 million task order from the U.S. Navy.", graph.CustomerOf, "RTX", "U.S. Navy"},
	})
}

// "the Navy's decision to award the contract to Y": the decider awards; a
// protested decision or a plan to award makes no fact (rel_award_decision.go).
func TestDefenseAwardDecision(t *testing.T) {
	assertRels(t, []relCase{
		{"Boeing welcomed the Navy's decision to award the contract to Northrop Grumman.", graph.CustomerOf, "Navy", "Northrop Grumman"},
	})
	refuteRels(t, []relCase{
		{"Boeing protested the Navy's decision to award the contract to Northrop Grumman.", graph.CustomerOf, "Boeing", "Northrop Grumman"},
		{"Boeing protested the Navy's decision to award the contract to Northrop Grumman.", graph.CustomerOf, "Navy", "Northrop Grumman"},
		{"Boeing welcomed the Navy's decision to award the contract to Northrop Grumman.", graph.CustomerOf, "Boeing", "Northrop Grumman"},
		{"Lockheed Martin criticized the Army's plan to award the deal to Anduril.", graph.CustomerOf, "Army", "Anduril"},
	})
}

// "won a contract from Y worth $X": the amount after the buyer (rel_breadth.go).
func TestDefenseWonFromWorth(t *testing.T) {
	r := hasRel(run(t, "Rocket Lab won a contract from the Space Development Agency worth $515 million to build satellites.", "2024-06-05"),
		graph.CustomerOf, "Space Development Agency", "Rocket Lab")
	if assert.NotNil(t, r) && assert.NotNil(t, r.Amount) {
		assert.Equal(t, 515e6, r.Amount.Value)
	}
}

// A backlog valued in money is no valuation of the company: a metric
// "other" (metrics_backlog.go backlogValued).
func TestAeroBacklogValued(t *testing.T) {
	out := run(t, "Boeing's backlog stood at 5,600 commercial aircraft valued at $438 billion.", "2024-06-05")
	assert.Nil(t, metricOf(out, "Boeing", "valuation"), "%+v", out.Metrics)
	m := metricOf(out, "Boeing", "other")
	if assert.NotNil(t, m, "%+v", out.Metrics) {
		assert.Equal(t, 438e9, m.Value)
	}
}

// Launch deals: the launch provider sells (rel_launch.go).
func TestSpaceLaunchDeals(t *testing.T) {
	assertRels(t, []relCase{
		{"Amazon has booked up to 38 launches with United Launch Alliance for its broadband network.", graph.CustomerOf, "Amazon", "United Launch Alliance"},
		{"Viasat booked a launch on a SpaceX Falcon Heavy rocket.", graph.CustomerOf, "Viasat", "SpaceX"},
		{"SES has signed a contract with SpaceX to launch four satellites.", graph.CustomerOf, "SES", "SpaceX"},
		{"Eutelsat chose Arianespace to launch its next satellite.", graph.CustomerOf, "Eutelsat", "Arianespace"},
		{"Amazon signed contracts with Arianespace and Blue Origin.", graph.CustomerOf, "Amazon", "Blue Origin"},
		{"SpaceX signed a $100 million contract with SES.", graph.CustomerOf, "SES", "SpaceX"},
	})
	refuteRels(t, []relCase{
		{"Amazon signed contracts with Arianespace and Blue Origin.", graph.CustomerOf, "Arianespace", "Amazon"},
		{"Amazon may book launches with SpaceX.", graph.CustomerOf, "Amazon", "SpaceX"},
	})
}

// Spin-offs: the unit was the parent's (former), or still is while the
// spin-off is planned (rel_spinoff.go).
func TestIndustrialSpinOffs(t *testing.T) {
	assertStatuses(t, []statusCase{
		{"General Electric spun off GE Vernova in April.", graph.SubsidiaryOf, "GE Vernova", "General Electric", graph.StatusFormer},
		{"Spirit AeroSystems, which Boeing spun off in 2005, builds fuselages.", graph.SubsidiaryOf, "Spirit AeroSystems", "Boeing", graph.StatusFormer},
		{"Honeywell completed the spin-off of Solstice Advanced Materials.", graph.SubsidiaryOf, "Solstice Advanced Materials", "Honeywell", graph.StatusFormer},
		{"Honeywell plans to spin off Quantinuum next year.", graph.SubsidiaryOf, "Quantinuum", "Honeywell", graph.StatusCurrent},
	})
	refuteRels(t, []relCase{
		{"Honeywell may spin off Quantinuum.", graph.SubsidiaryOf, "Quantinuum", "Honeywell"},
	})
}
