package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Money, metrics and shares across press styles: sentences written for
// these tests; the companies are invented.

// share of one customer, and its value, read from the text
func customerShare(t *testing.T, text, cust, sup string) *float64 {
	t.Helper()
	out := run(t, text, "2024-06-05")
	r := hasRel(out, graph.CustomerOf, cust, sup)
	require.NotNil(t, r, "%s: %+v", text, out.Relations)
	return r.SharePercent
}

func TestShareWithoutOwnerName(t *testing.T) {
	cases := []struct {
		text, cust, sup string
		share           float64
	}{
		// apposition of the customer noun (rel_share_at.go)
		{"Zenta Foods makes snacks. Norvik Rail was its largest customer, at 14% of net sales in fiscal 2023.", "Norvik Rail", "Zenta Foods", 14},
		{"Halden Systems sells sensors. Norvik Rail is its biggest client, with about 20% of revenue.", "Norvik Rail", "Halden Systems", 20},
		// "the company's sales" is the story's company, not the last name (coref_figure.go)
		{"Halden Systems reported record revenue as demand from Norvik Rail and Kellen Capital surged. Zenta Foods accounts for a tenth of the company's sales.", "Zenta Foods", "Halden Systems", 10},
		{"Halden Systems reported record revenue as demand from Norvik Rail and Kellen Capital surged. Zenta Foods accounts for a tenth of the group's sales.", "Zenta Foods", "Halden Systems", 10},
		// "the customer" is the customer named before (rel_share_at.go)
		{"Zenta Foods is the biggest buyer of Halden Systems' sensors. Halden Systems said the customer made up roughly a fifth of sales last year.", "Zenta Foods", "Halden Systems", 20},
		// the seller as the sentence subject
		{"Halden Systems said Zenta Foods represented 11% of total revenue in fiscal 2024.", "Zenta Foods", "Halden Systems", 11},
	}
	for _, c := range cases {
		s := customerShare(t, c.text, c.cust, c.sup)
		require.NotNil(t, s, c.text)
		assert.Equal(t, c.share, *s, c.text)
	}
	refuteRels(t, []relCase{
		{"Zenta Foods is the biggest buyer of Halden Systems' sensors. Halden Systems said the customer made up roughly a fifth of sales last year.", graph.CustomerOf, "Halden Systems", "Zenta Foods"},
		// a group's share is no member's
		{"Halden Systems sells sensors. Large retailers, a group that includes Zenta Foods and Norvik Rail, accounted for about 45% of revenue, the company said.", graph.CustomerOf, "Norvik Rail", "Halden Systems"},
		{"Halden Systems sells sensors. Large retailers, a group that includes Zenta Foods and Norvik Rail, accounted for about 45% of revenue, the company said.", graph.CustomerOf, "Zenta Foods", "Halden Systems"},
	})
}

// metric finds the metric of subj named name with value v.
func metric(t *testing.T, text, pub, subj, name string, v float64) *graph.Metric {
	t.Helper()
	out := run(t, text, pub)
	for i, m := range out.Metrics {
		if m.Subject == subj && m.Metric == name && m.Value == v {
			return &out.Metrics[i]
		}
	}
	require.Fail(t, "metric not found", "%s %s %v in %s: %+v", subj, name, v, text, out.Metrics)
	return nil
}

func TestMoneyFigureForms(t *testing.T) {
	m := metric(t, "Halden Systems' annualised revenue passed $2 billion in December.", "2024-06-05", "Halden Systems", "annualized_revenue", 2e9)
	assert.Equal(t, "more_than", m.Qualifier)
	assert.Equal(t, "2023-12", m.Time)
	m = metric(t, "Halden Systems said its revenue for the fiscal year that ended in January topped $1.6 billion, up more than 50% from a year earlier.", "2024-06-05", "Halden Systems", "revenue", 1.6e9)
	assert.Equal(t, "more_than", m.Qualifier)
	metric(t, "Halden Systems said its revenue for the fiscal year that ended in January topped $1.6 billion, up more than 50% from a year earlier.", "2024-06-05", "Halden Systems", "growth", 50)
	m = metric(t, "Halden Systems swung to a profit. Revenue for January to March reached 12.43 trillion won.", "2024-06-05", "Halden Systems", "revenue", 12.43e12)
	assert.Equal(t, "KRW", m.Unit)
	assert.Equal(t, "2024-Q1", m.Time)
	// the growth stated far after the revenue noun
	metric(t, "Halden Systems reported revenue of $2.6 billion for its fiscal first quarter on May 22, up 26% from a year earlier.", "2024-06-05", "Halden Systems", "growth", 26)
	// a unit price
	metric(t, "Demand is strong, and Halden Systems' average selling price sits at around $10,000 per unit.", "2024-06-05", "Halden Systems", "other", 1e4)
}

