package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
)

// AI infrastructure news: power purchase agreements, reactor developers,
// data-center leases and builds, turbines, backlogs and capex plans.

func TestAIPowerRelations(t *testing.T) {
	assertRels(t, []relCase{
		// rel_power.go: the power seller may sign first
		{"Constellation Energy signed a 20-year power purchase agreement with Microsoft.", graph.CustomerOf, "Microsoft", "Constellation Energy"},
		{"Vistra signed a power supply agreement with Amazon.", graph.CustomerOf, "Amazon", "Vistra"},
		{"Georgia Power signed an electric service agreement with Meta for its new data center.", graph.CustomerOf, "Meta", "Georgia Power"},
		// the buyer signing first still buys
		{"Microsoft signed a 20-year power purchase agreement with Constellation Energy.", graph.CustomerOf, "Microsoft", "Constellation Energy"},
		// rel_power.go recipientTo: "up to" is the amount's, not the recipient's
		{"Talen Energy signed a deal to supply Amazon with up to 1,920 megawatts of electricity.", graph.CustomerOf, "Amazon", "Talen Energy"},
		// rel_facility.go: a plant after "from" is the source, not the goods sold
		{"Vistra agreed to sell 1,200 megawatts from its Comanche Peak plant to Meta.", graph.CustomerOf, "Meta", "Vistra"},
		// rel_power.go toWindow: a lease names the site before the tenant
		{"Digital Realty has leased 100 megawatts of capacity at its Ashburn campus to Microsoft under a 15-year deal.", graph.CustomerOf, "Microsoft", "Digital Realty"},
		// rel_customers_at.go
		{"Equinix said Oracle and Meta are among the customers at its new Dallas facilities.", graph.CustomerOf, "Meta", "Equinix"},
		// rel_reserve_goods.go
		{"Chevron and Engine No. 1 have reserved seven GE Vernova turbines for their data-center power plants.", graph.CustomerOf, "Engine No. 1", "GE Vernova"},
		{"Xcel Energy reserved turbines from Siemens Energy.", graph.CustomerOf, "Xcel Energy", "Siemens Energy"},
		// rel_build_for.go
		{"Crusoe is building the first campus in Abilene, Texas, for OpenAI and Oracle.", graph.CustomerOf, "Oracle", "Crusoe"},
		// rel_from_maker.go
		{"Google agreed to buy electricity from a fleet of small reactors to be built by Kairos Power.", graph.CustomerOf, "Google", "Kairos Power"},
		{"Amazon buys power from a plant owned by Vistra.", graph.CustomerOf, "Amazon", "Vistra"},
	})
}

func TestAIPowerRefuted(t *testing.T) {
	refuteRels(t, []relCase{
		// rel_power.go: no reversed buyer
		{"Constellation Energy signed a 20-year power purchase agreement with Microsoft.", graph.CustomerOf, "Constellation Energy", "Microsoft"},
		// rel_rival_adj.go: "a rival operator, said X" names no rival
		{"Equinix, a rival operator, said Oracle and Meta are among the customers at its new Dallas facilities.", graph.CompetesWith, "Equinix", "Oracle"},
		// rel_from_maker.go siteParticiple: the plant is owned, not the buyer
		{"Amazon buys power from a plant owned by Vistra.", graph.SubsidiaryOf, "Amazon", "Vistra"},
		// ner_facility.go: a named plant is no seller
		{"Google signed a deal with NextEra Energy to buy power from a restarted Duane Arnold plant.", graph.CustomerOf, "NextEra Energy", "Duane Arnold"},
		// rel_build_for.go: a hedge
		{"Meta said it could build a data center for Anthropic.", graph.CustomerOf, "Anthropic", "Meta"},
	})
}

func TestAIPowerStatus(t *testing.T) {
	// rel_prelim.go: preliminary papers state plans
	assertStatuses(t, []statusCase{
		{"Amazon signed a letter of intent to buy power from Dominion Energy.", graph.CustomerOf, "Amazon", "Dominion Energy", graph.StatusPlanned},
		{"Amazon signed a non-binding deal to buy power from Dominion Energy.", graph.CustomerOf, "Amazon", "Dominion Energy", graph.StatusPlanned},
		{"Oracle will build data centers for OpenAI.", graph.CustomerOf, "OpenAI", "Oracle", graph.StatusPlanned},
		{"Amazon buys power from Dominion Energy.", graph.CustomerOf, "Amazon", "Dominion Energy", graph.StatusCurrent},
	})
}

func TestAIPowerAmounts(t *testing.T) {
	// rel_power.go: the deal's own price, not the price of what it powers
	x := run(t, "Entergy signed an electric service agreement with Meta to power the company's planned $10 billion data center.", "2025-03-10")
	if r := hasRel(x, graph.CustomerOf, "Meta", "Entergy"); r == nil || r.Amount != nil {
		t.Errorf("want Meta customer of Entergy without amount, got %+v", r)
	}
	x = run(t, "Talen Energy signed an $18 billion power purchase agreement with Amazon for 1.92 gigawatts.", "2025-03-10")
	if r := hasRel(x, graph.CustomerOf, "Amazon", "Talen Energy"); r == nil || r.Amount == nil || r.Amount.Value != 18e9 {
		t.Errorf("want Amazon customer of Talen Energy for $18 billion, got %+v", r)
	}
}

func TestAIPowerMetrics(t *testing.T) {
	cases := []struct {
		text, subj string
		value      float64
	}{
		{"American Electric Power plans to spend $54 billion over five years to serve data centers.", "American Electric Power", 54e9}, // metrics_capex_span.go
		{"Amazon plans to spend $100 billion on capital expenditures this year.", "Amazon", 100e9},                                     // metrics_capex.go assetNouns
		{"GE Vernova said its backlog reached $119 billion.", "GE Vernova", 119e9},                                                     // metrics_backlog.go
		{"Siemens Energy's order backlog rose to a record 131 billion euros.", "Siemens Energy", 131e9},
	}
	for _, c := range cases {
		x := run(t, c.text, "2025-03-10")
		found := false
		for _, m := range x.Metrics {
			found = found || m.Subject == c.subj && m.Value == c.value && m.Metric == "other"
		}
		if !found {
			t.Errorf("%q: want metric other %v of %s, got %+v", c.text, c.value, c.subj, x.Metrics)
		}
	}
	// megawatts are no money
	x := run(t, "The company's gas turbine backlog rose to 55 gigawatts.", "2025-03-10")
	if len(x.Metrics) != 0 {
		t.Errorf("gigawatts read as money: %+v", x.Metrics)
	}
}

func TestAIPowerPrecision(t *testing.T) {
	// rel_prelim.go partiesAround: an aside's takeover stays current
	assertStatus(t, "QTS, which Blackstone acquired in 2022 for $10 billion, signed a letter of intent with Amazon for a new campus.",
		graph.Acquires, "Blackstone", "QTS", graph.StatusCurrent)
	// metrics_capex_span.go relativeSpend: the spender of a relative clause is not the last company named
	x := run(t, "The project is part of a venture that OpenAI and Oracle announced in January, which aims to invest $500 billion in AI infrastructure.", "2025-03-10")
	for _, m := range x.Metrics {
		if m.Subject == "Oracle" {
			t.Errorf("spending given to Oracle: %+v", m)
		}
	}
}
