package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
)

// Readings found by reading our own probe articles (licence-and-hire
// deals, a chip-software takeover, compute deals, IPO-era stakes, earnings
// lines, rumours and denials): every sentence is our own.

func TestPledgedMoneyIsInvestment(t *testing.T) {
	assertRels(t, []relCase{
		{"Amazon has committed $8 billion to Anthropic.", graph.InvestsIn, "Amazon", "Anthropic"},
		{"Nvidia pledged $500 million to Kestrel Robotics last year.", graph.InvestsIn, "Nvidia", "Kestrel Robotics"},
	})
	out := run(t, "Amazon has committed $8 billion to Anthropic.", "2024-06-05")
	if r := hasRel(out, graph.InvestsIn, "Amazon", "Anthropic"); r == nil || r.Amount == nil || r.Amount.Value != 8e9 {
		t.Errorf("committed $8 billion: want the amount on the investment, got %+v", r)
	}
	refuteRels(t, []relCase{
		{"Amazon has committed to Anthropic for the long term.", graph.InvestsIn, "Amazon", "Anthropic"},
	})
}

func TestLicenceNounNeedsFrom(t *testing.T) {
	refuteRels(t, []relCase{
		{"Google paid Character.AI for a licence to its models.", graph.CustomerOf, "Character.AI", "Google"},
	})
	assertRels(t, []relCase{
		{"Google paid Character.AI for a licence to its models.", graph.CustomerOf, "Google", "Character.AI"},
		{"Kestrel makes the chips under a licence from Arm.", graph.CustomerOf, "Kestrel", "Arm"},
	})
}

func TestWhoClauseTimeDatesNoFact(t *testing.T) {
	out := run(t, "Google paid Character.AI and rehired Noam Shazeer, who had left Google in 2021 to co-found the chatbot maker.", "2024-09-10")
	r := hasRel(out, graph.CustomerOf, "Google", "Character.AI")
	if r == nil {
		t.Fatal("Google paid Character.AI: no CUSTOMER_OF")
	}
	if r.Time == "2021" {
		t.Errorf("the time of a who-clause dated the payment: %q", r.Time)
	}
}

func TestOpenerAdjectiveIsNoName(t *testing.T) {
	for _, text := range []string{
		"Large technology companies have found a way to absorb startups.\n\nMicrosoft agreed to pay Inflection AI $6 million to license the startup's models.",
		"Several banks declined to comment.\n\nThe startup said Microsoft had invested in it.",
	} {
		out := run(t, text, "2024-06-05")
		for _, e := range out.Entities {
			if e.Name == "Large" || e.Name == "Several" {
				t.Errorf("%q: opener adjective %q became an entity", text, e.Name)
			}
		}
	}
}

func TestDescriptorOpenerIsNoName(t *testing.T) {
	for _, c := range []struct{ text, bad, buyer string }{
		{"Chip design software maker Synopsys said it would acquire Ansys.", "Chip", "Synopsys"},
		{"Jan 16 (Reuters) - Chip design software maker Synopsys said on Tuesday it would acquire Ansys.", "Chip", "Synopsys"},
		{"Drug developer Kestrel said it would acquire Ansys.", "Drug", "Kestrel"},
		{"Jan 16 (Reuters) - Large lenders such as Kestrel Bank said they would acquire Ansys.", "Large", "Kestrel Bank"},
	} {
		out := run(t, c.text, "2024-01-16")
		for _, e := range out.Entities {
			if e.Name == c.bad {
				t.Errorf("%q: description word %q became an entity", c.text, c.bad)
			}
		}
		if c.buyer != "Kestrel Bank" && hasRel(out, graph.Acquires, c.buyer, "Ansys") == nil {
			t.Errorf("%q: want %s ACQUIRES Ansys, got %+v", c.text, c.buyer, out.Relations)
		}
	}
}

