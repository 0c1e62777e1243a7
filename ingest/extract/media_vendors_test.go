package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
)

// Readings found by probing our own telecom-vendor, carriage, rights and
// advertising stories: every sentence is our own.

// Network vendors picked, won, used, torn out and displaced.
func TestNetworkVendorFrames(t *testing.T) {
	assertRels(t, []relCase{
		// rel_pick.go: a list of picks
		{"Orange selected Ericsson and Nokia to supply radio gear for its 5G rollout.", graph.CustomerOf, "Orange", "Ericsson"},
		{"Orange selected Ericsson and Nokia to supply radio gear for its 5G rollout.", graph.CustomerOf, "Orange", "Nokia"},
		// rel_picked_by.go
		{"Samsung was chosen by KDDI to upgrade its core network.", graph.CustomerOf, "KDDI", "Samsung"},
		// rel_won_account.go: a contract to build the client's network
		{"Nokia won a $3 billion contract to modernize Vodafone's radio network.", graph.CustomerOf, "Vodafone", "Nokia"},
		// rel_goods_list.go
		{"Telstra uses Ericsson and Nokia gear in its network.", graph.CustomerOf, "Telstra", "Ericsson"},
		{"Telstra uses Ericsson and Nokia gear in its network.", graph.CustomerOf, "Telstra", "Nokia"},
		{"Telstra buys Ericsson, Nokia and Samsung radios.", graph.CustomerOf, "Telstra", "Ericsson"},
		// rel_frames2.go award: a longer deal phrase before "with"
		{"Ericsson signed a seven-year deal with Telstra to supply radio equipment.", graph.CustomerOf, "Telstra", "Ericsson"},
		// rel_conjoined_verb.go: the object list of the first verb is no subject of the second
		{"Telstra uses Ericsson and Nokia gear, and has partnered with SpaceX on satellite messaging.", graph.PartnersWith, "Telstra", "SpaceX"},
	})
	refuteRels(t, []relCase{
		{"Telstra buys Ericsson and Nokia equipment.", graph.Acquires, "Telstra", "Ericsson"},
		{"Telstra uses Ericsson and Nokia gear, and has partnered with SpaceX on satellite messaging.", graph.PartnersWith, "Nokia", "SpaceX"},
	})
	// rel_media_frames.go removedGoods: gear torn out is a former tie; one still to go is none
	assertStatus(t, "BT ripped out Huawei equipment from its core network.", graph.CustomerOf, "BT", "Huawei", graph.StatusFormer)
	assertStatus(t, "Telia removed gear made by Huawei and ZTE from its network.", graph.CustomerOf, "Telia", "ZTE", graph.StatusFormer)
	refuteRels(t, []relCase{
		{"BT plans to rip out Huawei equipment by 2027.", graph.CustomerOf, "BT", "Huawei"},
	})
	// rel_replaced_as.go + coref_as_owner.go: the displaced supplier is former
	out := run(t, "AT&T is rebuilding its network. Ericsson won the work, replacing Nokia as the carrier's main supplier.", "2025-03-10")
	if r := hasRel(out, graph.CustomerOf, "AT&T", "Nokia"); r == nil || r.Status != graph.StatusFormer {
		t.Errorf("want AT&T a former customer of Nokia, got %+v", out.Relations)
	}
	if hasRel(out, graph.CustomerOf, "AT&T", "Ericsson") == nil {
		t.Errorf("want AT&T a customer of Ericsson, got %+v", out.Relations)
	}
	assertStatus(t, "Samsung replaced Nokia as Verizon's main radio vendor last year.", graph.CustomerOf, "Verizon", "Samsung", graph.StatusCurrent)
	refuteRels(t, []relCase{
		{"KDDI said Samsung will replace Nokia as its main supplier.", graph.CustomerOf, "KDDI", "Nokia"},
	})
}

// Accounts and rights won and lost (rel_won_account.go).
func TestAccountsWonAndLost(t *testing.T) {
	assertRels(t, []relCase{
		{"Omnicom won Pepsi's global media account in May.", graph.CustomerOf, "Pepsi", "Omnicom"},
		{"Dentsu lost Mondelez's media account to WPP.", graph.CustomerOf, "Mondelez", "WPP"},
		{"Fox won the rights to NFL games in 2023.", graph.CustomerOf, "Fox", "NFL"},
	})
	assertStatuses(t, []statusCase{
		{"Omnicom won Pepsi's global media account, which had been handled by Dentsu since 2018.", graph.CustomerOf, "Pepsi", "Dentsu", graph.StatusFormer},
		{"Omnicom won Pepsi's U.S. media account after a review, taking the business from Dentsu.", graph.CustomerOf, "Pepsi", "Dentsu", graph.StatusFormer},
		{"Dentsu lost Mondelez's media account to WPP.", graph.CustomerOf, "Mondelez", "Dentsu", graph.StatusFormer},
		{"Warner Bros. Discovery lost its NFL rights last year.", graph.CustomerOf, "Warner Bros. Discovery", "NFL", graph.StatusFormer},
	})
	refuteRels(t, []relCase{
		{"Dentsu lost $300 million in the quarter.", graph.CustomerOf, "Dentsu", "WPP"},
	})
}