func TestRevenueSliceIsNoTotal(t *testing.T) {
	out := run(t, "Halden Systems' revenue of $9.8 billion constituted 5% of Zenta Foods' costs.", "2024-06-05")
	assert.Nil(t, metricOf(out, "Halden Systems", "revenue"), "%+v", out.Metrics)
}

func TestFigureSentenceOwner(t *testing.T) {
	text := "Halden Systems reported results on Tuesday. Statutory profit before tax more than doubled. Group sales rose 4.5% to £6.8bn."
	m := metric(t, text, "2024-06-05", "Halden Systems", "revenue", 6.8e9)
	assert.Equal(t, "GBP", m.Unit)
	// a business's figure is not the company's revenue
	out := run(t, "Halden Systems reported results on Tuesday. Data-center revenue came in at $2.2 billion.", "2024-06-05")
	assert.Nil(t, metricOf(out, "Halden Systems", "revenue"), "%+v", out.Metrics)
	// a sentence of customers' shares owns no figure after it
	out = run(t, "Our revenue was $800 million. Zenta Foods accounted for 17% of revenue. No other customer represented more than 10%. Gross margin was 38.5%.", "2024-06-05")
	assert.Nil(t, metricOf(out, "Zenta Foods", "gross_margin"), "%+v", out.Metrics)
	// the time after "from N%" dates the earlier value
	m = metric(t, "Halden Systems reported revenue of $2 billion. Gross margin rose to 78.4%, from 64.6% in the same period last year.", "2024-06-05", "Halden Systems", "gross_margin", 78.4)
	assert.Empty(t, m.Time)
	// apposition: the described company owns the figure
	m = metric(t, "Kellen Cloud, the cloud arm of Halden Systems, reported sales of $25.0 billion for the first quarter of 2024.", "2024-06-05", "Kellen Cloud", "revenue", 25e9)
	assert.Equal(t, "2024-Q1", m.Time)
	metric(t, "Norvik Rail sells trains. Kellen Cloud, a unit of Halden Systems, said its revenue rose 28% to $9.57 billion.", "2024-06-05", "Kellen Cloud", "revenue", 9.57e9)
	// "the San Francisco company"
	metric(t, "Zenta Foods filed to list its shares. The San Francisco company said revenue rose 21% to $804 million in 2023.", "2024-06-05", "Zenta Foods", "revenue", 804e6)
}

func TestSpendingFigures(t *testing.T) {
	m := metric(t, "Halden Systems raised its forecast for capital expenditure this year to between $35 billion and $40 billion.", "2024-06-05", "Halden Systems", "other", 40e9)
	assert.True(t, m.Forecast)
	assert.Equal(t, "2024", m.Time)
	m = metric(t, "Halden Systems said it would spend about $40 billion on data centers this year.", "2024-06-05", "Halden Systems", "other", 40e9)
	assert.True(t, m.Forecast)
	m = metric(t, "Halden Systems' capital expenditure, including finance leases, was $14 billion in the quarter.", "2024-06-05", "Halden Systems", "other", 14e9)
	assert.False(t, m.Forecast)
	// "$2 billion in revenue last year" keeps its time to itself
	m = metric(t, "Zenta Foods brought in nearly $2 billion in revenue last year and expects to surpass $2.2 billion in sales this year.", "2024-06-05", "Zenta Foods", "revenue", 2.2e9)
	assert.Equal(t, "2024", m.Time)
	m = metric(t, "Zenta Foods said its revenue in the first quarter rose 27% to $36 billion.", "2024-06-05", "Zenta Foods", "revenue", 36e9)
	assert.Equal(t, "2024-Q1", m.Time)
}

func TestMarketShareRuns(t *testing.T) {
	text := "Halden Systems shipped 60 million phones in the first three months of 2024, giving it 20.8% of the global market, research firm Orvis said on 15 April. " +
		"Zenta Foods came second with a 14.1% share. Norvik Rail ranked third with 9.9%, ahead of Kellen Capital with 8.7%."
	m := metric(t, text, "2024-06-05", "Halden Systems", "market_share", 20.8)
	assert.Equal(t, "2024-Q1", m.Time)
	metric(t, text, "2024-06-05", "Norvik Rail", "market_share", 9.9)
	metric(t, text, "2024-06-05", "Kellen Capital", "market_share", 8.7)
	metric(t, "Halden Systems held 27.2% of the grocery market in the twelve weeks to late March, while Zenta Foods held 9.9%.", "2024-06-05", "Zenta Foods", "market_share", 9.9)
	// a market share is no customer's share of revenue
	out := run(t, text, "2024-06-05")
	for _, r := range out.Relations {
		assert.Nil(t, r.SharePercent, "%+v", r)
	}
}

