package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cigraph/cigraph/graph"
)

// metricWant is one metric a sentence must yield (pub: publication date).
type metricWant struct {
	text, pub, metric, time, period string
	value                           float64
	forecast                        bool
}

func assertMetric(t *testing.T, c metricWant) {
	t.Helper()
	out := run(t, c.text, c.pub)
	for _, m := range out.Metrics {
		if m.Metric == c.metric && m.Value == c.value {
			assert.Equal(t, c.time, m.Time, c.text)
			assert.Equal(t, c.period, m.Period, c.text)
			assert.Equal(t, c.forecast, m.Forecast, c.text)
			return
		}
	}
	t.Errorf("%s: no %s %v in %+v", c.text, c.metric, c.value, out.Metrics)
}

func TestHalfYearTimes(t *testing.T) {
	for _, c := range []metricWant{
		{"Orbital Systems reported revenue of $4.2 billion for the first half of 2024.", "2024-08-01", "revenue", "2024", "", 4.2e9, false},
		{"Orbital Systems expects revenue of $5 billion in the second half of fiscal 2025.", "2024-08-01", "revenue", "FY2025", "", 5e9, true},
		{"Orbital Systems reported revenue of $1.5 billion in the second half.", "2025-11-20", "revenue", "2025", "", 1.5e9, false},
		{"Orbital Systems reported revenue of $1.5 billion in the second half.", "2025-03-02", "revenue", "2024", "", 1.5e9, false},
	} {
		assertMetric(t, c)
	}
}

func TestFiscalPeriods(t *testing.T) {
	for _, c := range []metricWant{
		{"Orbital Systems reported revenue of $1.3 billion for the third quarter of fiscal 2025.", "2025-08-01", "revenue", "FY2025", "quarter", 1.3e9, false},
		{"Orbital Systems reported revenue of $3.3 billion in FY25.", "2025-08-01", "revenue", "FY2025", "year", 3.3e9, false},
		{"Orbital Systems reported revenue of $3.4 billion in fiscal year 2024.", "2025-08-01", "revenue", "FY2024", "year", 3.4e9, false},
		{"Orbital Systems reported revenue of $1.2 billion for the quarter ended Sept. 28.", "2025-11-01", "revenue", "2025-Q3", "quarter", 1.2e9, false},
		{"Orbital Systems reported revenue of $1.4 billion for the three months ended June 30.", "2025-08-01", "revenue", "2025-Q2", "quarter", 1.4e9, false},
		{"Orbital Systems reported revenue of $65.6 billion for the first quarter of fiscal 2025, which ended Sept. 30, 2024.", "2024-11-01", "revenue", "2024-Q3", "quarter", 65.6e9, false},
	} {
		assertMetric(t, c)
	}
}

// "nearly half of" is a share, "the first half of" a period.
func TestHalfShareNotPeriod(t *testing.T) {
	out := run(t, "Granite Retail accounted for nearly half of Orbital Systems' revenue in 2023.", "2024-06-05")
	r := hasRel(out, graph.CustomerOf, "Granite Retail", "Orbital Systems")
	if assert.NotNil(t, r) && assert.NotNil(t, r.SharePercent) {
		assert.Equal(t, 50.0, *r.SharePercent)
	}
	out = run(t, "Granite Retail bought 20% of Orbital Systems in the first half of 2023.", "2024-06-05")
	r = hasRel(out, graph.InvestsIn, "Granite Retail", "Orbital Systems")
	if assert.NotNil(t, r) && assert.NotNil(t, r.SharePercent) {
		assert.Equal(t, 20.0, *r.SharePercent)
	}
}

func TestPeriodCodesNoEntities(t *testing.T) {
	out := run(t, "Orbital Systems lifted its FY2026 outlook after strong H1 results and said FY25 sales rose.", "2025-08-01")
	for _, e := range out.Entities {
		assert.NotContains(t, []string{"FY2026", "H1", "FY25"}, e.Name)
	}
	out = run(t, "Orbital Systems buys H100 chips from Nvidia.", "2025-08-01")
	found := false
	for _, e := range out.Entities {
		found = found || e.Name == "H100"
	}
	assert.True(t, found, "%+v", out.Entities)
}

