package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Round-four rules (rel_recall3.go): sentences written for these tests.

func TestPlaceAndDatelineNotEntities(t *testing.T) {
	cases := []struct{ text, not string }{
		{"Tarnwell Labs opened an office in New York, the company said.", "York"},
		{"Tarnwell Labs listed in New Zealand, disclosing that revenue rose 9%.", "Zealand"},
		{"OSLO (Nordwire) -- Tarnwell Labs signed a deal to buy chips from Intel.", "Nordwire"},
		{"OSLO, March 3 (Nordwire) - Tarnwell Labs said it pays Intel $2 million a month.", "Nordwire"},
		{"Tarnwell Labs, based in São Paulo, counts Intel among its suppliers.", "São Paulo"},
	}
	for _, c := range cases {
		x := run(t, c.text, "2024-06-05")
		_, ok := entityNames(x)[c.not]
		assert.False(t, ok, "%q: %s", c.text, c.not)
	}
}

func TestRound4Relations(t *testing.T) {
	cases := []struct{ text, typ, subj, obj string }{
		{"Brightwater Foods named Laila Moreno chief executive on Monday.", graph.Leads, "Laila Moreno", "Brightwater Foods"},
		{"Quillon Systems, founded by Tomasz Wierzba, sells sensors.", graph.Leads, "Tomasz Wierzba", "Quillon Systems"},
		{"Quillon Systems was co-founded by Tomasz Wierzba in 2016.", graph.Leads, "Tomasz Wierzba", "Quillon Systems"},
		{"Ferrox Imaging licenses its sensor designs to Lumeo Phones.", graph.CustomerOf, "Lumeo Phones", "Ferrox Imaging"},
		{"Ferrox Imaging licensed the patents to phone maker Lumeo Phones last year.", graph.CustomerOf, "Lumeo Phones", "Ferrox Imaging"},
		{"Calder IT won a contract worth about $300 million from Harrow Bank to run its data centers.", graph.CustomerOf, "Harrow Bank", "Calder IT"},
		{"Apple raised prices. Spotify, which competes with Apple Music, rose 2%.", graph.CompetesWith, "Spotify", "Apple"},
	}
	for _, c := range cases {
		x := run(t, c.text, "2024-06-05")
		assert.NotNil(t, hasRel(x, c.typ, c.subj, c.obj), "%q: %s %s -> %s", c.text, c.typ, c.subj, c.obj)
	}
}

func TestRound4NoFalseRelations(t *testing.T) {
	cases := []struct{ text, typ, subj, obj string }{
		// the licensee of "license X's designs to make" is the subject
		{"Lumeo Phones licenses Ferrox Imaging's designs to make chips for Harrow Bank.", graph.CustomerOf, "Harrow Bank", "Lumeo Phones"},
		{"Ferrox Imaging may license its designs to Lumeo Phones, people said.", graph.CustomerOf, "Lumeo Phones", "Ferrox Imaging"},
		{"Quillon Systems and Harrow Bank ended their partnership in May.", graph.PartnersWith, "Quillon Systems", "Harrow Bank"},
	}
	for _, c := range cases {
		x := run(t, c.text, "2024-06-05")
		assert.Nil(t, hasRel(x, c.typ, c.subj, c.obj), "%q: %s %s -> %s", c.text, c.typ, c.subj, c.obj)
	}
}

func TestParallelShareVerb(t *testing.T) {
	x := run(t, "Pellmore said its largest customer, Orvane, accounted for 30% of revenue in 2023, and Destry accounted for 12%.", "2024-06-05")
	for _, r := range x.Relations {
		if r.Type == graph.CustomerOf && r.Subject == "Orvane" {
			require.NotNil(t, r.SharePercent)
			assert.Equal(t, 30.0, *r.SharePercent)
		}
	}
	r := hasRel(x, graph.CustomerOf, "Destry", "Pellmore")
	require.NotNil(t, r)
	assert.Equal(t, 12.0, *r.SharePercent)
}