func TestBuiltIntoIsNoOrderAndPartOfHosted(t *testing.T) {
	refuteRels(t, []relCase{
		{"Apple will build OpenAI's ChatGPT into Siri.", graph.CustomerOf, "OpenAI", "Apple"},
	})
	assertRels(t, []relCase{
		{"Foxconn builds Apple's iPhones in China.", graph.CustomerOf, "Apple", "Foxconn"},
		{"Apple trained some of its models on Google's chips.", graph.CustomerOf, "Apple", "Google"},
		{"Kestrel runs part of its workloads on Microsoft's servers.", graph.CustomerOf, "Kestrel", "Microsoft"},
	})
}

func TestAmongBackers(t *testing.T) {
	assertRels(t, []relCase{
		{"Microsoft was among the early backers of OpenAI.", graph.InvestsIn, "Microsoft", "OpenAI"},
		{"Khosla Ventures was one of the first investors in OpenAI.", graph.InvestsIn, "Khosla Ventures", "OpenAI"},
		{"Microsoft and Nvidia were among OpenAI's biggest backers.", graph.InvestsIn, "Nvidia", "OpenAI"},
		{"Kestrel Labs raised $20 million last year.\n\nMicrosoft was among its early backers.", graph.InvestsIn, "Microsoft", "Kestrel Labs"},
	})
	refuteRels(t, []relCase{
		{"Kestrel Labs raised $20 million last year.\n\nMicrosoft was among its early backers.", graph.InvestsIn, "Microsoft", "Microsoft"},
		{"Acme Holdings's Kestrel Fund was among its early backers.", graph.InvestsIn, "Kestrel Fund", "Acme Holdings"},
	})
}

func TestAppositionNamesAndTitles(t *testing.T) {
	cases := []struct {
		text, name string
		typ        graph.EntityType
	}{
		{"His design firm, LoveFrom, will take over design work.", "LoveFrom", graph.Org},
		{"Laurene Powell Jobs's Emerson Collective backed the startup.", "Emerson Collective", graph.Org},
		{"Cédric O, a former digital minister, is one of its advisers.", "Cédric O", graph.Person},
		{"\"It is a big deal,\" said Meta Marshall, an analyst at Morgan Stanley.", "Meta Marshall", graph.Person},
	}
	for _, c := range cases {
		out := run(t, c.text, "2024-06-05")
		if got := entType(out, c.name); got != c.typ {
			t.Errorf("%q: want %s %s, got %+v", c.text, c.typ, c.name, out.Entities)
		}
	}
	out := run(t, "OpenAI will buy Kestrel, the startup founded by former Apple design chief Jony Ive.", "2024-06-05")
	if r := hasRel(out, graph.Leads, "Jony Ive", "Apple"); r == nil || r.Status != graph.StatusFormer {
		t.Errorf("former Apple design chief: want a former LEADS, got %+v", r)
	}
}

func TestAmongItsWithoutAntecedent(t *testing.T) {
	refuteRels(t, []relCase{
		{"Kestrel was started last year by Jane Doe. Acme Holdings's Boreal Fund was among its early backers.", graph.InvestsIn, "Boreal Fund", "Acme Holdings"},
	})
}

func TestCoWorkPartners(t *testing.T) {
	assertRels(t, []relCase{
		{"Daiichi Sankyo co-markets the breast cancer drug Enhertu with AstraZeneca.", graph.PartnersWith, "Daiichi Sankyo", "AstraZeneca"},
		{"Merck will jointly develop the drugs with Daiichi Sankyo.", graph.PartnersWith, "Merck", "Daiichi Sankyo"},
		{"Pfizer and BioNTech co-developed the Covid vaccine.", graph.PartnersWith, "Pfizer", "BioNTech"},
	})
	refuteRels(t, []relCase{
		{"Merck may jointly develop the drugs with Daiichi Sankyo.", graph.PartnersWith, "Merck", "Daiichi Sankyo"},
	})
}

