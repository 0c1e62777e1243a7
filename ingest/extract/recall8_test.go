package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Session-eight probes: each case failed on the code before it.

func TestFunctionTitleBeforeName(t *testing.T) {
	for _, c := range []struct{ text, p, o, role string }{
		{"Zenta finance chief Dana Pryce said spending would rise.", "Dana Pryce", "Zenta", "finance chief"},
		{"Norvik's operations chief Ravi Menon will succeed him.", "Ravi Menon", "Norvik", "operations chief"},
		{"Zenta CEO Dana Pryce spoke.", "Dana Pryce", "Zenta", "CEO"},
	} {
		r := hasRel(run(t, c.text, "2025-03-10"), graph.Leads, c.p, c.o)
		require.NotNil(t, r, c.text)
		assert.Equal(t, c.role, r.Role, c.text)
	}
}

func TestContinentalBankNames(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		{"The European Investment Bank lent Northvolt 350 million euros.", "European Investment Bank"},
		{"The Asian Development Bank lent Zenta Power $100 million.", "Asian Development Bank"},
	} {
		assert.Equal(t, graph.Org, entType(run(t, c.text, "2025-03-10"), c.name), c.text)
	}
}

func TestBareShareAfterCustomerNoun(t *testing.T) {
	for _, text := range []string{
		"Marvell reported revenue of $35 billion. Zenta Motors was its second-largest customer, at 10%.",
		"Zenta Motors is Marvell's biggest client, with 10%, up from 8% a year earlier.",
	} {
		assertShare(t, run(t, text, "2025-03-10"), graph.CustomerOf, "Zenta Motors", "Marvell", 10)
	}
	// a percentage that is no share of revenue still gives none
	r := hasRel(run(t, "Zenta Motors is Marvell's biggest client, at 10% of its workforce.", "2025-03-10"), graph.CustomerOf, "Zenta Motors", "Marvell")
	require.NotNil(t, r)
	assert.Nil(t, r.SharePercent)
}

func TestHoldingNoun(t *testing.T) {
	assertRels(t, []relCase{
		{"Halden Capital trimmed its Zenta holding in the third quarter.", graph.InvestsIn, "Halden Capital", "Zenta"},
		{"Halden Capital's holding in Norvik is worth $3 billion.", graph.InvestsIn, "Halden Capital", "Norvik"},
		{"Halden Capital has a 1% holding in Norvik.", graph.InvestsIn, "Halden Capital", "Norvik"},
	})
	assertStatus(t, "Halden Capital sold its entire Zenta holding.", graph.InvestsIn, "Halden Capital", "Zenta", graph.StatusFormer)
	assertStatus(t, "Halden Capital sold part of its holding in Zenta Motors.", graph.InvestsIn, "Halden Capital", "Zenta Motors", graph.StatusCurrent)
	refuteRels(t, []relCase{
		{"Zenta, the holding company of Norvik Labs, is holding talks with Halden Capital.", graph.InvestsIn, "Zenta", "Halden Capital"},
	})
}

func TestGappedStakeHolder(t *testing.T) {
	out := run(t, "Denso holds a 5.5% stake in Aisin and Toyota a 2% stake.", "2025-03-10")
	for _, c := range []struct {
		holder string
		v      float64
	}{{"Denso", 5.5}, {"Toyota", 2}} {
		assertShare(t, out, graph.InvestsIn, c.holder, "Aisin", c.v)
	}
	assert.Nil(t, hasRel(out, graph.InvestsIn, "Denso", "Toyota"))
	// a plain list of companies held keeps every one
	assertRels(t, []relCase{{"Sony owns a 10% stake in Kadokawa and Bandai.", graph.InvestsIn, "Sony", "Bandai"}})
}

func TestStakeInWhich(t *testing.T) {
	out := run(t, "Anthropic, in which Google owns a 14% stake, said last month it would use Google's chips.", "2025-03-10")
	r := assertShare(t, out, graph.InvestsIn, "Google", "Anthropic", 14)
	assert.Empty(t, r.Time, "the time of 'said last month' is the main verb's")
	assertRels(t, []relCase{{"Anthropic, in which Amazon has a stake, said it would use Trainium chips.", graph.InvestsIn, "Amazon", "Anthropic"}})
}

func TestAddedAsSupplier(t *testing.T) {
	assertRels(t, []relCase{
		{"OpenAI also added Google Cloud as a supplier in June.", graph.CustomerOf, "OpenAI", "Google Cloud"},
		{"Apple picked Broadcom as its main modem supplier.", graph.CustomerOf, "Apple", "Broadcom"},
		{"Meta rents capacity from CoreWeave and from Nebius.", graph.CustomerOf, "Meta", "Nebius"},
	})
	refuteRels(t, []relCase{
		{"Apple is considering Broadcom as a supplier.", graph.CustomerOf, "Apple", "Broadcom"},
	})
}

