package extract

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph"
)

// Sentences written for these tests; the company names are invented (the
// cloud vendors are real, since the cloud-deal rule knows them by name).

func TestPluralRefPrefersSubjects(t *testing.T) {
	text := "Halden Foods runs 900 stores. Norvik Markets owns 700 stores, including Fresco and Valu Mart.\n" +
		"For both companies, Zenta Retail is a key competitor."
	out := run(t, text, "2024-05-01")
	assert.True(t, competes(out, "Halden Foods", "Zenta Retail"), "%+v", out.Relations)
	assert.True(t, competes(out, "Norvik Markets", "Zenta Retail"), "%+v", out.Relations)
	assert.False(t, competes(out, "Fresco", "Zenta Retail"), "%+v", out.Relations)
}

func TestPluralRefPartnership(t *testing.T) {
	text := "Kestrel Batteries invested $200 million in Lumen Grid. Lumen Grid makes cells for Fjord Media. " +
		"The deal deepens the partnership between the two companies."
	out := run(t, text, "2024-05-01")
	assert.True(t, partners(out, "Kestrel Batteries", "Lumen Grid"), "%+v", out.Relations)
}

func TestPluralRefCoordinatedSubject(t *testing.T) {
	text := "Granite Capital said sales rose. Pebble Analytics bought Fjord Media last year. " +
		"Zephyr Motors and Halcyon Trucks expanded their deal. The two companies are working together on batteries."
	out := run(t, text, "2024-05-01")
	assert.True(t, partners(out, "Zephyr Motors", "Halcyon Trucks"), "%+v", out.Relations)
}

func TestDescriptionStopsAtPreposition(t *testing.T) {
	text := "Kestrel Batteries said Zephyr Motors remains a client. " +
		"There has been no change in the long-term partnership between the firm and the European carmaker, Kestrel Batteries said."
	out := run(t, text, "2024-05-01")
	assert.True(t, partners(out, "Kestrel Batteries", "Zephyr Motors"), "%+v", out.Relations)
}

func TestRivalOfTopic(t *testing.T) {
	text := "Pebble Analytics fell 9% after it lost a large client. Pebble Analytics said demand was weak.\n" +
		"On Tuesday, rival data firm Quartz Metrics rose 4%."
	out := run(t, text, "2024-05-01")
	assert.True(t, competes(out, "Pebble Analytics", "Quartz Metrics"), "%+v", out.Relations)
	// a rival named after the sentence's own subject is handled by the usual frame
	out = run(t, "Pebble Analytics fell 9%. Granite Capital said rival Quartz Metrics rose.", "2024-05-01")
	assert.False(t, competes(out, "Pebble Analytics", "Quartz Metrics"), "%+v", out.Relations)
}

func TestShareRelativeToPossessor(t *testing.T) {
	out := run(t, "Analysts blamed weak visibility in Norvik Semiconductor's relationship with Zenta Corp., which accounted for 60 percent of group sales in 2022.", "2024-05-01")
	r := hasRel(out, graph.CustomerOf, "Zenta", "Norvik Semiconductor")
	require.NotNil(t, r, "%+v", out.Relations)
	require.NotNil(t, r.SharePercent)
	assert.InDelta(t, 60, *r.SharePercent, 0.01)
	assert.Equal(t, "2022", r.Time)
}

func TestParallelShareClause(t *testing.T) {
	out := run(t, "Norvik Semiconductor said Zenta Corp. accounted for 30% of the company's 2024 revenue, while Halden Systems accounted for 12%.", "2024-05-01")
	r := hasRel(out, graph.CustomerOf, "Halden Systems", "Norvik Semiconductor")
	require.NotNil(t, r, "%+v", out.Relations)
	require.NotNil(t, r.SharePercent)
	assert.InDelta(t, 12, *r.SharePercent, 0.01)
	z := hasRel(out, graph.CustomerOf, "Zenta", "Norvik Semiconductor")
	require.NotNil(t, z)
	assert.InDelta(t, 30, *z.SharePercent, 0.01, "the second clause's figure is not Zenta's")
}