func TestStakesListAndWhichClauseTime(t *testing.T) {
	assertRels(t, []relCase{
		{"Nvidia owns stakes in Nebius and CoreWeave.", graph.InvestsIn, "Nvidia", "CoreWeave"},
		{"Nvidia owns stakes in Nebius and CoreWeave.", graph.InvestsIn, "Nvidia", "Nebius"},
	})
	out := run(t, "The deal makes Microsoft the largest customer of Nebius, which was spun out of Yandex last year.", "2025-09-09")
	if r := hasRel(out, graph.CustomerOf, "Microsoft", "Nebius"); r == nil || r.Time == "2024" {
		t.Errorf("a which-clause's own past dated the customer fact: %+v", r)
	}
	out = run(t, "Corvane buys most of its chips from TSMC, which made about 90% of its wafers last year.", "2024-06-05")
	if r := hasRel(out, graph.CustomerOf, "Corvane", "TSMC"); r == nil || r.Time != "2023" {
		t.Errorf("a which-clause with the fact's figure keeps its time: %+v", r)
	}
}

func TestWhichClauseDealEventKeepsTime(t *testing.T) {
	out := run(t, "Kestrel expanded its partnership with Boreal Labs, which was announced by both companies on Monday.", "2024-06-05")
	if r := hasRel(out, graph.PartnersWith, "Kestrel", "Boreal Labs"); r == nil || r.Time == "" {
		t.Errorf("the announcement in a which-clause dates the deal: %+v", r)
	}
}

func TestLedByPerson(t *testing.T) {
	assertRels(t, []relCase{
		{"SpaceX, led by Elon Musk, plans to use the airwaves.", graph.Leads, "Elon Musk", "SpaceX"},
		{"Kestrel, run by former Google engineer Jane Doe, plans to expand.", graph.Leads, "Jane Doe", "Kestrel"},
	})
	refuteRels(t, []relCase{
		{"Kestrel's $20 million round was led by Jane Doe of Sequoia.", graph.Leads, "Jane Doe", "Kestrel"},
	})
	out := run(t, "Acme, led by chairman Jane Doe, competes with Boreal.", "2024-06-05")
	if r := hasRel(out, graph.Leads, "Jane Doe", "Acme"); r == nil || r.Role != "chairman" {
		t.Errorf("led by chairman P: want the title as role, got %+v", r)
	}
}

func TestProductUserList(t *testing.T) {
	text := "Microsoft, Meta Platforms and Oracle use the MI300."
	for _, u := range []string{"Microsoft", "Meta Platforms", "Oracle"} {
		if hasRel(run(t, text, "2024-06-05"), graph.Uses, u, "MI300") == nil {
			t.Errorf("%q: want %s USES MI300", text, u)
		}
	}
	refuteRels(t, []relCase{
		{"Among its customers are Salesforce, Morgan Stanley and Klarna, which uses GPT-4 for its assistant.", graph.Uses, "Salesforce", "GPT-4"},
	})
}

func TestComputeDealsAndQuantities(t *testing.T) {
	assertRels(t, []relCase{
		{"OpenAI signed a $300 billion deal with Oracle for computing power over about five years.", graph.CustomerOf, "OpenAI", "Oracle"},
		{"Kestrel signed an agreement with CoreWeave for computing capacity in Europe.", graph.CustomerOf, "Kestrel", "CoreWeave"},
		{"Anthropic uses thousands of Nvidia's chips.", graph.CustomerOf, "Anthropic", "Nvidia"},
	})
	out := run(t, "Samsung has won a $16.5 billion order to make chips for Tesla, Elon Musk said.", "2024-06-05")
	if r := hasRel(out, graph.CustomerOf, "Tesla", "Samsung"); r == nil || r.Amount == nil || r.Amount.Value != 16.5e9 {
		t.Errorf("an attribution after the buyer dropped the order's value: %+v", r)
	}
}

