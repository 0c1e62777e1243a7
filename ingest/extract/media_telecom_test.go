package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
)

// Readings found by probing our own media, streaming, telecom and
// advertising stories: every sentence is our own.

// Rights bought from a league or studio and ads bought on a platform make
// the payer a customer (rel_rights.go).
func TestRightsAndAdSpend(t *testing.T) {
	assertRels(t, []relCase{
		{"Amazon paid about $1 billion a year for the rights to Thursday night NFL games.", graph.CustomerOf, "Amazon", "NFL"},
		{"Disney's ESPN will pay about $2.6 billion a year for NBA rights.", graph.CustomerOf, "ESPN", "NBA"},
		{"YouTube paid $2 billion a year for the NFL's Sunday Ticket rights.", graph.CustomerOf, "YouTube", "NFL"},
		{"Shein spent about $1 billion on Meta platforms last year.", graph.CustomerOf, "Shein", "Meta"},
		{"Temu spent $2 billion on ads on Meta in 2024.", graph.CustomerOf, "Temu", "Meta"},
		{"Procter & Gamble spends about $1 billion a year on Google advertising.", graph.CustomerOf, "Procter & Gamble", "Google"},
	})
	refuteRels(t, []relCase{
		{"Disney's ESPN will pay about $2.6 billion a year for NBA rights.", graph.Acquires, "ESPN", "NBA"},
	})
	out := run(t, "YouTube paid $2 billion a year for the NFL's Sunday Ticket rights.", "2025-03-10")
	if r := hasRel(out, graph.CustomerOf, "YouTube", "NFL"); r == nil || r.Amount == nil || r.Amount.Value != 2e9 || r.Amount.Period != "year" || r.Time == "2025-03-09" {
		t.Errorf("want $2 billion a year, no weekday time from the package name, got %+v", r)
	}
}

// A lapsed licensing or carriage deal is a former tie (rel_deal_lapsed.go).
func TestLapsedDealsAreFormer(t *testing.T) {
	assertStatuses(t, []statusCase{
		{"Universal Music Group's licensing agreement with TikTok lapsed in February.", graph.PartnersWith, "Universal Music Group", "TikTok", graph.StatusFormer},
		{"Sony Music's licensing deal with TikTok expired in January.", graph.PartnersWith, "Sony Music", "TikTok", graph.StatusFormer},
		{"Sony Music signed a new licensing deal with TikTok after the old one expired.", graph.PartnersWith, "Sony Music", "TikTok", graph.StatusCurrent},
	})
}

// A bid is an offer, and a bid that lost states no takeover (rel_frames.go
// acquire, rel_deal_lapsed.go bidLost).
func TestBidsAreNoTakeovers(t *testing.T) {
	refuteRels(t, []relCase{
		{"Comcast had also bid for Paramount but lost out.", graph.Acquires, "Comcast", "Paramount"},
	})
	assertStatus(t, "Comcast bid for Paramount in June.", graph.Acquires, "Comcast", "Paramount", graph.StatusPlanned)
}

// Average revenue per user is no revenue total, nor its change revenue
// growth (metrics_per_unit.go); ARPU is no product (cues.tsv nonname).
func TestPerUserRevenueIsNoRevenue(t *testing.T) {
	for _, s := range []string{
		"Average revenue per user at Netflix rose 2% to $11.70.",
		"Netflix's average revenue per membership rose to $11.70.",
	} {
		out := run(t, s, "2025-03-10")
		if m := metricOf(out, "Netflix", "revenue"); m != nil {
			t.Errorf("%s: no revenue, got %+v", s, m)
		}
		if m := metricOf(out, "Netflix", "growth"); m != nil {
			t.Errorf("%s: no growth, got %+v", s, m)
		}
	}
	out := run(t, "Netflix's revenue rose 16% to $10.2 billion, while average revenue per member climbed 3%.", "2025-03-10")
	if m := metricOf(out, "Netflix", "revenue"); m == nil || m.Value != 10.2e9 {
		t.Errorf("want revenue $10.2 billion, got %+v", out.Metrics)
	}
	out = run(t, "Verizon's ARPU rose 1.5% to $56.", "2025-03-10")
	if _, ok := entityNames(out)["ARPU"]; ok {
		t.Errorf("ARPU is no entity: %+v", out.Entities)
	}
}

// Broadcasters, pay-TV distributors, agencies and tower companies are
// known by name (lexicon/orgs.tsv, products.tsv).
func TestMediaNames(t *testing.T) {
	out := run(t, "WPP won the account from Publicis Groupe. DirecTV dropped the CBS stations, and American Tower leases space to Verizon. YouTube TV added subscribers.", "2025-03-10")
	names := entityNames(out)
	for _, n := range []string{"WPP", "Publicis Groupe", "DirecTV", "CBS", "American Tower", "YouTube TV"} {
		if _, ok := names[n]; !ok {
			t.Errorf("want entity %s, got %+v", n, names)
		}
	}
	assertRels(t, []relCase{
		{"American Tower leases space on its towers to Verizon and AT&T.", graph.CustomerOf, "Verizon", "American Tower"},
	})
}