func TestLeaderWhoLeft(t *testing.T) {
	for _, text := range []string{
		"Zenta Motors said sales fell. Chief Executive Dana Pryce, who resigned in December, had pushed for cheaper batteries.",
		"Zenta Motors CEO Dana Pryce, who was ousted in December, had bet on foundry work.",
	} {
		assertStatus(t, text, graph.Leads, "Dana Pryce", "Zenta Motors", graph.StatusFormer)
	}
	assertStatus(t, "Zenta Motors CEO Dana Pryce, who took over in March, cut jobs.", graph.Leads, "Dana Pryce", "Zenta Motors", graph.StatusCurrent)
}

func TestNamedVentureAndAsVenture(t *testing.T) {
	assertRels(t, []relCase{
		{"Stellantis has a separate battery venture, Automotive Cells Company, with Mercedes-Benz and TotalEnergies.", graph.PartnersWith, "Stellantis", "TotalEnergies"},
		{"Stellantis and CATL will build a battery plant in Spain as a 50-50 joint venture.", graph.PartnersWith, "Stellantis", "CATL"},
	})
}

func TestTitleWordsAreNoNames(t *testing.T) {
	out := run(t, "Zenta Motors Chief Technology Officer Dana Pryce said the company's Maia chips would handle more work.", "2025-03-10")
	assert.Empty(t, entType(out, "Technology"), "%+v", out.Entities)
	r := hasRel(out, graph.Leads, "Dana Pryce", "Zenta Motors")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.Equal(t, "Chief Technology Officer", r.Role)
}

func TestBareTitleEmployerFromHeadline(t *testing.T) {
	text := "Marvell's biggest customers build their own chips\n\n" +
		"Zenta Cloud, Halden Systems and Pellucid Labs accounted for 40% of Marvell's revenue last quarter. " +
		"Zenta Cloud said it would keep buying. Marvell reported revenue of $5 billion.\n\n" +
		"Chief Financial Officer Dana Pryce said demand was strong."
	out := run(t, text, "2025-03-10")
	assert.NotNil(t, hasRel(out, graph.Leads, "Dana Pryce", "Marvell"), "%+v", out.Relations)
	assert.Nil(t, hasRel(out, graph.Leads, "Dana Pryce", "Zenta Cloud"))
}

func TestSwitchToOwnDesigns(t *testing.T) {
	out := run(t, "Zenta Chips lost Pellucid Devices as a customer when the phone maker switched its processors to its own designs.", "2025-03-10")
	r := hasRel(out, graph.CustomerOf, "Pellucid Devices", "Zenta Chips")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.Equal(t, graph.StatusFormer, r.Status)
	for _, x := range out.Relations {
		assert.NotEqual(t, graph.StatusCurrent, x.Status, "%+v", x)
	}
}

func TestWillHoldPercent(t *testing.T) {
	out := run(t, "Halden Capital invested €1.3 billion and will hold about 11% of Zenta Motors, becoming its largest shareholder.", "2025-03-10")
	assertShare(t, out, graph.InvestsIn, "Halden Capital", "Zenta Motors", 11)
	assert.Empty(t, run(t, "Shareholders will hold 11% of the combined company.", "2025-03-10").Relations)
}

func TestExpectedToReachRevenue(t *testing.T) {
	for _, c := range []struct {
		text, metric, qual string
	}{
		{"Zenta AI's annual recurring revenue is expected to exceed €300 million this year.", "annualized_revenue", "more_than"},
		{"Zenta Motors' revenue is expected to reach $3 billion in 2026.", "revenue", "exact"},
	} {
		out := run(t, c.text, "2025-03-10")
		require.Len(t, out.Metrics, 1, c.text)
		m := out.Metrics[0]
		assert.Equal(t, c.metric, m.Metric, c.text)
		assert.Equal(t, c.qual, m.Qualifier, c.text)
		assert.True(t, m.Forecast, c.text)
	}
}

func TestExpandedContractWithCloudVendor(t *testing.T) {
	assertRels(t, []relCase{
		{"CoreWeave expanded its contract with Zenta AI by up to $6.5 billion.", graph.CustomerOf, "Zenta AI", "CoreWeave"},
	})
}