func TestValuations(t *testing.T) {
	metric(t, "Norvik Rail held a tender offer that valued the rocket company at about $180 billion.", "2024-06-05", "Norvik Rail", "valuation", 180e9)
	metric(t, "The tender offer valued Norvik Rail at about $180 billion.", "2024-06-05", "Norvik Rail", "valuation", 180e9)
	out := run(t, "Halden Systems makes the Zephyr chatbot. In February, Halden Systems completed a share sale that valued the Zephyr maker at $86 billion.", "2024-06-05")
	assert.Nil(t, metricOf(out, "Zephyr", "valuation"), "%+v", out.Metrics)
}

func TestStakesAndLists(t *testing.T) {
	assertRels(t, []relCase{
		{"Kellen Capital, Orvis Partners and Norvik Rail bought shares in Halden Systems in the sale.", graph.InvestsIn, "Orvis Partners", "Halden Systems"},
		{"Kellen Capital, Orvis Partners and Norvik Rail bought shares in Halden Systems in the sale.", graph.InvestsIn, "Kellen Capital", "Halden Systems"},
		{"Halden Systems has won orders from Zenta Foods and Norvik Rail.", graph.CustomerOf, "Norvik Rail", "Halden Systems"},
		{"Pat Quinn, who was president and CEO of Zenta Foods, joins Halden Systems.", graph.Leads, "Pat Quinn", "Zenta Foods"},
	})
	out := run(t, "Kellen Capital, the media group that also owns Orvis Press, is Halden Systems' largest shareholder with about 30% of the shares.", "2024-06-05")
	r := hasRel(out, graph.InvestsIn, "Kellen Capital", "Halden Systems")
	require.NotNil(t, r, "%+v", out.Relations)
	require.NotNil(t, r.SharePercent)
	assert.Equal(t, 30.0, *r.SharePercent)
	assert.Nil(t, hasRel(out, graph.InvestsIn, "Orvis Press", "Halden Systems"), "%+v", out.Relations)
}

func TestDatelinesAndDayFirstDates(t *testing.T) {
	out := run(t, "Halden Systems posts profit\n\nSEOUL, 25 April 2024 - Halden Systems swung back to a profit, the company said.", "2024-06-05")
	assert.NotContains(t, entityNames(out), "SEOUL")
	out = run(t, "SAN JOSE, Calif., March 18, 2024 - Halden Systems today announced that it has completed its acquisition of Zenta Foods.", "2024-06-05")
	assert.NotContains(t, entityNames(out), "Calif")
	r := hasRel(out, graph.Acquires, "Halden Systems", "Zenta Foods")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.Equal(t, "2024-03-18", r.Time) // "today" is the dateline's day
	out = run(t, "Halden Systems said on 10 April 2024 that it bought Zenta Foods for £3.7bn.", "2024-06-05")
	r = hasRel(out, graph.Acquires, "Halden Systems", "Zenta Foods")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.Equal(t, "2024-04-10", r.Time)
	m := metric(t, "Halden Systems reported revenue of €36.7bn for the year to 31 March.", "2024-06-05", "Halden Systems", "revenue", 36.7e9)
	assert.Equal(t, "FY2024", m.Time)
	assert.Equal(t, "EUR", m.Unit)
}

func TestCommonOpenersAreNoNames(t *testing.T) {
	for _, text := range []string{
		"Investors watch run-rates closely because many startups are young.",
		"Halden Systems sells chips. Large cloud companies buy them in bulk.",
	} {
		out := run(t, text, "2024-06-05")
		for name := range entityNames(out) {
			assert.Contains(t, []string{"Halden Systems"}, name, text)
		}
	}
}

func TestFigurePeriodsAndShareTimes(t *testing.T) {
	m := metric(t, "Halden Systems reported revenue of $2.6 billion for its fiscal first quarter on May 22, up 26% from a year earlier.", "2024-06-05", "Halden Systems", "revenue", 2.6e9)
	assert.Equal(t, "quarter", m.Period) // scored at an annual rate: a quarter's revenue is no year's
	g := metric(t, "Halden Systems reported revenue of $2.6 billion for its fiscal first quarter on May 22, up 26% from a year earlier.", "2024-06-05", "Halden Systems", "growth", 26)
	assert.Equal(t, m.Time, g.Time)
	m = metric(t, "Halden Systems reported revenue of $540 million in 2023.", "2024-06-05", "Halden Systems", "revenue", 540e6)
	assert.Equal(t, "year", m.Period)
	a := metric(t, "Halden Systems held 27.2% of the grocery market in the twelve weeks to late March, while Zenta Foods held 9.9%.", "2024-06-05", "Zenta Foods", "market_share", 9.9)
	assert.Equal(t, "2024-03", a.Time)
}
