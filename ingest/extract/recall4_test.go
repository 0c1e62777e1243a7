package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Round-four rules: sentences written for these tests in wire and
// business-press phrasing; the smaller companies are invented.

func TestBuyerLists(t *testing.T) {
	assertRels(t, []relCase{
		{"Hyperscalers can't get enough of Corvane Semiconductor's chips: Microsoft, Meta and Oracle are all buying.", graph.CustomerOf, "Oracle", "Corvane Semiconductor"},
		{"Hyperscalers can't get enough of Corvane Semiconductor's chips: Microsoft, Meta and Oracle are all buying.", graph.CustomerOf, "Microsoft", "Corvane Semiconductor"},
		{"Amazon, Tesla and Ostrava Cloud simply cannot get enough of Corvane Semiconductor's memory modules.", graph.CustomerOf, "Ostrava Cloud", "Corvane Semiconductor"},
		{"Carmakers are lining up for Talvik Energy's batteries. Ford, Renault and Volvo Cars are all buying them.", graph.CustomerOf, "Renault", "Talvik Energy"},
		{"Demand for Talvik Energy's cells is strong: Ford and Renault are buying.", graph.CustomerOf, "Ford", "Talvik Energy"},
		{"Corvane Semiconductor has customers including Dell and Lenovo.", graph.CustomerOf, "Lenovo", "Corvane Semiconductor"},
		{"Corvane Semiconductor, which has large clients such as HP Inc. and Acer, reported higher sales.", graph.CustomerOf, "Acer", "Corvane Semiconductor"},
		{"Corvane Semiconductor counts Dell, Lenovo and Acer among its customers.", graph.CustomerOf, "Acer", "Corvane Semiconductor"},
		{"Corvane Semiconductor sells to customers such as Dell, Lenovo and Acer.", graph.CustomerOf, "Dell", "Corvane Semiconductor"},
	})
	refuteRels(t, []relCase{
		// a capitalised common noun opening the sentence is no buyer
		{"Hyperscalers can't get enough of Corvane Semiconductor's chips: Microsoft and Meta are buying.", graph.CustomerOf, "Hyperscalers", "Corvane Semiconductor"},
	})
	// a hedge still blocks the idiom and the bare verb
	out := run(t, "Dell may have customers such as Ostrava Cloud.", "2024-06-05")
	assert.Empty(t, out.Relations)
}

func TestForwardReferences(t *testing.T) {
	assertRels(t, []relCase{
		{"Talvik Energy supplies two carmakers: Ford and Renault.", graph.CustomerOf, "Renault", "Talvik Energy"},
		{"Talvik Energy supplies them both: Ford and Renault.", graph.CustomerOf, "Ford", "Talvik Energy"},
		{"Brightwater Capital has invested in three startups: Ostrava Cloud, Lumo Robotics and Vesta Bio.", graph.InvestsIn, "Brightwater Capital", "Vesta Bio"},
		{"Corvane Semiconductor partnered with two cloud providers, Ostrava Cloud and Oracle.", graph.PartnersWith, "Corvane Semiconductor", "Oracle"},
		{"Corvane Semiconductor acquired two rivals - Lumo Robotics and Vesta Bio - last year.", graph.Acquires, "Corvane Semiconductor", "Vesta Bio"},
		{"Corvane Semiconductor sells chips to these companies: Dell, Lenovo and Acer.", graph.CustomerOf, "Lenovo", "Corvane Semiconductor"},
	})
	refuteRels(t, []relCase{
		// the announced count must match the list
		{"Talvik Energy supplies two carmakers, Ford, Renault and Volvo Cars.", graph.CustomerOf, "Volvo Cars", "Talvik Energy"},
	})
	// a combined price is no one name's amount
	out := run(t, "Brightwater Capital invested $50 million in two startups: Lumo Robotics and Vesta Bio.", "2024-06-05")
	for _, n := range []string{"Lumo Robotics", "Vesta Bio"} {
		r := hasRel(out, graph.InvestsIn, "Brightwater Capital", n)
		require.NotNil(t, r, "%s: %+v", n, out.Relations)
		assert.Nil(t, r.Amount, n)
	}
}