func TestProductShareNotCustomer(t *testing.T) {
	refuteRels(t, []relCase{
		{"Samsung ships more handsets than Apple. Apple still earns most of the profit in the industry, and the iPhone accounted for about half of Apple's revenue in its latest fiscal year.", graph.CustomerOf, "Apple", "Samsung"},
		{"Pebble Optics, a Texas maker of lasers, depends on two buyers. Granite Cloud accounted for about 38% of the company's revenue in 2023, while Orbital Systems accounted for about 13%. Together the two bought more than half of everything the Texas-based supplier shipped last year.", graph.InvestsIn, "Granite Cloud", "Orbital Systems"},
	})
}

func TestPredictedShareForecast(t *testing.T) {
	out := run(t, "Orbital Systems chief executive Maria Lopez predicted that Orbital chips would take half of the server market within five years.", "2024-06-05")
	for _, m := range out.Metrics {
		if m.Metric == "market_share" {
			assert.True(t, m.Forecast)
			return
		}
	}
	t.Errorf("no market share: %+v", out.Metrics)
}

func TestResultsCopy(t *testing.T) {
	for _, c := range []metricWant{
		{"Orbital Systems said revenue for the second quarter of fiscal 2025 was a record $30.0 billion.", "2024-06-05", "revenue", "FY2025", "quarter", 30e9, false},
		{"Orbital Systems said ending annual recurring revenue grew 32% to $3.86 billion.", "2024-06-05", "annualized_revenue", "", "annualized", 3.86e9, false},
		{"Orbital Systems is targeting revenue of $50 billion in fiscal 2026.", "2024-06-05", "revenue", "FY2026", "year", 50e9, true},
	} {
		assertMetric(t, c)
	}
	out := run(t, "Orbital Systems now expects adjusted earnings of $2.80 to $2.95 a share for the fiscal year.", "2024-06-05")
	assert.Empty(t, out.Metrics, "per-share guidance is no company figure")
}

func TestAnonymousCustomerShare(t *testing.T) {
	refuteRels(t, []relCase{
		{"Granite Mobile buys chips from Orbital Systems. One customer, which Orbital Systems did not name, accounted for 14% of revenue in the fourth quarter.", graph.CustomerOf, "Orbital Systems", "Granite Mobile"},
	})
	assertRels(t, []relCase{
		{"Apple accounted for 25% of TSMC's revenue in 2023. Nvidia accounted for about 11% of the foundry's revenue in 2023.", graph.CustomerOf, "Nvidia", "TSMC"},
	})
	refuteRels(t, []relCase{
		{"Apple accounted for 25% of TSMC's revenue in 2023. Nvidia accounted for about 11% of the foundry's revenue in 2023.", graph.CustomerOf, "Nvidia", "Apple"},
	})
}

func TestReleaseBoilerplate(t *testing.T) {
	text := "Orbital Systems, Inc. (NASDAQ: ORBS) today launched the Orbital X1 router, priced at $499.\n\n" +
		"About Orbital Systems\nOrbital Systems makes the Orbital Cloud and the Orbital Phone. It will expand, and expects revenue of $9 billion.\n\n" +
		"Forward-Looking Statements\nThe company expects revenue of $8 billion next year.\n"
	out := run(t, text, "2024-06-05")
	assert.Empty(t, out.Metrics)
	for _, r := range out.Relations {
		assert.NotContains(t, r.Evidence, "About", r)
	}
	out = run(t, "Databricks and Anthropic Sign Five-Year Partnership\n\nSAN FRANCISCO, March 26, 2025 /PRNewswire/ -- Databricks, the data and AI company, and Anthropic today announced a five-year strategic partnership that makes Anthropic's Claude models available natively on the Databricks Data Intelligence Platform.", "2025-03-26")
	for _, e := range out.Entities {
		assert.NotEqual(t, "PRNewswire", e.Name)
	}
}
