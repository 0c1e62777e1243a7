package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cigraph/cigraph/graph"
)

// breadthCase is one wire-style snippet, written for this test with invented
// companies, and the fact it must (or, with neg, must not) yield.
type breadthCase struct {
	text, typ, subj, obj string
	amount, share        float64
	neg                  bool
}

var breadthCases = []breadthCase{
	// acquisitions
	{text: "Norland Foods Inc. agreed to buy Tarrow Snacks for $2.3 billion in cash.", typ: graph.Acquires, subj: "Norland Foods", obj: "Tarrow Snacks", amount: 2.3e9},
	{text: "Vestry Software Corp. has agreed to acquire Pallas Data Inc. for $640 million, the companies said on Tuesday.", typ: graph.Acquires, subj: "Vestry Software", obj: "Pallas Data", amount: 640e6},
	{text: "Orrin Pharmaceuticals completed its $5.1 billion purchase of Cavell Biotherapeutics on Friday.", typ: graph.Acquires, subj: "Orrin Pharmaceuticals", obj: "Cavell Biotherapeutics", amount: 5.1e9},
	{text: "Regulators cleared Brannock Steel's $3 billion takeover of Quillon Metals on Monday.", typ: graph.Acquires, subj: "Brannock Steel", obj: "Quillon Metals", amount: 3e9},
	{text: "Selwyn Semiconductor Inc. will buy Ardent Micro in an all-stock deal valued at $1.8 billion.", typ: graph.Acquires, subj: "Selwyn Semiconductor", obj: "Ardent Micro", amount: 1.8e9},
	{text: "The outage hit Mirabel Networks, which Hadley Telecom Inc. bought in 2021.", typ: graph.Acquires, subj: "Hadley Telecom", obj: "Mirabel Networks"},
	{text: "Quillon Metals, which Brannock Steel acquired last year, cut 300 jobs.", typ: graph.Acquires, subj: "Brannock Steel", obj: "Quillon Metals"},
	{text: "Tarrow Snacks agreed to be acquired by Norland Foods Inc. for $700 million.", typ: graph.Acquires, subj: "Norland Foods", obj: "Tarrow Snacks", amount: 700e6},
	{text: "Tarrow Snacks was bought by Norland Foods Inc. in 2019.", typ: graph.Acquires, subj: "Norland Foods", obj: "Tarrow Snacks"},
	{text: "Norland Foods Inc. said it would acquire Tarrow Snacks in a deal worth about $1.2 billion.", typ: graph.Acquires, subj: "Norland Foods", obj: "Tarrow Snacks", amount: 1.2e9},
	// investments
	{text: "Harwick Ventures led a $120 million funding round in Lattice Robotics, the startup said.", typ: graph.InvestsIn, subj: "Harwick Ventures", obj: "Lattice Robotics", amount: 120e6},
	{text: "Corvid AI raised $300 million from investors including Pemberton Capital.", typ: graph.InvestsIn, subj: "Pemberton Capital", obj: "Corvid AI"},
	{text: "Tessaly Motors Corp. took a 10% stake in Brightwell Cells last year.", typ: graph.InvestsIn, subj: "Tessaly Motors", obj: "Brightwell Cells", share: 10},
	{text: "Tessaly Motors Corp. bought a 4.9 percent stake in Brightwell Cells for $200 million.", typ: graph.InvestsIn, subj: "Tessaly Motors", obj: "Brightwell Cells", amount: 200e6, share: 4.9},
	{text: "Oakhurst Capital invested $50 million in Fennick Health in March.", typ: graph.InvestsIn, subj: "Oakhurst Capital", obj: "Fennick Health", amount: 50e6},
	{text: "Shares of Pemberton Capital-backed Fennick Health jumped on their debut.", typ: graph.InvestsIn, subj: "Pemberton Capital", obj: "Fennick Health"},
	{text: "Corvid AI said it had raised $300 million in a round led by Harwick Ventures.", typ: graph.InvestsIn, subj: "Harwick Ventures", obj: "Corvid AI"},
	{text: "Corvid AI, which is backed by Harwick Ventures, launched a new model.", typ: graph.InvestsIn, subj: "Harwick Ventures", obj: "Corvid AI"},
	{text: "Harwick Ventures is an investor in Corvid AI.", typ: graph.InvestsIn, subj: "Harwick Ventures", obj: "Corvid AI"},
	// supply and customers
	{text: "Calder Electronics Inc. signed a multiyear deal to supply Rowan Motors with battery packs.", typ: graph.CustomerOf, subj: "Rowan Motors", obj: "Calder Electronics"},
	{text: "Marrow Defense Corp. won a $900 million contract from Eastlake Airways to maintain its fleet.", typ: graph.CustomerOf, subj: "Eastlake Airways", obj: "Marrow Defense", amount: 900e6},
	{text: "Kinsey Retail is Dovetail Textiles' largest customer, accounting for 31% of sales.", typ: graph.CustomerOf, subj: "Kinsey Retail", obj: "Dovetail Textiles", share: 31},
	{text: "Pellam Devices Inc. buys chips from Sorrel Semiconductor.", typ: graph.CustomerOf, subj: "Pellam Devices", obj: "Sorrel Semiconductor"},
	{text: "Pellam Devices Inc. relies on Sorrel Semiconductor for its modem chips.", typ: graph.CustomerOf, subj: "Pellam Devices", obj: "Sorrel Semiconductor"},
	{text: "Marrow Defense Corp. was awarded a $2 billion contract by Eastlake Airways.", typ: graph.CustomerOf, subj: "Eastlake Airways", obj: "Marrow Defense", amount: 2e9},
	{text: "Rowan Motors signed a deal with Calder Electronics Inc. to buy battery packs.", typ: graph.CustomerOf, subj: "Rowan Motors", obj: "Calder Electronics"},
	{text: "Sorrel Semiconductor counts Pellam Devices Inc. and Rowan Motors among its biggest customers.", typ: graph.CustomerOf, subj: "Rowan Motors", obj: "Sorrel Semiconductor"},
	{text: "Orbital Systems' customers include Helix Compute Inc. and Rowan Motors.", typ: graph.CustomerOf, subj: "Rowan Motors", obj: "Orbital Systems"},
	{text: "Bexley Books is 20% owned by Harrow Media Inc.", typ: graph.InvestsIn, subj: "Harrow Media", obj: "Bexley Books", share: 20},
	{text: "Norland Foods Inc. sold Bexley Books to Harrow Media Inc. in 2020.", typ: graph.Acquires, subj: "Harrow Media", obj: "Bexley Books"},
	// partnerships
	{text: "Larkspur Energy Inc. teamed up with Hollis Grid to build storage plants in Texas.", typ: graph.PartnersWith, subj: "Larkspur Energy", obj: "Hollis Grid"},
	{text: "Cordell Chemicals formed a joint venture with Banyan Materials Corp. to make cathodes.", typ: graph.PartnersWith, subj: "Cordell Chemicals", obj: "Banyan Materials"},
	{text: "Welby Bank Corp. and Tandem Pay announced a strategic alliance on Wednesday.", typ: graph.PartnersWith, subj: "Welby Bank", obj: "Tandem Pay"},
	{text: "Larkspur Energy Inc. and Hollis Grid said they would jointly develop a plant.", typ: graph.PartnersWith, subj: "Larkspur Energy", obj: "Hollis Grid"},
	// rivalry
	{text: "Quorra Cloud, a rival of Helix Compute Inc., cut its prices again.", typ: graph.CompetesWith, subj: "Quorra Cloud", obj: "Helix Compute"},
	{text: "Dunmore Foods Inc. competes with Ashby Brands in frozen meals.", typ: graph.CompetesWith, subj: "Dunmore Foods", obj: "Ashby Brands"},
	// leadership
	{text: "Garnet Logistics Inc. named Priya Lambert as chief executive on Monday.", typ: graph.Leads, subj: "Priya Lambert", obj: "Garnet Logistics"},
	{text: "Tomas Reyes, who founded Quillfeather Labs in 2015, will step down.", typ: graph.Leads, subj: "Tomas Reyes", obj: "Quillfeather Labs"},
	{text: "Priya Lambert, chief executive of Garnet Logistics Inc., said demand was strong.", typ: graph.Leads, subj: "Priya Lambert", obj: "Garnet Logistics"},
	// ownership
	{text: "Lindell Games' parent company Stroud Media Inc. reported a loss.", typ: graph.SubsidiaryOf, subj: "Lindell Games", obj: "Stroud Media"},
	{text: "Wexford Insurance, a unit of Calloway Holdings Inc., raised its prices.", typ: graph.SubsidiaryOf, subj: "Wexford Insurance", obj: "Calloway Holdings"},
	{text: "Sales at Harrow-owned Bexley Books fell sharply.", typ: graph.SubsidiaryOf, subj: "Bexley Books", obj: "Harrow"},
	{text: "Bexley Books is owned by Harrow Media Inc.", typ: graph.SubsidiaryOf, subj: "Bexley Books", obj: "Harrow Media"},
	// negatives
	{text: "Norland Foods Inc. is in talks to buy Tarrow Snacks, people familiar with the matter said.", typ: graph.Acquires, subj: "Norland Foods", obj: "Tarrow Snacks", neg: true},
	{text: "Vestry Software Corp. is considering a bid for Pallas Data Inc.", typ: graph.Acquires, subj: "Vestry Software", obj: "Pallas Data", neg: true},
	{text: "Selwyn Semiconductor Inc. may acquire Ardent Micro, according to analysts.", typ: graph.Acquires, subj: "Selwyn Semiconductor", obj: "Ardent Micro", neg: true},
	{text: "Orrin Pharmaceuticals denied a report that it had agreed to buy Cavell Biotherapeutics.", typ: graph.Acquires, subj: "Orrin Pharmaceuticals", obj: "Cavell Biotherapeutics", neg: true},
	{text: "Hadley Telecom Inc. was exploring a sale of Mirabel Networks to Brannock Steel, people familiar said.", typ: graph.Acquires, subj: "Brannock Steel", obj: "Mirabel Networks", neg: true},
	{text: "State-owned Quorra Cloud cut its prices.", typ: graph.SubsidiaryOf, subj: "Quorra Cloud", obj: "State", neg: true},
	{text: "Norland Foods Inc. walked away from its planned takeover of Tarrow Snacks.", typ: graph.Acquires, subj: "Norland Foods", obj: "Tarrow Snacks", neg: true},
	{text: "Tarrow Snacks was bought by Norland Foods Inc. in 2019.", typ: graph.Acquires, subj: "Tarrow Snacks", obj: "Norland Foods", neg: true},
	{text: "Bexley Books is 20% owned by Harrow Media Inc.", typ: graph.SubsidiaryOf, subj: "Bexley Books", obj: "Harrow Media", neg: true},
	{text: "Norland Foods Inc. sold Bexley Books to Harrow Media Inc. in 2020.", typ: graph.CustomerOf, subj: "Harrow Media", obj: "Norland Foods", neg: true},
	{text: "Norland Foods Inc. agreed to sell its snack unit to Tarrow Snacks for $400 million.", typ: graph.CustomerOf, subj: "Tarrow Snacks", obj: "Norland Foods", neg: true},
	{text: "Larkspur Energy Inc. is said to be in discussions to supply Rowan Motors.", typ: graph.CustomerOf, subj: "Rowan Motors", obj: "Larkspur Energy", neg: true},
	{text: "Oakhurst Capital is rumoured to be weighing an investment in Fennick Health.", typ: graph.InvestsIn, subj: "Oakhurst Capital", obj: "Fennick Health", neg: true},
}

