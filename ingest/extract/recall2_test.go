package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph"
)

// Sentences written for these tests; the company names are invented except
// for well-known vendors the lexicon knows.

func TestBoughtPart(t *testing.T) {
	out := run(t, "Late last week, Halden Systems said it will acquire a bit more than 92 percent of Fjord Media for £700 million ($920 million).", "2024-05-01")
	r := hasRel(out, graph.Acquires, "Halden Systems", "Fjord Media")
	require.NotNil(t, r, "%+v", out.Relations)
	require.NotNil(t, r.Amount)
	assert.InDelta(t, 9.2e8, r.Amount.Value, 1)
	for _, e := range out.Entities {
		assert.NotEqual(t, "Late", e.Name)
	}
	assert.NotNil(t, hasRel(run(t, "Kestrel Motors will buy the remaining 49 percent of Halcyon Trucks.", "2024-05-01"),
		graph.Acquires, "Kestrel Motors", "Halcyon Trucks"))
	out = run(t, "Zenta Corp. bought 20 percent of Lumen Grid for $50 million.", "2024-05-01")
	assert.Nil(t, hasRel(out, graph.Acquires, "Zenta", "Lumen Grid"), "a minority is no takeover")
	r = hasRel(out, graph.InvestsIn, "Zenta", "Lumen Grid")
	require.NotNil(t, r, "%+v", out.Relations)
	require.NotNil(t, r.SharePercent)
	assert.InDelta(t, 20, *r.SharePercent, 0.01)
}

func TestOrdersFromIsTheBuyer(t *testing.T) {
	out := run(t, "While revenue at assembler Lumen Grid rose 8 percent in 2023, orders from Zenta Corp. grew just 2 percent.", "2024-05-01")
	assert.NotNil(t, hasRel(out, graph.CustomerOf, "Zenta", "Lumen Grid"), "%+v", out.Relations)
	assert.Nil(t, hasRel(out, graph.CustomerOf, "Lumen Grid", "Zenta"), "%+v", out.Relations)
}

func TestPronounInReportedClause(t *testing.T) {
	out := run(t, "Lumen Grid told investors that Zenta Corp. would cut orders for one of its new Zenta Phone models.", "2024-05-01")
	assert.Nil(t, hasRel(out, graph.Offers, "Lumen Grid", "Zenta Phone"), "%+v", out.Relations)
}

func TestDescriptionInObjectPosition(t *testing.T) {
	cases := []struct{ text, typ, subj, obj string }{
		{"Nvidia reported record sales. Zenta Corp. said it had ordered 5,000 servers from the American chipmaker last year.", graph.CustomerOf, "Zenta", "Nvidia"},
		{"Google is expanding its cloud business. Pebble Analytics signed a partnership with the search giant in May.", graph.PartnersWith, "Pebble Analytics", "Google"},
		{"Microsoft said demand was strong. Halden Systems has agreed to pay the software giant $20 million a year.", graph.CustomerOf, "Halden Systems", "Microsoft"},
	}
	for _, c := range cases {
		out := run(t, c.text, "2024-05-01")
		assert.NotNil(t, hasRel(out, c.typ, c.subj, c.obj), "%s: %+v", c.text, out.Relations)
	}
	// elsewhere a description still refers to the latest company
	out := run(t, "Granite Capital said revenue rose. Halden Systems said the company would hire 200 engineers, and Halden Systems bought Fjord Media.", "2024-05-01")
	assert.NotNil(t, hasRel(out, graph.Acquires, "Halden Systems", "Fjord Media"))
}

func TestValuationOfTheTarget(t *testing.T) {
	out := run(t, "Granite Capital has completed a $4 billion investment in Pebble Analytics, acquiring a 40% stake in the startup and valuing it at $10 billion.", "2024-05-01")
	found := false
	for _, m := range out.Metrics {
		if m.Metric == "valuation" {
			assert.Equal(t, "Pebble Analytics", m.Subject)
			found = true
		}
	}
	assert.True(t, found, "%+v", out.Metrics)
}

func TestPluralProductFormNamesTheProduct(t *testing.T) {
	out := run(t, "Lumen Grid makes frames for iPhones, and Apple is its largest client.", "2024-05-01")
	for _, e := range out.Entities {
		assert.NotEqual(t, "iPhones", e.Name)
	}
}