func TestPriorShare(t *testing.T) {
	out := run(t, "Norvik Semiconductor has one big client. About 40 percent of sales came from Zenta Corp. last year, down from 47 percent in 2022.", "2024-05-01")
	shares := map[float64]string{}
	for _, r := range out.Relations {
		if r.Type == graph.CustomerOf && r.SharePercent != nil {
			shares[*r.SharePercent] = r.Time
		}
	}
	assert.Equal(t, map[float64]string{40: "2023", 47: "2022"}, shares)
}

func TestCloudDeal(t *testing.T) {
	cases := []struct{ text, cust, sup string }{
		{"Zenta Corp. signed a $10 billion cloud deal with Oracle in March.", "Zenta", "Oracle"},
		{"Norvik Labs inked a five-year, $300 million cloud computing contract with Microsoft.", "Norvik Labs", "Microsoft"},
		{"Google also signed a large cloud deal with Pebble Analytics, the company said.", "Pebble Analytics", "Google"},
		{"Norvik Labs' $2 billion cloud contract with CoreWeave runs for five years.", "Norvik Labs", "CoreWeave"},
	}
	for _, c := range cases {
		out := run(t, c.text, "2024-05-01")
		assert.NotNil(t, hasRel(out, graph.CustomerOf, c.cust, c.sup), "%s: %+v", c.text, out.Relations)
	}
	r := hasRel(run(t, cases[0].text, "2024-05-01"), graph.CustomerOf, "Zenta", "Oracle")
	require.NotNil(t, r)
	require.NotNil(t, r.Amount)
	assert.InDelta(t, 1e10, r.Amount.Value, 1)
	assert.Equal(t, "2024-03", r.Time)
}

func TestCloudDealNotYetSigned(t *testing.T) {
	for _, text := range []string{
		"Zenta Corp. is in talks over a $5 billion cloud deal with Oracle.",
		"Zenta Corp. is nearing a cloud computing agreement with Microsoft.",
		"Zenta Corp. could sign a cloud deal with Oracle, people familiar said.",
		"Halden Systems won a $90 million contract with Granite Capital.",
	} {
		out := run(t, text, "2024-05-01")
		assert.Empty(t, out.Relations, text)
	}
}

func TestSpendingOnGoods(t *testing.T) {
	cases := []struct{ text, cust, sup string }{
		{"Halden Systems said it is spending $2 billion on chips from Nvidia this year.", "Halden Systems", "Nvidia"},
		{"Kestrel Motors spent $400 million on Nvidia chips in the quarter.", "Kestrel Motors", "Nvidia"},
		{"Zephyr Motors spends heavily on Lumen Grid's servers.", "Zephyr Motors", "Lumen Grid"},
	}
	for _, c := range cases {
		out := run(t, c.text, "2024-08-15")
		assert.NotNil(t, hasRel(out, graph.CustomerOf, c.cust, c.sup), "%s: %+v", c.text, out.Relations)
	}
	out := run(t, "Kestrel Motors may spend $400 million on chips from Nvidia.", "2024-08-15")
	assert.Empty(t, out.Relations)
}

func TestBareQuarter(t *testing.T) {
	pub := time.Date(2024, 8, 15, 0, 0, 0, 0, time.UTC)
	cases := map[string]string{
		"revenue in the quarter": "2024-Q2", "during the quarter": "2024-Q2", "last quarter": "2024-Q2",
		"the latest quarter": "2024-Q2", "the most recent quarter": "2024-Q2", "this quarter": "2024-Q3",
		"next quarter": "2024-Q4", "the current quarter": "2024-Q3",
	}
	for text, want := range cases {
		ts := findTimes(testTokens(t, text, lowerASCII(text)), pub, nil)
		require.NotEmpty(t, ts, text)
		assert.Equal(t, want, ts[0].value, text)
	}
	jan := time.Date(2024, 1, 20, 0, 0, 0, 0, time.UTC)
	ts := findTimes(testTokens(t, "in the quarter", "in the quarter"), jan, nil)
	require.NotEmpty(t, ts)
	assert.Equal(t, "2023-Q4", ts[0].value)
	for _, text := range []string{"a quarter of sales", "the quarter of a century", "the same quarter", "the quarter rose"} {
		assert.Empty(t, findTimes(testTokens(t, text, lowerASCII(text)), pub, nil), text)
	}
}