func TestSummaryAppositionTime(t *testing.T) {
	r := hasRel(run(t, "Zenta Search pays Pellucid Devices about $20 billion a year to be its default search engine, an arrangement a judge ruled in 2024 was illegal.", "2025-08-22"),
		graph.CustomerOf, "Zenta Search", "Pellucid Devices")
	require.NotNil(t, r)
	assert.NotEqual(t, "2024", r.Time)
	r = hasRel(run(t, "Zenta Motors buys batteries from CATL, a move it announced in 2023.", "2025-08-22"), graph.CustomerOf, "Zenta Motors", "CATL")
	require.NotNil(t, r)
	assert.Equal(t, "2023", r.Time, "the apposition tells the deal's own event")
}

func TestCityBeforeBasedAndAccordingTo(t *testing.T) {
	out := run(t, "Zenta Cables reported results. Sales jumped 53% to $6.2 billion, and the Wallingford, Connecticut-based company raised its outlook.", "2025-11-03")
	require.Len(t, out.Metrics, 2, "%+v", out.Metrics)
	assert.Equal(t, "Zenta Cables", out.Metrics[0].Subject)
	refuteRels(t, []relCase{{"Zenta Cables supplies most of them, according to analysts at Morgan Stanley.", graph.CustomerOf, "Morgan Stanley", "Zenta Cables"}})
}

func TestSaidThatItIsTheSubject(t *testing.T) {
	out := run(t, "Zenta Chips shares jumped. The company has lost ground to Nvidia in AI chips, and said in January that it expects first-quarter revenue of $11.7 billion.", "2025-03-12")
	require.Len(t, out.Metrics, 1, "%+v", out.Metrics)
	assert.Equal(t, "Zenta Chips", out.Metrics[0].Subject)
	out = run(t, "Zenta Chips has lost ground to Nvidia, and Nvidia said that it expects revenue of $11.7 billion.", "2025-03-12")
	require.Len(t, out.Metrics, 1, "%+v", out.Metrics)
	assert.Equal(t, "Nvidia", out.Metrics[0].Subject, "a speaker named after 'and' speaks for itself")
}

func TestLeaderAgeAsideAndDescribedEmployer(t *testing.T) {
	assertStatus(t, "Lip-Bu Tan joined Zenta Chips. Tan, 65, previously ran Cadence Design Systems from 2009 to 2021.",
		graph.Leads, "Lip-Bu Tan", "Cadence Design Systems", graph.StatusFormer)
	r := hasRel(run(t, "Lip-Bu Tan is the founder of venture firm Walden International.", "2025-03-12"), graph.Leads, "Lip-Bu Tan", "Walden International")
	require.NotNil(t, r)
	assert.Equal(t, "founder", r.Role)
	r = hasRel(run(t, "Dana Pryce, president of advertising at Netflix, spoke.", "2025-03-12"), graph.Leads, "Dana Pryce", "Netflix")
	require.NotNil(t, r)
	assert.Equal(t, "president of advertising", r.Role)
}

// assertShare: out holds typ subj -> obj with share want; it returns it.
func assertShare(t *testing.T, out graph.Extraction, typ, subj, obj string, want float64) *graph.Relation {
	t.Helper()
	r := hasRel(out, typ, subj, obj)
	require.NotNil(t, r, "%s %s -> %s: %+v", typ, subj, obj, out.Relations)
	require.NotNil(t, r.SharePercent, "%s %s -> %s", typ, subj, obj)
	assert.InDelta(t, want, *r.SharePercent, 1e-9, "%s %s -> %s", typ, subj, obj)
	return r
}

func TestBareFiscalQuarter(t *testing.T) {
	for _, c := range []struct{ text, pub, want string }{
		{"Zenta Soft reported fiscal fourth-quarter revenue of $76.4 billion on Wednesday.", "2025-07-30", "2025-Q2"},
		{"Zenta Devices reported fiscal fourth-quarter revenue of $102.5 billion.", "2025-10-30", "2025-Q3"},
		{"Zenta Soft expects fiscal first-quarter revenue of $75 billion.", "2025-07-30", "2025-Q3"},
		{"Zenta Soft reported revenue of $9 billion for its fiscal third quarter of 2024.", "2025-07-30", "2024-Q3"},
	} {
		out := run(t, c.text, c.pub)
		require.NotEmpty(t, out.Metrics, c.text)
		assert.Equal(t, c.want, out.Metrics[0].Time, c.text)
	}
}

func TestListSpendIsNoCompanyMetric(t *testing.T) {
	assert.Empty(t, run(t, "Companies such as Microsoft, Alphabet and Meta are spending tens of billions of dollars a year on data centers.", "2025-11-10").Metrics)
	out := run(t, "Meta is spending $70 billion a year on data centers.", "2025-11-10")
	require.Len(t, out.Metrics, 1)
	assert.Equal(t, "Meta", out.Metrics[0].Subject)
}