func TestLastAndNextMonth(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Broadcom closed its purchase of VMware last November.", "2024-11"},
		{"Broadcom will close its purchase of VMware next March.", "2026-03"},
		{"Broadcom will close its purchase of VMware next December.", "2025-12"},
		{"Broadcom closed its purchase of VMware in November.", "2025-11"},
	} {
		r := hasRel(run(t, c.text, "2025-11-03"), graph.Acquires, "Broadcom", "VMware")
		if r == nil || r.Time != c.want {
			t.Errorf("%q: want time %s, got %+v", c.text, c.want, r)
		}
	}
}

func TestGerundBuyerAndAside(t *testing.T) {
	refuteRels(t, []relCase{
		{"Salesforce agreed to acquire Informatica for about $8 billion, its biggest deal since buying Slack.", graph.Acquires, "Informatica", "Slack"},
		{"Salesforce, after buying Slack for $27.7 billion in 2021, agreed to acquire Informatica.", graph.Acquires, "Slack", "Informatica"},
	})
	assertRels(t, []relCase{
		{"Salesforce agreed to acquire Informatica for about $8 billion, its biggest deal since buying Slack.", graph.Acquires, "Salesforce", "Slack"},
		{"Salesforce, after buying Slack for $27.7 billion in 2021, agreed to acquire Informatica.", graph.Acquires, "Salesforce", "Informatica"},
	})
	out := run(t, "Salesforce, after buying Slack for $27.7 billion in 2021, agreed to acquire Informatica.", "2025-05-27")
	if r := hasRel(out, graph.Acquires, "Salesforce", "Informatica"); r == nil || r.Amount != nil || r.Time == "2021" {
		t.Errorf("the aside's amount and time went to the main deal: %+v", r)
	}
}

func TestOwnedSupplierOfGoodsAndInvestorsCounted(t *testing.T) {
	assertRels(t, []relCase{
		{"Qualcomm is Apple's main supplier of modems.", graph.CustomerOf, "Apple", "Qualcomm"},
		{"Mistral AI counts Microsoft among its investors.", graph.InvestsIn, "Microsoft", "Mistral AI"},
	})
}

func TestCountTotalNotChange(t *testing.T) {
	out := run(t, "Netflix added 19 million subscribers, bringing its total to 302 million.", "2025-11-03")
	var got []float64
	for _, m := range out.Metrics {
		if m.Metric == "customers" {
			got = append(got, m.Value)
		}
	}
	if len(got) != 1 || got[0] != 302e6 {
		t.Errorf("want one customer count of 302 million, got %v", got)
	}
	out = run(t, "Nvidia's revenue more than doubled to $35.1 billion in the third quarter.", "2025-11-03")
	if len(out.Metrics) == 0 || out.Metrics[0].Metric != "revenue" || out.Metrics[0].Value != 35.1e9 {
		t.Errorf("'more than doubled to $N': want revenue, got %+v", out.Metrics)
	}
}

func TestTeamedUpAndSourceNoun(t *testing.T) {
	assertRels(t, []relCase{
		{"Apple and Google have teamed up.", graph.PartnersWith, "Apple", "Google"},
		{"Apple and Google joined forces on the project.", graph.PartnersWith, "Apple", "Google"},
		{"Tesla sources battery cells from CATL.", graph.CustomerOf, "Tesla", "CATL"},
	})
	refuteRels(t, []relCase{
		{"Meta's models are open source, unlike OpenAI's models.", graph.CustomerOf, "Meta", "OpenAI"},
	})
}

func TestPairLicensingDeal(t *testing.T) {
	assertRels(t, []relCase{
		{"Disney and OpenAI signed a licensing agreement.", graph.PartnersWith, "Disney", "OpenAI"},
	})
	refuteRels(t, []relCase{
		{"Disney and OpenAI are in talks over a licensing deal.", graph.PartnersWith, "Disney", "OpenAI"},
	})
}