func TestJoinedForcesAndRivalPairs(t *testing.T) {
	out := run(t, "Kestrel Motors is joining forces with Zephyr Motors on electric vans.", "2024-05-01")
	assert.NotNil(t, hasRel(out, graph.PartnersWith, "Kestrel Motors", "Zephyr Motors"), "%+v", out.Relations)
	out = run(t, "Kestrel Motors said armed forces with Zephyr Motors trucks were deployed.", "2024-05-01")
	assert.Nil(t, hasRel(out, graph.PartnersWith, "Kestrel Motors", "Zephyr Motors"), "%+v", out.Relations)
	out = run(t, "Pebble Analytics and Quartz Metrics are fierce rivals in retail data.", "2024-05-01")
	assert.True(t, competes(out, "Pebble Analytics", "Quartz Metrics"), "%+v", out.Relations)
	out = run(t, "Pebble Analytics and Quartz Metrics may become rivals.", "2024-05-01")
	assert.False(t, competes(out, "Pebble Analytics", "Quartz Metrics"), "%+v", out.Relations)
}

func TestPickedSupplier(t *testing.T) {
	out := run(t, "Norvik Labs tapped Halcyon Energy to supply battery cells for its trucks.", "2024-05-01")
	assert.NotNil(t, hasRel(out, graph.CustomerOf, "Norvik Labs", "Halcyon Energy"), "%+v", out.Relations)
	out = run(t, "Microsoft sells Azure widely. Halden Systems chose Azure to host its data.", "2024-05-01")
	r := hasRel(out, graph.CustomerOf, "Halden Systems", "Microsoft")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.Equal(t, "Azure", r.Product)
	// a person picked for a job, or a choice still weighed, is no purchase
	assert.Empty(t, run(t, "Norvik Labs picked Jordan Miles to run its battery unit.", "2024-05-01").Relations)
	assert.Empty(t, run(t, "Norvik Labs may pick Halcyon Energy to supply cells.", "2024-05-01").Relations)
}

func TestShareVerbsNamingTheSupplier(t *testing.T) {
	cases := []struct {
		text, cust, sup string
		share           float64
	}{
		{"Kestrel Motors generated about a third of Norvik Labs' revenue in fiscal 2024.", "Kestrel Motors", "Norvik Labs", 33.3},
		{"Zenta Corp. was Lumen Grid's biggest customer, contributing 18 percent of revenue.", "Zenta", "Lumen Grid", 18},
		{"Zenta Corp. said roughly a fifth of its revenue came from Halden Systems in 2023.", "Halden Systems", "Zenta", 20},
	}
	for _, c := range cases {
		out := run(t, c.text, "2024-05-01")
		r := hasRel(out, graph.CustomerOf, c.cust, c.sup)
		require.NotNil(t, r, "%s: %+v", c.text, out.Relations)
		require.NotNil(t, r.SharePercent, c.text)
		assert.InDelta(t, c.share, *r.SharePercent, 0.1, c.text)
	}
	// a company's own revenue split names no customer
	assert.Empty(t, run(t, "Zenta Corp. generated 40% of its revenue in China.", "2024-05-01").Relations)
	ps := findPercents(testTokens(t, "the fifth of May", "the fifth of may"), nil)
	assert.Empty(t, ps)
}

func TestPairsWithoutAnObject(t *testing.T) {
	out := run(t, "Zenta Corp. reported strong results. Lumen Grid Inc. also beat estimates. The two companies compete fiercely in battery storage.", "2024-05-01")
	assert.True(t, competes(out, "Zenta", "Lumen Grid"), "%+v", out.Relations)
	out = run(t, "Halden Systems makes trucks. Kestrel Motors makes vans. Both firms have collaborated on a new charging standard since 2021.", "2024-05-01")
	assert.True(t, partners(out, "Halden Systems", "Kestrel Motors"), "%+v", out.Relations)
	out = run(t, "Pebble Analytics and Quartz Metrics have been partners since 2018.", "2024-05-01")
	assert.NotNil(t, hasRel(out, graph.PartnersWith, "Pebble Analytics", "Quartz Metrics"), "%+v", out.Relations)
	// the rival after the verb is the object; a hedge is no fact
	out = run(t, "Pebble Analytics and Quartz Metrics compete with Nimbus Labs.", "2024-05-01")
	assert.False(t, competes(out, "Pebble Analytics", "Quartz Metrics"), "%+v", out.Relations)
	out = run(t, "Pebble Analytics and Quartz Metrics may compete in the future.", "2024-05-01")
	assert.False(t, competes(out, "Pebble Analytics", "Quartz Metrics"), "%+v", out.Relations)
}