func TestFiscalQuarters(t *testing.T) {
	cases := []struct{ text, pub, want string }{
		// the end date settles the calendar quarter
		{"Corvane Semiconductor reported revenue of $3 billion for its fiscal second quarter ended March 31.", "2024-05-02", "2024-Q1"},
		{"Corvane Semiconductor said revenue rose to $3 billion in the fiscal third quarter, which ended in June.", "2024-08-20", "2024-Q2"},
		{"Corvane Semiconductor posted revenue of $3.4 billion in the quarter ending Sept. 30.", "2024-11-06", "2024-Q3"},
		{"Corvane Semiconductor reported revenue of $14 billion for the fiscal year ended June 30, 2023.", "2023-08-01", "FY2023"},
		// no fiscal calendar given: today's readings
		{"Corvane Semiconductor reported revenue of $3 billion in the fiscal second quarter.", "2024-08-20", "2024-Q2"},
		{"Corvane Semiconductor expects revenue of $12 billion in fiscal 2025.", "2024-08-20", "FY2025"},
	}
	for _, tc := range cases {
		out := run(t, tc.text, tc.pub)
		m := metricOf(out, "Corvane Semiconductor", "revenue")
		require.NotNil(t, m, "%s: %+v", tc.text, out.Metrics)
		assert.Equal(t, tc.want, m.Time, tc.text)
	}
}

func TestAcquisitionsWithOwnAmounts(t *testing.T) {
	cases := []struct {
		text string
		objs []string
		amts []float64
	}{
		{"Corvane Semiconductor bought Lumo Robotics for $1 billion and Vesta Bio for $300 million.",
			[]string{"Lumo Robotics", "Vesta Bio"}, []float64{1e9, 3e8}},
		{"Brightwater Capital agreed to acquire Ostrava Cloud for $450 million, Lumo Robotics for $120 million and Vesta Bio for $75 million.",
			[]string{"Ostrava Cloud", "Lumo Robotics", "Vesta Bio"}, []float64{4.5e8, 1.2e8, 7.5e7}},
		{"Last year Corvane Semiconductor acquired Lumo Robotics for about $2.1 billion and Vesta Bio for roughly $900 million in cash.",
			[]string{"Lumo Robotics", "Vesta Bio"}, []float64{2.1e9, 9e8}},
	}
	for _, tc := range cases {
		out := run(t, tc.text, "2024-06-05")
		buyer := "Corvane Semiconductor"
		if tc.objs[0] == "Ostrava Cloud" {
			buyer = "Brightwater Capital"
		}
		for i, o := range tc.objs {
			r := hasRel(out, graph.Acquires, buyer, o)
			require.NotNil(t, r, "%s: %+v", o, out.Relations)
			require.NotNil(t, r.Amount, o)
			assert.Equal(t, tc.amts[i], r.Amount.Value, o)
		}
	}
	refuteRels(t, []relCase{
		// "for an undisclosed sum" has no amount to pair
		{"Corvane Semiconductor acquired Lumo Robotics for $2 billion and Vesta Bio for an undisclosed sum.", graph.Acquires, "Corvane Semiconductor", "Vesta Bio"},
	})
}

func TestFormerNames(t *testing.T) {
	cases := []struct{ text, name, alias string }{
		{"Vesta Health, formerly known as Lumo Labs, agreed to buy Ostrava Cloud for $2 billion.", "Vesta Health", "Lumo Labs"},
		{"Meta Platforms, previously called Facebook, bought Lumo Robotics.", "Meta Platforms", "Facebook"},
		{"Brightwater Group (formerly Halvard Holdings) sold its chip unit.", "Brightwater", "Halvard Holdings"},
		{"Corvane Semiconductor, which was once known as Talvik Optics, supplies lenses to Apple.", "Corvane Semiconductor", "Talvik Optics"},
	}
	for _, tc := range cases {
		out := run(t, tc.text, "2024-06-05")
		var got *graph.Entity
		for i, e := range out.Entities {
			_, isName := entityNames(graph.Extraction{Entities: out.Entities[i : i+1]})[tc.alias]
			assert.False(t, isName, "%s: the former name is no entity of its own", tc.text)
			if e.Name == tc.name {
				got = &out.Entities[i]
			}
		}
		require.NotNil(t, got, "%s: %+v", tc.text, out.Entities)
		assert.Contains(t, got.Aliases, tc.alias, tc.text)
	}
	// the rename is no former status of the sentence's deal
	out := run(t, "Meta Platforms, previously called Facebook, bought Lumo Robotics.", "2024-06-05")
	r := hasRel(out, graph.Acquires, "Meta Platforms", "Lumo Robotics")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.Equal(t, graph.StatusCurrent, r.Status)
	// "formerly" before a title is no former name
	out = run(t, "Anna Lind, formerly Brightwater Capital chief executive, joined Ostrava Cloud.", "2024-06-05")
	_, ok := entityNames(out)["Anna Lind"]
	assert.True(t, ok, "%+v", out.Entities)
}

