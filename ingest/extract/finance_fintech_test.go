package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
)

// Banks as technology buyers, payments, buyouts and fintech valuations.

func TestFinanceRecall(t *testing.T) {
	assertRels(t, []relCase{
		// rel_take_private.go
		{"Thoma Bravo agreed to take Dayforce private for $12.3 billion.", graph.Acquires, "Thoma Bravo", "Dayforce"},
		{"Silver Lake and GIC will take Endeavor private.", graph.Acquires, "GIC", "Endeavor"},
		{"Silver Lake and GIC will take Endeavor private.", graph.Acquires, "Silver Lake", "Endeavor"},
		// rel_conjoined_verb.go: the frame's own verb after "and"
		{"Adyen counts eBay among its clients and competes with Stripe.", graph.CompetesWith, "Adyen", "Stripe"},
		// coref_heads.go: "the Dutch processor"
		{"Adyen grew fast last year. The Dutch processor counts eBay among its clients.", graph.CustomerOf, "eBay", "Adyen"},
		// rel_uses_vendor.go
		{"Shopify uses Stripe for its checkout.", graph.CustomerOf, "Shopify", "Stripe"},
		{"Delta uses Adyen to process payments.", graph.CustomerOf, "Delta", "Adyen"},
		// rel_software_deal.go with rel_uses_vendor.go
		{"Wells Fargo signed a multi-year deal with Fiserv for card processing.", graph.CustomerOf, "Wells Fargo", "Fiserv"},
		// rel_built_on_tool.go
		{"Goldman Sachs rolled out an internal assistant built on Anthropic's Claude to its staff.", graph.Uses, "Goldman Sachs", "Claude"},
		// rel_consortium.go
		{"A consortium led by KKR and including CPP Investments will acquire Assura for 1.6 billion pounds.", graph.Acquires, "KKR", "Assura"},
		{"A consortium led by KKR and including CPP Investments will acquire Assura for 1.6 billion pounds.", graph.Acquires, "CPP Investments", "Assura"},
	})
	// the take-private price and status
	r := hasRel(run(t, "Thoma Bravo agreed to take Dayforce private for $12.3 billion.", "2025-08-21"), graph.Acquires, "Thoma Bravo", "Dayforce")
	if r == nil || r.Amount == nil || r.Amount.Value != 12.3e9 || r.Status != graph.StatusPlanned {
		t.Errorf("take-private: want planned $12.3 billion, got %+v", r)
	}
	// lexicon/orgs.tsv: payments firms and banks are organisations
	x := run(t, "Synchrony and Green Dot Corp. issue cards, and Truist uses Jack Henry.", "2025-03-10")
	for _, n := range []string{"Synchrony", "Green Dot", "Truist"} {
		if entType(x, n) != graph.Org {
			t.Errorf("%s: want ORG, got %+v", n, x.Entities)
		}
	}
}

func TestFinancePrecision(t *testing.T) {
	refuteRels(t, []relCase{
		// the clients named by "counts" are no rivals
		{"Adyen counts eBay among its clients and competes with Stripe.", graph.CompetesWith, "eBay", "Stripe"},
		// an offer to take a company private, or a person buying it, is no acquisition by an ORG
		{"Apollo proposed to take Hilton Grand private.", graph.Acquires, "Apollo", "Hilton Grand"},
		{"Harbor Foods co-founder Dana Ortiz agreed to take Lumen Grocers private.", graph.Acquires, "Harbor Foods", "Lumen Grocers"},
		{"Apollo is considering taking Hilton Grand private.", graph.Acquires, "Apollo", "Hilton Grand"},
		// a delivery deal may be signed by either side
		{"Boeing signed a deal with Delta for delivery of 20 jets.", graph.CustomerOf, "Boeing", "Delta"},
		// rel_offers_tie.go: a partnership around a product is no product of the possessor
		{"Goldman Sachs agreed to move its Apple Card partnership to another bank.", graph.Offers, "Goldman Sachs", "Apple Card"},
		// its own model
		{"Google launched an app built on Gemini.", graph.Uses, "Google", "Gemini"},
	})
}

func TestFinanceValuation(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Ramp raised $500 million at a $22.5 billion valuation.", true},
		{"Ramp raised $500 million at a $22.5 billion post-money valuation.", true},
		{"Ramp is weighing a sale at a $22.5 billion valuation.", false},
		{"Ramp is in talks to raise money at a $22.5 billion valuation.", false},
	}
	for _, c := range cases {
		found := false
		for _, m := range run(t, c.text, "2025-03-10").Metrics {
			found = found || m.Subject == "Ramp" && m.Metric == "valuation" && m.Value == 22.5e9
		}
		if found != c.want {
			t.Errorf("%q: valuation found %v, want %v", c.text, found, c.want)
		}
	}
}
