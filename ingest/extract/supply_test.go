package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Supply-story rules: sentences written for these tests; the
// smaller companies are invented.

func TestCompetePossessive(t *testing.T) {
	assertRels(t, []relCase{
		{"Halden Systems' sensors compete with Norvik Rail's products.", graph.CompetesWith, "Halden Systems", "Norvik Rail"},
		{"Halden Systems' sensors compete directly with Norvik Rail's.", graph.CompetesWith, "Halden Systems", "Norvik Rail"},
		{"Halden Systems competes fiercely with Norvik Rail.", graph.CompetesWith, "Halden Systems", "Norvik Rail"},
	})
	out := run(t, "Halden Systems' sensors may one day compete with Norvik Rail's products.", "2024-06-05")
	assert.False(t, competes(out, "Halden Systems", "Norvik Rail"), "%+v", out.Relations)
}

func TestObjectLists(t *testing.T) {
	assertRels(t, []relCase{
		{"Zenta Foods buys packaging from Halden Systems and Norvik Rail.", graph.CustomerOf, "Zenta Foods", "Norvik Rail"},
		{"Kellen Capital invested in Zeta Labs and Orbit Robotics.", graph.InvestsIn, "Kellen Capital", "Orbit Robotics"},
		{"Zenta Foods relies on Halden Systems and Norvik Rail for packaging.", graph.CustomerOf, "Zenta Foods", "Norvik Rail"},
	})
	// the amount is no one seller's
	out := run(t, "Zenta Foods bought $40 million of packaging from Halden Systems and Norvik Rail.", "2024-06-05")
	r := hasRel(out, graph.CustomerOf, "Zenta Foods", "Halden Systems")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.Nil(t, r.Amount)
	// a name after "and" that starts a clause is no object
	refuteRels(t, []relCase{
		{"Kellen Capital invested $4 billion in Zeta Labs and Orbit Robotics invested $2 billion in Halden Systems.", graph.InvestsIn, "Kellen Capital", "Orbit Robotics"},
	})
}

func TestSupplierDeal(t *testing.T) {
	assertRels(t, []relCase{
		{"Zenta Foods signed deals with two packaging makers: Halden Systems and Norvik Rail.", graph.CustomerOf, "Zenta Foods", "Norvik Rail"},
		{"Zenta Foods signed supply contracts with two suppliers, Halden Systems and Norvik Rail, last year.", graph.CustomerOf, "Zenta Foods", "Halden Systems"},
	})
	refuteRels(t, []relCase{
		{"Zenta Foods is nearing deals with two suppliers: Halden Systems and Norvik Rail.", graph.CustomerOf, "Zenta Foods", "Halden Systems"},
		{"Zenta Foods signed deals with two retailers: Halden Systems and Norvik Rail.", graph.CustomerOf, "Zenta Foods", "Halden Systems"},
	})
}

func TestFiscalCalendar(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Its fiscal year ends in June. Apple accounted for 30% of Halden Systems' revenue in the fiscal third quarter.", "2024-Q1"},
		{"Its fiscal year ends in late September. Apple accounted for 30% of Halden Systems' revenue in the fiscal first quarter of 2024.", "2023-Q4"},
		{"Its fiscal year ends in June. Apple accounted for 30% of Halden Systems' fiscal 2024 second-quarter revenue.", "2023-Q4"},
		{"Its fiscal year ends in June. Apple accounted for 30% of Halden Systems' revenue in the third quarter of FY2024.", "2024-Q1"},
		{"Apple accounted for 30% of Halden Systems' revenue in the third quarter of fiscal 2024.", "FY2024"},
		{"Apple accounted for 30% of Halden Systems' revenue in fiscal year 2023.", "FY2023"},
	}
	for _, c := range cases {
		out := run(t, "Halden Systems makes sensors. "+c.text, "2024-06-05")
		r := hasRel(out, graph.CustomerOf, "Apple", "Halden Systems")
		require.NotNil(t, r, "%s: %+v", c.text, out.Relations)
		assert.Equal(t, c.want, r.Time, c.text)
		require.NotNil(t, r.SharePercent, c.text)
		assert.Equal(t, 30.0, *r.SharePercent, c.text) // "third quarter of" is no 25% share
	}
	// a revenue figure dated by the sentence's opening phrase
	out := run(t, "Halden Systems makes sensors. Its fiscal year ends in June. In the fiscal third quarter, Halden Systems reported revenue of $700 million.", "2024-06-05")
	m := metricOf(out, "Halden Systems", "revenue")
	require.NotNil(t, m, "%+v", out.Metrics)
	assert.Equal(t, "2024-Q1", m.Time)
}

func TestGovernmentBodies(t *testing.T) {
	assertRels(t, []relCase{
		{"The German defense ministry ordered 20 trucks from Halden Systems.", graph.CustomerOf, "German defense ministry", "Halden Systems"},
		{"Halden Systems won a contract from the Japanese trade ministry.", graph.CustomerOf, "Japanese trade ministry", "Halden Systems"},
		{"The German Defense Ministry ordered 20 trucks from Halden Systems.", graph.CustomerOf, "German Defense Ministry", "Halden Systems"},
	})
	out := run(t, "The defense ministry ordered 20 trucks from Halden Systems.", "2024-06-05")
	for _, e := range out.Entities {
		assert.NotContains(t, e.Name, "ministry")
	}
}

