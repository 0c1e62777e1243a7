package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph"
)

// IPO prospectus and 10-K coverage: customer shares, stakes kept after the
// offering, tickers, valuations and titles in the listing stories.

// A bare figure after a customer's share is the seller's (coref_figure_seller.go).
func TestFigureAfterCustomerShare(t *testing.T) {
	for _, text := range []string{
		"Zentra Labs filed for an IPO on Monday. Norvik Rail accounted for 62% of Zentra Labs' revenue in 2024. Revenue jumped to $1.9 billion in 2024.",
		"Zentra Labs filed for an IPO on Monday. Norvik Rail, the rail group, accounted for 87% of Zentra Labs' revenue in 2024. Revenue climbed to $136 million in 2024.",
	} {
		out := run(t, text, "2025-03-03")
		assert.NotNil(t, metricOf(out, "Zentra Labs", "revenue"), "%s: %+v", text, out.Metrics)
		assert.Nil(t, metricOf(out, "Norvik Rail", "revenue"), "%s: %+v", text, out.Metrics)
	}
}

// Shares of buyers a filing does not name are no facts (rel_anon_share.go).
func TestAnonymousShareSubject(t *testing.T) {
	refuteRels(t, []relCase{
		{"Zenta Foods said Norvik Rail accounted for 30% of its sales. In its annual report, Halden Systems said two direct customers accounted for 13% and 11% of revenue.", graph.CustomerOf, "Halden Systems", "Zenta Foods"},
		{"Halden Systems said one customer accounted for 13% of revenue in fiscal 2024.", graph.CustomerOf, "Halden Systems", "Zenta Foods"},
	})
	// a definite buyer noun points back to a named customer
	assert.NotNil(t, customerShare(t, "Zenta Foods is the biggest buyer of Halden Systems' sensors. Halden Systems said the customer made up roughly a fifth of sales last year.", "Zenta Foods", "Halden Systems"))
}

// The code after "ticker" or "symbol" is no entity (ner_ticker_cue.go).
func TestTickerAfterCue(t *testing.T) {
	out := run(t, "Zentra Labs shares opened on the Nasdaq under the ticker ZLAB and gave the company a market value of about $9.5 billion.", "2024-03-20")
	for _, e := range out.Entities {
		assert.NotEqual(t, "ZLAB", e.Name)
	}
	assert.NotNil(t, metricOf(out, "Zentra Labs", "valuation"), "%+v", out.Metrics)
	out = run(t, "Arm Holdings will trade on the Nasdaq under the symbol ARM, the company said.", "2023-09-13")
	for _, e := range out.Entities {
		assert.NotEqual(t, "ARM", e.Name)
	}
}

// The proceeds' receiver after "for" is not what "valuing" values (metrics_valued_issuer.go).
func TestValuingIssuer(t *testing.T) {
	for _, text := range []string{
		"Zentra Robotics priced its IPO at $51 a share, raising $4.8 billion for Kellen Capital and valuing the company at $54 billion.",
		"Zentra Robotics priced its IPO at $51 a share, raising $4.8 billion for Kellen Capital and valuing it at $54 billion.",
	} {
		out := run(t, text, "2023-09-13")
		assert.NotNil(t, metricOf(out, "Zentra Robotics", "valuation"), "%s: %+v", text, out.Metrics)
		assert.Nil(t, metricOf(out, "Kellen Capital", "valuation"), "%s: %+v", text, out.Metrics)
	}
}

// A company inside an investor's apposition is not the shareholder (rel_shareholder_appos.go).
func TestShareholderApposition(t *testing.T) {
	text := "Zentra Labs rents out servers. Kellen Capital, a hedge fund that has backed the company since 2021, is its largest outside shareholder."
	refuteRels(t, []relCase{{text, graph.InvestsIn, "Zentra Labs", "Kellen Capital"}})
	assertRels(t, []relCase{{text, graph.InvestsIn, "Kellen Capital", "Zentra Labs"}})
}

// Stakes kept after an offering, with any qualifier (rel_stake_keep.go).
func TestStakeKept(t *testing.T) {
	cases := []struct {
		text, holder string
		share        float64
	}{
		{"Kellen Capital, which bought Zentra Labs in 2016 for $32 billion, will keep about 90% of the company after the sale.", "Kellen Capital", 90},
		{"Kellen Capital, which bought a majority of Zentra Labs in 2021, still holds roughly 75% of the company.", "Kellen Capital", 75},
		{"Zentra Labs rents out servers. Norvik Rail owns roughly 6% of Zentra Labs.", "Norvik Rail", 6},
		{"Zentra Labs listed in New York. Norvik Rail retained nearly 40% of Zentra Labs.", "Norvik Rail", 40},
	}
	for _, c := range cases {
		out := run(t, c.text, "2024-06-05")
		r := hasRel(out, graph.InvestsIn, c.holder, "Zentra Labs")
		require.NotNil(t, r, "%s: %+v", c.text, out.Relations)
		require.NotNil(t, r.SharePercent, c.text)
		assert.Equal(t, c.share, *r.SharePercent, c.text)
		assert.Empty(t, r.Time, c.text) // the purchase year is not the stake's
	}
	refuteRels(t, []relCase{{"Zentra Labs keeps 30% of Norvik Rail's app revenue.", graph.InvestsIn, "Zentra Labs", "Norvik Rail"}})
}

// A bare title after a list of banks or investors is the story company's (rel_leads_story.go).
func TestTitleAfterList(t *testing.T) {
	for _, text := range []string{
		"Zentra Labs raised $700 million in its IPO. Zentra Labs makes chips. Kellen Capital and Norvik Rail are among the early investors. Priya Raman, a co-founder, is chief executive.",
		"Zentra Labs raised $700 million in its IPO. Zentra Labs makes chips. Barclays, Mizuho and Kellen Capital are the lead underwriters. Priya Raman has been chief executive since 2022.",
	} {
		assertRels(t, []relCase{{text, graph.Leads, "Priya Raman", "Zentra Labs"}})
		refuteRels(t, []relCase{{text, graph.Leads, "Priya Raman", "Kellen Capital"}})
	}
}

// Money spent on a company's shares is an investment (rel_bought_stock.go).
func TestBoughtStock(t *testing.T) {
	cases := []struct {
		text   string
		amount float64
	}{
		{"Kellen Capital agreed to buy $175 million of Zentra Labs' convertible preferred stock in a private placement.", 175e6},
		{"Kellen Capital also agreed to purchase about $335 million of Zentra Labs shares.", 335e6},
	}
	for _, c := range cases {
		out := run(t, c.text, "2024-06-05")
		r := hasRel(out, graph.InvestsIn, "Kellen Capital", "Zentra Labs")
		require.NotNil(t, r, "%s: %+v", c.text, out.Relations)
		require.NotNil(t, r.Amount, c.text)
		assert.Equal(t, c.amount, r.Amount.Value, c.text)
	}
	refuteRels(t, []relCase{
		{"Kellen Capital agreed to buy $175 million of Zentra Labs' chips.", graph.InvestsIn, "Kellen Capital", "Zentra Labs"},
		{"Kellen Capital sold $848 million of Zentra Labs shares.", graph.InvestsIn, "Kellen Capital", "Zentra Labs"},
	})
}