func TestSignedUpAsCustomer(t *testing.T) {
	out := run(t, "Amazon Web Services signed up Norvik Labs as a customer in June.", "2024-08-15")
	r := hasRel(out, graph.CustomerOf, "Norvik Labs", "Amazon Web Services")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.Equal(t, "2024-06", r.Time)
	out = run(t, "Pebble Analytics added Halden Systems as a major new client.", "2024-08-15")
	assert.NotNil(t, hasRel(out, graph.CustomerOf, "Halden Systems", "Pebble Analytics"), "%+v", out.Relations)
	out = run(t, "Pebble Analytics hopes to win Halden Systems as a customer.", "2024-08-15")
	assert.Nil(t, hasRel(out, graph.CustomerOf, "Halden Systems", "Pebble Analytics"), "%+v", out.Relations)
}

func TestGoodsNouns(t *testing.T) {
	out := run(t, "Lumen Grid Inc. said Kestrel Motors would buy its cells through 2027.", "2024-08-15")
	r := hasRel(out, graph.CustomerOf, "Kestrel Motors", "Lumen Grid")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.Equal(t, graph.StatusPlanned, r.Status)
}

func TestNewRulesRespectHedges(t *testing.T) {
	for _, text := range []string{
		"Zenta Corp. has an option to buy 60 percent of Lumen Grid.",
		"Zenta Corp. is likely to buy 60 percent of Lumen Grid.",
		"Zenta Corp. is said to be in talks to buy 20 percent of Lumen Grid.",
		"Halden Systems is expected to sign a $2 billion cloud deal with Oracle.",
		"Zenta Corp. is considering spending $1 billion on chips from Nvidia.",
		"Kestrel Motors denied reports that it tapped Halcyon Energy to supply cells.",
	} {
		assert.Empty(t, run(t, text, "2024-08-15").Relations, text)
	}
	// an anonymous customer names no supplier for the clause after it
	out := run(t, "An unnamed customer accounted for 30% of Norvik Labs' revenue, while Halden Systems accounted for 12%.", "2024-08-15")
	for _, r := range out.Relations {
		assert.NotEqual(t, "Norvik Labs", r.Subject)
	}
}

func TestPluralAndCoordinatedSubjects(t *testing.T) {
	text := "Halden Foods runs 900 stores. Norvik Markets owns 700 stores.\n" +
		"Both companies compete with Zenta Retail. The two firms partnered with Granite Capital on delivery. " +
		"The two companies are customers of Oracle."
	out := run(t, text, "2024-05-01")
	for _, s := range []string{"Halden Foods", "Norvik Markets"} {
		assert.True(t, competes(out, s, "Zenta Retail"), "%s: %+v", s, out.Relations)
		assert.NotNil(t, hasRel(out, graph.PartnersWith, s, "Granite Capital"), "%s: %+v", s, out.Relations)
		assert.NotNil(t, hasRel(out, graph.CustomerOf, s, "Oracle"), "%s: %+v", s, out.Relations)
	}
	out = run(t, "Pebble Analytics Inc. and Quartz Metrics Inc. compete with Nimbus Labs Inc. in retail data.", "2024-05-01")
	assert.True(t, competes(out, "Pebble Analytics", "Nimbus Labs"), "%+v", out.Relations)
	assert.True(t, competes(out, "Quartz Metrics", "Nimbus Labs"), "%+v", out.Relations)
	// a fronted phrase is no coordinated subject
	out = run(t, "Besides Nimbus Cloud, Orbital Systems Inc. sells tools to its customers of Pebble Analytics Inc.", "2024-05-01")
	assert.Nil(t, hasRel(out, graph.CustomerOf, "Nimbus Cloud", "Pebble Analytics"), "%+v", out.Relations)
}
