package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
)

// TestHostedOnSeveral: "X runs its models on A's chips and B's chips" makes
// X a customer of both makers; "on Microsoft Azure" of the product's maker
// when the article names it.
func TestHostedOnSeveral(t *testing.T) {
	assertRels(t, []relCase{
		{"Anthropic runs its models on Google's TPUs and Amazon's Trainium chips.", graph.CustomerOf, "Anthropic", "Amazon"},
		{"Anthropic runs its models on Google's TPUs and on Amazon's Trainium chips.", graph.CustomerOf, "Anthropic", "Amazon"},
		{"Microsoft sells cloud services. OpenAI runs its models on Microsoft Azure.", graph.CustomerOf, "OpenAI", "Microsoft"},
	})
	refuteRels(t, []relCase{
		{"Anthropic runs its models on Google's TPUs, Amazon said.", graph.CustomerOf, "Anthropic", "Amazon"},
	})
}

// TestMadeBy: "Nvidia's GB200 servers are made by Foxconn" — the goods'
// owner buys the making; a hedged or self-made passive gives nothing; the
// cost of a plant is no payment ("for a $3.5 billion plant").
func TestMadeBy(t *testing.T) {
	assertRels(t, []relCase{
		{"Nvidia's GB200 servers are made by Foxconn.", graph.CustomerOf, "Nvidia", "Foxconn"},
		{"Apple's iPhones are assembled by Foxconn and Pegatron.", graph.CustomerOf, "Apple", "Pegatron"},
		{"BYD makes its own batteries through its FinDreams unit.", graph.SubsidiaryOf, "FinDreams", "BYD"},
	})
	refuteRels(t, []relCase{
		{"Apple's chips could be made by Intel.", graph.CustomerOf, "Apple", "Intel"},
	})
	out := run(t, "Ford will license battery technology from CATL for a $3.5 billion plant in Michigan.", "2023-02-14")
	if r := hasRel(out, graph.CustomerOf, "Ford", "CATL"); r != nil && r.Amount != nil {
		t.Errorf("the plant's cost is no payment to CATL: %+v", r.Amount)
	}
}

// TestMonthMayIsNoModal: "in May" dates a fact; only the verb "may" hedges.
func TestMonthMayIsNoModal(t *testing.T) {
	assertRels(t, []relCase{
		{"CoreWeave raised $1.1 billion in May in a round led by Coatue.", graph.InvestsIn, "Coatue", "CoreWeave"},
		{"Apple bought Beats in May 2014.", graph.Acquires, "Apple", "Beats"},
	})
	refuteRels(t, []relCase{{"CoreWeave may raise money in a round led by Coatue.", graph.InvestsIn, "Coatue", "CoreWeave"}})
}

// TestOrdersReceivedAndProductsMadeFor: orders that come in are no
// purchase by the subject; a product built for a buyer makes it a
// customer; "Founded in 1974 by P, X ..." makes P X's founder.
func TestOrdersReceivedAndProductsMadeFor(t *testing.T) {
	refuteRels(t, []relCase{
		{"Foxconn's sales rose, helped by orders for Nvidia's newest systems.", graph.CustomerOf, "Foxconn", "Nvidia"},
		{"Foxconn received orders for Nvidia's systems.", graph.CustomerOf, "Foxconn", "Nvidia"},
		{"TSMC makes the M4 for Apple.", graph.Offers, "TSMC", "M4"},
	})
	assertRels(t, []relCase{
		{"Foxconn placed orders for Nvidia's systems.", graph.CustomerOf, "Foxconn", "Nvidia"},
		{"Foxconn also builds iPhones for Apple at plants in China and India.", graph.CustomerOf, "Apple", "Foxconn"},
		{"TSMC makes the M4 for Apple.", graph.CustomerOf, "Apple", "TSMC"},
		{"Founded in 1974 by Terry Gou, Foxconn builds servers for Nvidia.", graph.Leads, "Terry Gou", "Foxconn"},
	})
}