func TestFirstPersonCustomers(t *testing.T) {
	assertRels(t, []relCase{
		{"\"Our biggest customer is Ostrava Cloud,\" said Anna Lind, chief executive of Corvane Semiconductor.", graph.CustomerOf, "Ostrava Cloud", "Corvane Semiconductor"},
		{"\"Lumo Robotics is our largest customer,\" Corvane Semiconductor CEO Anna Lind told analysts.", graph.CustomerOf, "Lumo Robotics", "Corvane Semiconductor"},
		{"Anna Lind, Corvane Semiconductor's chief executive, spoke on Tuesday. \"We count Dell among our biggest customers,\" she said.", graph.CustomerOf, "Dell", "Corvane Semiconductor"},
		{"\"We supply Ford and Renault,\" Talvik Energy said in a statement.", graph.CustomerOf, "Renault", "Talvik Energy"},
		{"Corvane Semiconductor's biggest customer is Dell.", graph.CustomerOf, "Dell", "Corvane Semiconductor"},
	})
	refuteRels(t, []relCase{
		// two organisations in the attribution: the speaker's company is unclear
		{"\"Our biggest customer is Dell,\" said Anna Lind of Talvik Energy, which competes with Corvane Semiconductor.", graph.CustomerOf, "Dell", "Corvane Semiconductor"},
		// outside quotes "we" is the writer's
		{"We think Dell buys from Corvane Semiconductor, Talvik Energy said.", graph.CustomerOf, "Dell", "Talvik Energy"},
	})
}

func TestCustomerShareTables(t *testing.T) {
	cases := []struct {
		text   string
		custs  []string
		shares []float64
	}{
		{"Corvane Semiconductor's largest customers in 2023 were Dell, 41% of revenue; Lenovo, 19%; and Acer, 11%.",
			[]string{"Dell", "Lenovo", "Acer"}, []float64{41, 19, 11}},
		{"Customers that accounted for more than 10% of Corvane Semiconductor's revenue were Dell, 41%, and Lenovo, 19%.",
			[]string{"Dell", "Lenovo"}, []float64{41, 19}},
		{"Dell (38%) and Lenovo (14%) were Corvane Semiconductor's biggest customers last year.",
			[]string{"Dell", "Lenovo"}, []float64{38, 14}},
		{"Two customers accounted for 35% and 12% of Corvane Semiconductor's net sales in fiscal 2024: Dell and Lenovo.",
			[]string{"Dell", "Lenovo"}, []float64{35, 12}},
		{"Dell and Lenovo accounted for 35% and 12% of Corvane Semiconductor's net sales, respectively.",
			[]string{"Dell", "Lenovo"}, []float64{35, 12}},
		{"Dell accounted for 41% of Corvane Semiconductor's revenue and Lenovo for 19%.",
			[]string{"Dell", "Lenovo"}, []float64{41, 19}},
	}
	for _, tc := range cases {
		out := run(t, tc.text, "2024-06-05")
		for i, c := range tc.custs {
			var shares []float64
			for _, r := range out.Relations {
				if r.Type == graph.CustomerOf && r.Subject == c && r.Object == "Corvane Semiconductor" && r.SharePercent != nil {
					shares = append(shares, *r.SharePercent)
				}
			}
			assert.Equal(t, []float64{tc.shares[i]}, shares, "%s: %s", tc.text, c)
		}
	}
	// a list of stock moves is no table
	out := run(t, "Shares of Dell, up 4%, and Lenovo, up 2%, rose after Corvane Semiconductor's revenue beat.", "2024-06-05")
	assert.Empty(t, out.Relations)
}

func TestResearchFirmsCited(t *testing.T) {
	cases := []struct{ text, subj, metric string }{
		{"Counterpoint Research estimated Lenovo's market share at 21%.", "Lenovo", "market_share"},
		{"Synergy Research Group data showed Amazon's cloud market share fell to 31% in the quarter.", "Amazon", "market_share"},
		{"According to IDC, Lenovo's market share rose to 18% in the first quarter.", "Lenovo", "market_share"},
		{"Data from Canalys showed Acer shipped 12 million laptops, giving it a 19% market share.", "Acer", "market_share"},
	}
	for _, tc := range cases {
		out := run(t, tc.text, "2024-06-05")
		require.Len(t, out.Metrics, 1, "%s: %+v", tc.text, out.Metrics)
		assert.Equal(t, tc.subj, out.Metrics[0].Subject, tc.text)
		assert.Equal(t, tc.metric, out.Metrics[0].Metric, tc.text)
	}
	// a cited source takes part in no relation ...
	out := run(t, "Lenovo buys its memory chips from Corvane Semiconductor, according to data from Gartner.", "2024-06-05")
	assert.NotNil(t, hasRel(out, graph.CustomerOf, "Lenovo", "Corvane Semiconductor"), "%+v", out.Relations)
	for _, r := range out.Relations {
		assert.NotEqual(t, "Gartner", r.Subject)
		assert.NotEqual(t, "Gartner", r.Object)
	}
	// ... but a firm that sells research is a supplier
	out = run(t, "Lenovo buys research from Gartner.", "2024-06-05")
	assert.NotNil(t, hasRel(out, graph.CustomerOf, "Lenovo", "Gartner"), "%+v", out.Relations)
}