func TestThingClauseDescription(t *testing.T) {
	out := run(t, "Google sells Pixel phones. Apple runs servers that use the company's M-series chips.", "2025-11-03")
	if hasRel(out, graph.Offers, "Google", "M-series") != nil || hasRel(out, graph.Offers, "Apple", "M-series") == nil {
		t.Errorf("'servers that use the company's chips': the company is the subject, got %+v", out.Relations)
	}
}

func TestCloseToDealIsTalks(t *testing.T) {
	refuteRels(t, []relCase{
		{"Apple is close to a deal to use Google's Gemini.", graph.Uses, "Apple", "Gemini"},
		{"Apple is nearing a deal to buy Kestrel.", graph.Acquires, "Apple", "Kestrel"},
		{"Apple is close to an agreement to acquire Kestrel for $2 billion.", graph.Acquires, "Apple", "Kestrel"},
	})
	assertRels(t, []relCase{
		{"Apple will close its purchase of Kestrel next month.", graph.Acquires, "Apple", "Kestrel"},
		{"Apple expects to close its $2 billion acquisition of Kestrel soon.", graph.Acquires, "Apple", "Kestrel"},
	})
}

func TestRumourAndDenialAndPlans(t *testing.T) {
	refuteRels(t, []relCase{
		{"Apple is said to be planning to buy Perplexity, according to people familiar with the matter.", graph.Acquires, "Apple", "Perplexity"},
		{"Tesla denied a report that it had agreed to buy batteries from CATL.", graph.CustomerOf, "Tesla", "CATL"},
	})
	assertRels(t, []relCase{
		{"Kestrel bought Boreal, the company said.", graph.Acquires, "Kestrel", "Boreal"},
	})
	assertStatus(t, "SoftBank is expected to invest $40 billion in OpenAI.", graph.InvestsIn, "SoftBank", "OpenAI", graph.StatusPlanned)
}

func TestInvestForStake(t *testing.T) {
	r := hasRel(run(t, "Meta invested $14.3 billion in Scale AI for a 49 percent stake.", "2025-11-03"), graph.InvestsIn, "Meta", "Scale AI")
	if r == nil || r.SharePercent == nil || *r.SharePercent != 49 {
		t.Errorf("'invest $N in Y for a 49 percent stake': want share 49, got %+v", r)
	}
}

func TestFormerTitleApposition(t *testing.T) {
	assertStatus(t, "Mira Murati, OpenAI's former chief technology officer, founded Thinking Machines Lab.", graph.Leads, "Mira Murati", "OpenAI", graph.StatusFormer)
	assertStatus(t, "Fortress, which is owned by SoftBank, had bid 286p.\n\nSir Terry Leahy, the former chief executive of Tesco, is a senior adviser to CD&R.", graph.Leads, "Terry Leahy", "Tesco", graph.StatusFormer)
	assertRels(t, []relCase{
		{"Mira Murati, OpenAI's former chief technology officer, founded Thinking Machines Lab.", graph.Leads, "Mira Murati", "Thinking Machines Lab"},
	})
}

func TestPossessedSurnameSpeaker(t *testing.T) {
	out := run(t, "Nvidia's Huang said demand was insane.", "2025-11-03")
	if got := entType(out, "Huang"); got != graph.Person {
		t.Errorf("'Nvidia's Huang said': want a person, got %q", got)
	}
	if hasRel(out, graph.Offers, "Nvidia", "Huang") != nil {
		t.Error("a speaker became Nvidia's product")
	}
}

func TestRevenueFromCustomer(t *testing.T) {
	out := run(t, "Broadcom's revenue from Google rose to $8 billion.", "2025-11-03")
	if r := hasRel(out, graph.CustomerOf, "Google", "Broadcom"); r == nil || r.Amount == nil || r.Amount.Value != 8e9 {
		t.Errorf("'X's revenue from Y rose to $N': want Y a customer of X with $N, got %+v", r)
	}
	for _, m := range out.Metrics {
		if m.Subject == "Google" {
			t.Errorf("the customer got the revenue metric: %+v", m)
		}
	}
	assertRels(t, []relCase{
		{"Amazon represents roughly 8% of UPS revenue.", graph.CustomerOf, "Amazon", "UPS"},
	})
}