// Carriage deals: the distributor buys the media company's channels
// (rel_carriage.go); two distributors or two studios are partners.
func TestCarriageDeals(t *testing.T) {
	assertRels(t, []relCase{
		{"Cox Communications and Paramount reached a new carriage agreement on Monday.", graph.CustomerOf, "Cox Communications", "Paramount"},
		{"DirecTV signed a retransmission deal with Fox in October.", graph.CustomerOf, "DirecTV", "Fox"},
		{"Sling TV and Walt Disney reached a new distribution deal.", graph.CustomerOf, "Sling TV", "Walt Disney"},
		{"YouTube TV and Fox ended a blackout after reaching a carriage agreement.", graph.CustomerOf, "YouTube", "Fox"},
		{"Pfizer signed a distribution deal with McKesson.", graph.PartnersWith, "Pfizer", "McKesson"},
	})
	refuteRels(t, []relCase{
		{"Fox's channels went dark on DirecTV after the two sides failed to reach a carriage deal.", graph.CustomerOf, "DirecTV", "Fox"},
		{"Cox Communications and Paramount are in talks over a carriage agreement.", graph.CustomerOf, "Cox Communications", "Paramount"},
	})
}

// Rights bought by the games they show (rel_rights_games.go), joint
// launches, revenue shared with a partner, rival bids, lapsed ventures and
// backers listed after a person.
func TestMediaDealFrames(t *testing.T) {
	assertRels(t, []relCase{
		{"Fox and CBS together pay about $4 billion a year for NFL games.", graph.CustomerOf, "Fox", "NFL"},
		{"Netflix pays $500 million a year for the WWE package.", graph.CustomerOf, "Netflix", "WWE"},
		{"Verizon and AST SpaceMobile launched a satellite messaging service in June.", graph.PartnersWith, "Verizon", "AST SpaceMobile"},
		{"Skydance is backed by David Ellison and RedBird Capital Partners.", graph.InvestsIn, "RedBird Capital Partners", "Skydance"},
	})
	refuteRels(t, []relCase{
		{"Zenta Media paid $3.6 billion for Norvik Games in 2022.", graph.CustomerOf, "Zenta Media", "Norvik"},
		{"Samsung and Apple launched a price war.", graph.PartnersWith, "Samsung", "Apple"},
		{"Samsung and Apple each launched a new streaming service.", graph.PartnersWith, "Samsung", "Apple"},
		{"Comcast made a rival bid for Warner Bros. Discovery.", graph.CompetesWith, "Comcast", "Warner Bros. Discovery"},
	})
	out := run(t, "Fox and CBS together pay about $4 billion a year for NFL games.", "2025-03-10")
	if r := hasRel(out, graph.CustomerOf, "CBS", "NFL"); r == nil || r.Amount != nil {
		t.Errorf("a joint sum is no one payer's: got %+v", r)
	}
	out = run(t, "Google shares 36% of the search revenue it earns on Safari with Apple.", "2025-03-10")
	if r := hasRel(out, graph.RevenueShare, "Apple", "Google"); r == nil || r.SharePercent == nil || *r.SharePercent != 36 {
		t.Errorf("want Apple receiving 36%% of Google's revenue, got %+v", out.Relations)
	}
	assertStatus(t, "Fox and Comcast own stakes in the Kayo joint venture with Disney, which was scrapped in March.", graph.InvestsIn, "Fox", "Kayo", graph.StatusFormer)
}

// Sales of assets agreed are planned, and a licence sold is no licensing
// of its own (rel_service_buyers.go); a licence to a service is its
// maker's; another clause's licence is no goods of this one.
func TestSalesAndLicences(t *testing.T) {
	assertStatus(t, "EchoStar agreed to sell spectrum to AT&T for $23 billion.", graph.CustomerOf, "AT&T", "EchoStar", graph.StatusPlanned)
	out := run(t, "EchoStar agreed to sell spectrum licenses to SpaceX for about $17 billion.", "2025-03-10")
	n := 0
	for _, r := range out.Relations {
		if r.Type == graph.CustomerOf && r.Subject == "SpaceX" {
			n++
			if r.Status != graph.StatusPlanned {
				t.Errorf("want planned, got %+v", r)
			}
		}
	}
	if n != 1 {
		t.Errorf("want one planned sale, got %+v", out.Relations)
	}
	assertRels(t, []relCase{
		{"Universal Music licenses its catalog to Spotify and Amazon Music.", graph.CustomerOf, "Amazon", "Universal Music Group"},
	})
	refuteRels(t, []relCase{
		{"Sony Music signed a licensing deal with TikTok in May, while Universal Music licenses its songs to Spotify.", graph.CustomerOf, "Sony Music", "Universal Music Group"},
	})
}

// A name after "The" that the lexicon knows wins over a shorter lexicon
// phrase opening with "The" (ner_the_overlap.go), and "The X Company"
// takes the lexicon's name (names_the.go).
func TestTheOverlapNames(t *testing.T) {
	out := run(t, "The National Football League signed new deals with Amazon. The NFL said they run ten years.", "2025-03-10")
	names := entityNames(out)
	if _, ok := names["Football League"]; ok {
		t.Errorf("want the league's full name, got %+v", names)
	}
	n := 0
	for _, e := range out.Entities {
		if e.Name == "National Football League" || e.Name == "NFL" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("want one league entity, got %+v", out.Entities)
	}
	out = run(t, "The Walt Disney Company said revenue rose. Disney also raised prices.", "2025-03-10")
	if _, ok := entityNames(out)["Walt Disney"]; !ok {
		t.Errorf("want Walt Disney, got %+v", out.Entities)
	}
}