func TestShareChanges(t *testing.T) {
	out := run(t, "Halden Systems makes sensors. Apple accounted for 66% of Halden Systems' revenue in fiscal 2023, up from 58% a year earlier.", "2024-06-05")
	var times []string
	for _, r := range out.Relations {
		if r.SharePercent != nil && *r.SharePercent == 58 {
			times = append(times, r.Time)
		}
	}
	assert.Equal(t, []string{"FY2022"}, times, "%+v", out.Relations)
}

func TestShareWording(t *testing.T) {
	assertRels(t, []relCase{
		{"Halden Systems relied on Apple for most of its business last year.", graph.CustomerOf, "Apple", "Halden Systems"},
		{"Halden Systems depends on Apple for 60% of its sales.", graph.CustomerOf, "Apple", "Halden Systems"},
		{"Apple was responsible for 62% of Halden Systems' revenue in 2023.", graph.CustomerOf, "Apple", "Halden Systems"},
		{"Halden Systems makes sensors. Apple makes up 15% of its sales, and Norvik Rail makes up 9%.", graph.CustomerOf, "Norvik Rail", "Halden Systems"},
		{"Halden Systems makes sensors. Samsung was its second-largest customer.", graph.CustomerOf, "Samsung", "Halden Systems"},
	})
	refuteRels(t, []relCase{
		{"Halden Systems relied on Apple for most of its business last year.", graph.CustomerOf, "Halden Systems", "Apple"},
		// the possessive after the reporting clause owns a report, not revenue
		{"Halden Systems makes sensors. Apple accounted for 27% of Halden Systems' revenue, while Zenta Foods accounted for 11%, the company said in its annual report.", graph.CustomerOf, "Zenta Foods", "Apple"},
	})
	// a described customer is not the supplier itself
	out := run(t, "Microsoft was responsible for 62% of Halden Cloud's revenue in 2024. The software company accounted for 35% of Halden Cloud's sales in 2023.", "2024-06-05")
	assert.Nil(t, hasRel(out, graph.CustomerOf, "Halden Cloud", "Microsoft"), "%+v", out.Relations)
}

func TestAnonymousCustomers(t *testing.T) {
	out := run(t, "Halden Systems makes sensors. One customer, identified only as Customer A, accounted for 13% of revenue. Customer B accounted for 11% of Halden Systems' revenue.", "2024-06-05")
	for _, e := range out.Entities {
		assert.NotContains(t, e.Name, "Customer", "%+v", out.Entities)
	}
	assert.Empty(t, out.Relations)
}

func TestTopicTitles(t *testing.T) {
	assertRels(t, []relCase{
		{"Halden Systems makes sensors. Halden Systems said it won two orders from Norvik Rail. Chief executive Maria Lund told analysts about Norvik Rail.", graph.Leads, "Maria Lund", "Halden Systems"},
		{"Halden Systems makes sensors. Halden Systems sells to Norvik Rail. Maria Lund, the chief executive, said demand was rising.", graph.Leads, "Maria Lund", "Halden Systems"},
		{"Halden Systems makes sensors. Halden Systems sells to Norvik Rail. Oisin Brannock, the founder and chief executive, said demand was rising.", graph.Leads, "Oisin Brannock", "Halden Systems"},
		{"Halden Systems makes sensors. Halden Systems sells to Norvik Rail. \"Our ties with Norvik Rail are old,\" chief executive Maria Lund said.", graph.Leads, "Maria Lund", "Halden Systems"},
	})
}

func TestReadingsRefuted(t *testing.T) {
	refuteRels(t, []relCase{
		{"Our sales to Apple consist of chips used in iPhones.", graph.Uses, "Apple", "iPhone"},
		{"Halden Systems makes sensors. Apple may buy them from our competitors, including Norvik Rail.", graph.CompetesWith, "Apple", "Norvik Rail"},
		{"Halden Systems makes lasers. The company's other business is equipment for cable-TV networks. Zenta Foods buys it from the company.", graph.CustomerOf, "Zenta Foods", "cable-TV"},
	})
	out := run(t, "Samsung buys modem chips from Qualcomm for its Galaxy S24 phones.", "2024-06-05")
	r := hasRel(out, graph.CustomerOf, "Samsung", "Qualcomm")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.Empty(t, r.Product) // the phones are Samsung's own
	out = run(t, "Sales of optical parts rose. OLED screens are costly.", "2024-06-05")
	assert.Empty(t, out.Entities)
}

func TestCustomerWordings(t *testing.T) {
	assertRels(t, []relCase{
		{"Halden Systems said it had won chip work from two cloud operators: Amazon and Microsoft.", graph.CustomerOf, "Microsoft", "Halden Systems"},
		{"Halden Display, a unit of Halden Group, supplies the screens used in Apple's phones.", graph.CustomerOf, "Apple", "Halden Display"},
		{"Halden Systems makes sensors. Its rivals in industrial sensing include Norvik Rail.", graph.CompetesWith, "Halden Systems", "Norvik Rail"},
	})
	out := run(t, "CoreWeave signed a five-year cloud contract with Zenta Foods worth $1.2 billion in March.", "2024-06-05")
	r := hasRel(out, graph.CustomerOf, "Zenta Foods", "CoreWeave")
	require.NotNil(t, r, "%+v", out.Relations)
	require.NotNil(t, r.Amount)
	assert.Equal(t, 1.2e9, r.Amount.Value)
}