func TestJointVentureWithoutWith(t *testing.T) {
	assertRels(t, []relCase{
		{"Ford and SK On formed BlueOval SK, a battery joint venture, in 2021.", graph.PartnersWith, "Ford", "SK On"},
		{"Ford and SK On have agreed to dissolve BlueOval SK, the battery joint venture they formed in 2021.", graph.PartnersWith, "Ford", "SK On"},
		{"BlueOval SK is a joint venture of Ford and SK On.", graph.PartnersWith, "Ford", "SK On"},
	})
	assertStatus(t, "Ford will continue to buy cells from CATL.", graph.CustomerOf, "Ford", "CATL", graph.StatusCurrent)
}

func TestSuppliersForOwnersAndLists(t *testing.T) {
	assertRels(t, []relCase{
		{"CATL supplies batteries for Tesla's Model 3.", graph.CustomerOf, "Tesla", "CATL"},
		{"Corning will supply glass for Apple's iPhones.", graph.CustomerOf, "Apple", "Corning"},
		{"Infineon is among the chip suppliers to BMW.", graph.CustomerOf, "BMW", "Infineon"},
		{"Foxconn and Pegatron are Apple's main suppliers.", graph.CustomerOf, "Apple", "Foxconn"},
		{"Bosch and Continental are key suppliers to Volkswagen.", graph.CustomerOf, "Volkswagen", "Bosch"},
	})
	refuteRels(t, []relCase{
		{"Apple's suppliers were hit by tariffs, Foxconn said.", graph.CustomerOf, "Apple", "Foxconn"},
	})
}

func TestBackersAfterAsideAndSeriesLead(t *testing.T) {
	refuteRels(t, []relCase{
		{"The company, founded by former Google engineers, is backed by Sequoia Capital.", graph.InvestsIn, "Sequoia Capital", "Google"},
	})
	assertRels(t, []relCase{
		{"Kestrel Labs makes robots. The company, founded by former Google engineers, is backed by Sequoia Capital.", graph.InvestsIn, "Sequoia Capital", "Kestrel Labs"},
		{"Sequoia Capital led Kestrel's $50 million Series B.", graph.InvestsIn, "Sequoia Capital", "Kestrel"},
	})
}

func TestLeadersWhoLeaveOrReturn(t *testing.T) {
	for _, c := range []struct{ text, p, o, status string }{
		{"Pat Gelsinger stepped down as Intel CEO in December.", "Pat Gelsinger", "Intel", graph.StatusFormer},
		{"Intel said Pat Gelsinger had retired as chief executive.", "Pat Gelsinger", "Intel", graph.StatusFormer},
		{"Jane Doe, 63, stepped down as chairman of Kestrel.", "Jane Doe", "Kestrel", graph.StatusFormer},
		{"Bob Iger returned as Disney's chief executive in 2022.", "Bob Iger", "Disney", graph.StatusCurrent},
	} {
		assertStatus(t, c.text, graph.Leads, c.p, c.o, c.status)
	}
}

// assertStatus: text (read on 2025-11-03) gives the fact typ subj -> obj
// with the status want.
func assertStatus(t *testing.T, text, typ, subj, obj, want string) {
	t.Helper()
	r := hasRel(run(t, text, "2025-11-03"), typ, subj, obj)
	if r == nil || r.Status != want {
		t.Errorf("%q: want %s %s -> %s (%s), got %+v", text, typ, subj, obj, want, r)
	}
}

// statusCase: text (read on 2025-11-03) gives typ subj -> obj with status want.
type statusCase struct{ text, typ, subj, obj, want string }

// assertStatuses runs assertStatus over a table.
func assertStatuses(t *testing.T, cases []statusCase) {
	t.Helper()
	for _, c := range cases {
		assertStatus(t, c.text, c.typ, c.subj, c.obj, c.want)
	}
}