func TestBreadthPhrasings(t *testing.T) {
	for _, c := range breadthCases {
		out := run(t, c.text, "2024-05-01")
		r := hasRel(out, c.typ, c.subj, c.obj)
		if c.neg {
			assert.Nil(t, r, "%s: %+v", c.text, out.Relations)
			continue
		}
		if !assert.NotNil(t, r, "%s: %+v", c.text, out.Relations) {
			continue
		}
		if c.amount > 0 && assert.NotNil(t, r.Amount, c.text) {
			assert.Equal(t, c.amount, r.Amount.Value, c.text)
		}
		if c.share > 0 && assert.NotNil(t, r.SharePercent, c.text) {
			assert.Equal(t, c.share, *r.SharePercent, c.text)
		}
	}
}

// breadthMetric is a snippet stating one figure about one company.
type breadthMetric struct {
	text, subj, metric string
	value              float64
}

var breadthMetrics = []breadthMetric{
	{"Revenue at Pellam Devices Inc. rose 12% to $4.2 billion in the quarter.", "Pellam Devices", "revenue", 4.2e9},
	{"Pellam Devices said quarterly sales jumped to $900 million.", "Pellam Devices", "revenue", 900e6},
	{"Lattice Robotics has an annualized revenue run rate of $80 million.", "Lattice Robotics", "annualized_revenue", 80e6},
	{"Corvid AI is now valued at $9 billion after the round.", "Corvid AI", "valuation", 9e9},
}

func TestBreadthMetrics(t *testing.T) {
	for _, c := range breadthMetrics {
		out := run(t, c.text, "2024-05-01")
		found := false
		for _, m := range out.Metrics {
			found = found || (m.Subject == c.subj && m.Metric == c.metric && m.Value == c.value)
		}
		assert.True(t, found, "%s: %+v", c.text, out.Metrics)
	}
}