func TestRelativeStake(t *testing.T) {
	x := run(t, "Quillon Systems is backed by Harrow Capital, which owns 18% of the company.", "2024-06-05")
	r := hasRel(x, graph.InvestsIn, "Harrow Capital", "Quillon Systems")
	require.NotNil(t, r)
	require.NotNil(t, r.SharePercent)
	assert.Equal(t, 18.0, *r.SharePercent)
}

func TestArticleBeforeDollarIsUSD(t *testing.T) {
	x := run(t, "Calder IT won a $40 million contract from Harrow Bank. Qantas pays Calder IT A$3 million a year.", "2024-06-05")
	r := hasRel(x, graph.CustomerOf, "Harrow Bank", "Calder IT")
	require.NotNil(t, r)
	require.NotNil(t, r.Amount)
	assert.Equal(t, "USD", r.Amount.Unit)
	if q := hasRel(x, graph.CustomerOf, "Qantas", "Calder IT"); q != nil && q.Amount != nil {
		assert.Equal(t, "AUD", q.Amount.Unit)
	}
}

func TestFutureQuarter(t *testing.T) {
	x := run(t, "Lumeo Phones will pay Ferrox Imaging royalties starting in the fourth quarter.", "2024-06-05")
	r := hasRel(x, graph.CustomerOf, "Lumeo Phones", "Ferrox Imaging")
	require.NotNil(t, r)
	assert.Equal(t, "2024-Q4", r.Time)
	x = run(t, "Lumeo Phones paid Ferrox Imaging $5 million in the fourth quarter.", "2024-06-05")
	r = hasRel(x, graph.CustomerOf, "Lumeo Phones", "Ferrox Imaging")
	require.NotNil(t, r)
	assert.Equal(t, "2023-Q4", r.Time)
}

func TestPossessiveFigureOwner(t *testing.T) {
	x := run(t, "Analysts at Marlow Research expect Ferrox Imaging's chip revenue to reach $4 billion in 2026.", "2024-06-05")
	m := metricOf(x, "Ferrox Imaging", "revenue")
	require.NotNil(t, m)
	assert.True(t, m.Forecast)
	assert.Nil(t, metricOf(x, "Marlow Research", "revenue"))
}

func TestShareOfNamedMarket(t *testing.T) {
	cases := []struct {
		text     string
		forecast bool
	}{
		{"Ferrox Imaging's share of the image-sensor market rose to 14% in the quarter.", false},
		{"Ferrox Imaging has a 14% share of the European sensor market.", false},
		{"Analysts expect Ferrox Imaging's share of the sensor market to reach 14% by 2026.", true},
		{"The brokerage forecast that Ferrox Imaging's share of the sensor market would reach 14% by 2026.", true},
	}
	for _, c := range cases {
		m := metricOf(run(t, c.text, "2024-06-05"), "Ferrox Imaging", "market_share")
		if assert.NotNil(t, m, c.text) {
			assert.Equal(t, 14.0, m.Value, c.text)
			assert.Equal(t, c.forecast, m.Forecast, c.text)
		}
	}
}

func TestNamedUnitSold(t *testing.T) {
	cases := []struct{ text, buyer, unit string }{
		{"Harrow Group agreed to sell its Brightline unit to Calder Partners for $900 million.", "Calder Partners", "Brightline"},
		{"Harrow Group sold its snacks business, Crunchley, to Calder Partners.", "Calder Partners", "Crunchley"},
	}
	for _, c := range cases {
		x := run(t, c.text, "2024-06-05")
		assert.NotNil(t, hasRel(x, graph.Acquires, c.buyer, c.unit), c.text)
	}
	x := run(t, "Harrow Group sold its stake in Crunchley to Calder Partners.", "2024-06-05")
	assert.Nil(t, hasRel(x, graph.Acquires, "Calder Partners", "Crunchley"))
}

func TestReportedStake(t *testing.T) {
	x := run(t, "Lumeo Phones said Harrow Capital owns 35% of the company.", "2024-06-05")
	r := hasRel(x, graph.InvestsIn, "Harrow Capital", "Lumeo Phones")
	require.NotNil(t, r)
	require.NotNil(t, r.SharePercent)
	assert.Equal(t, 35.0, *r.SharePercent)
}
