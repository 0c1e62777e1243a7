package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Round-three rules: sentences written for these tests, not copied from
// any article.

func entityNames(x graph.Extraction) map[string]graph.EntityType {
	out := map[string]graph.EntityType{}
	for _, e := range x.Entities {
		out[e.Name] = e.Type
	}
	return out
}

func metricOf(x graph.Extraction, subj, name string) *graph.Metric {
	for i, m := range x.Metrics {
		if m.Subject == subj && m.Metric == name {
			return &x.Metrics[i]
		}
	}
	return nil
}

func TestNoFalseEntities(t *testing.T) {
	cases := []struct{ text, not string }{
		{"Kestrel Motors rose 3%. The Dow Jones Industrial Average closed flat.", "Dow Jones"},
		{"Kestrel Motors rose 3% (NYSE: KSTR) on Monday.", "New York Stock Exchange"},
		{"Kestrel Motors rose 3%. Gross margin fell to 20%, the company said.", "Gross"},
		{"Kestrel Motors said on X that it would cut prices.", "X"},
		{"Kestrel Motors cut prices. Reporting by Ann Weber; Editing by Jan Harvey", "Harvey"},
		{"Kestrel Motors cut prices. Reporting by Ann Weber; Editing by Jan Harvey", "Ann Weber"},
		{"Kestrel Motors opened a plant. Photo by Lisa Marten/Getty Images", "Lisa Marten"},
		{"Kestrel Motors opened a plant.\n\nBy Maria Olsen | Pellucid Devices", "Maria Olsen"},
		{"Nordstrom Energy, majority-owned by the Danish state, reported higher sales.", "Danish"},
		{"Priya Raman, chief executive officer: Thank you all for joining.", "Thank"},
	}
	for _, tc := range cases {
		out := run(t, tc.text, "2024-06-05")
		_, ok := entityNames(out)[tc.not]
		assert.False(t, ok, "%q: %+v", tc.text, out.Entities)
	}
}

func TestEntityReadings(t *testing.T) {
	out := run(t, "Shares of Lumen Retail rose. Lumen competes with Dollar General.", "2024-06-05")
	assert.True(t, competes(out, "Lumen Retail", "Dollar General"), "%+v", out.Relations)
	out = run(t, "Leaf, a small startup, said it would build apps on Gemini.", "2024-06-05")
	assert.Equal(t, graph.Org, entityNames(out)["Leaf"])
	out = run(t, "Harley Quade, Pellucid Devices's president, said sales rose.", "2024-06-05")
	assert.NotNil(t, hasRel(out, graph.Leads, "Harley Quade", "Pellucid Devices"), "%+v", out.Relations)
}

func TestPercentIsNoYear(t *testing.T) {
	out := run(t, "Kestrel Motors sold 2 million cars for a 19.4% market share.", "2024-06-05")
	m := metricOf(out, "Kestrel Motors", "market_share")
	require.NotNil(t, m, "%+v", out.Metrics)
	assert.Equal(t, "", m.Time)
}

func TestBuyersOfGoods(t *testing.T) {
	out := run(t, "Zenta, Halden Systems and Pellucid Devices all buy Nvidia chips, but new rules announced in October may change that.", "2024-06-05")
	for _, b := range []string{"Zenta", "Halden Systems", "Pellucid Devices"} {
		r := hasRel(out, graph.CustomerOf, b, "Nvidia")
		require.NotNil(t, r, "%s: %+v", b, out.Relations)
		assert.NotEqual(t, "2023-10", r.Time, "the time of the other clause")
	}
	assert.Nil(t, hasRel(out, graph.Acquires, "Pellucid Devices", "Nvidia"))
	out = run(t, "Zenta, along with Halden Systems, buys chips from Nvidia.", "2024-06-05")
	assert.NotNil(t, hasRel(out, graph.CustomerOf, "Zenta", "Nvidia"), "%+v", out.Relations)
	assert.NotNil(t, hasRel(out, graph.CustomerOf, "Halden Systems", "Nvidia"), "%+v", out.Relations)
}

func TestClauseBoundLists(t *testing.T) {
	out := run(t, "Samsung supplies memory to Zenta, and Norvik Semiconductor has been the main supplier of flash memory for Zenta's servers since 2021.", "2024-06-05")
	assert.Nil(t, hasRel(out, graph.CustomerOf, "Norvik Semiconductor", "Samsung"), "%+v", out.Relations)
	assert.NotNil(t, hasRel(out, graph.CustomerOf, "Zenta", "Samsung"), "%+v", out.Relations)
	assert.NotNil(t, hasRel(out, graph.CustomerOf, "Zenta", "Norvik Semiconductor"), "%+v", out.Relations)
}

func TestOwnRevenueFrom(t *testing.T) {
	out := run(t, "Norvik Semiconductor gets about 30% of its revenue from Zenta.", "2024-06-05")
	r := hasRel(out, graph.CustomerOf, "Zenta", "Norvik Semiconductor")
	require.NotNil(t, r, "%+v", out.Relations)
	require.NotNil(t, r.SharePercent)
	assert.Equal(t, 30.0, *r.SharePercent)
	assert.Nil(t, hasRel(out, graph.RevenueShare, "Norvik Semiconductor", "Zenta"))
}

func TestOffersTargets(t *testing.T) {
	refuteRels(t, []relCase{
		{"Zenta invested in Halden Systems to offer Halden's models on Azure.", graph.Offers, "Halden Systems", "Azure"},
		{"Pellucid Devices, which makes wings for the Boeing 737, rose.", graph.Offers, "Pellucid Devices", "Boeing 737"},
		{"Google said Samsung would use Gemini in its Galaxy S24 phones.", graph.Offers, "Google", "Galaxy S24"},
		{"Apple gets a share of the revenue that Google earns through Safari.", graph.Offers, "Google", "Safari"},
	})
}

func TestOwnUnitIsNoCustomer(t *testing.T) {
	refuteRels(t, []relCase{
		{"Amazon will invest $1 billion in Zenta, and the startup will use Amazon Web Services as its cloud provider.", graph.CustomerOf, "Amazon", "Amazon Web Services"},
	})
}

func TestMetricSubjectAndTime(t *testing.T) {
	out := run(t, "Halden Systems, which owns 30% of Fjord Media, reported first-quarter revenue of 2 billion euros.", "2024-06-05")
	m := metricOf(out, "Halden Systems", "revenue")
	require.NotNil(t, m, "%+v", out.Metrics)
	assert.Equal(t, "2024-Q1", m.Time)
	assert.Nil(t, metricOf(out, "Fjord Media", "revenue"))
	r := hasRel(out, graph.InvestsIn, "Halden Systems", "Fjord Media")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.Equal(t, 30.0, *r.SharePercent)
	out = run(t, "Halden Systems said it expects third-quarter revenue of about $2 billion.", "2024-06-05")
	m = metricOf(out, "Halden Systems", "revenue")
	require.NotNil(t, m, "%+v", out.Metrics)
	assert.Equal(t, "2024-Q3", m.Time)
	out = run(t, "Halden Systems added 2 million users. Revenue rose 12% to $3 billion.", "2024-06-05")
	assert.NotNil(t, metricOf(out, "Halden Systems", "revenue"), "%+v", out.Metrics)
}

// relCase: text (published 2024-06-05) must yield typ from subj to obj
// (either direction for the symmetric COMPETES_WITH).
type relCase struct {
	text      string
	typ       string
	subj, obj string
}

func assertRels(t *testing.T, cases []relCase) {
	t.Helper()
	for _, c := range cases {
		out := run(t, c.text, "2024-06-05")
		found := hasRel(out, c.typ, c.subj, c.obj) != nil
		if c.typ == graph.CompetesWith {
			found = competes(out, c.subj, c.obj)
		}
		assert.True(t, found, "%s: %+v", c.text, out.Relations)
	}
}

func TestRoleAppositions(t *testing.T) {
	assertRels(t, []relCase{
		{"Pellucid Devices, Norvik's main rival, cut prices.", graph.CompetesWith, "Pellucid Devices", "Norvik"},
		{"Zenta and Halden Systems are Norvik's biggest rivals.", graph.CompetesWith, "Halden Systems", "Norvik"},
		{"Zenta and Halden Systems, both Norvik customers, cut orders.", graph.CustomerOf, "Zenta", "Norvik"},
		{"Zenta, one of Norvik's largest customers, cut orders.", graph.CustomerOf, "Zenta", "Norvik"},
		{"Halden Systems has been an Azure customer since 2019, Microsoft said.", graph.CustomerOf, "Halden Systems", "Microsoft"},
		{"Pat Quinn, chief executive of Fjord Holdings, Zenta's parent company, spoke.", graph.SubsidiaryOf, "Zenta", "Fjord Holdings"},
		{"Norvik Semiconductor, which is majority-owned by Zenta, rose.", graph.SubsidiaryOf, "Norvik Semiconductor", "Zenta"},
	})
}

func TestLeadsPhrases(t *testing.T) {
	assertRels(t, []relCase{
		{"Zenta said on Monday that Mark Dole would step down as chief executive.", graph.Leads, "Mark Dole", "Zenta"},
		{"Zenta Corp. cut jobs. Anna Berg, the company's chief operating officer, spoke.", graph.Leads, "Anna Berg", "Zenta"},
		{"Zenta named Maria Lopez as its new chief financial officer.", graph.Leads, "Maria Lopez", "Zenta"},
		{"\"We are early,\" said Ted Roe, co-chief executive of Zenta Corp.", graph.Leads, "Ted Roe", "Zenta"},
	})
}

func TestInvestorLists(t *testing.T) {
	out := run(t, "Halden Systems raised $50 million in a round led by Crestline Capital. Existing investors Zenta and Fjord Media also took part, along with Nvidia.", "2024-06-05")
	for _, inv := range []string{"Crestline Capital", "Zenta", "Fjord Media", "Nvidia"} {
		assert.NotNil(t, hasRel(out, graph.InvestsIn, inv, "Halden Systems"), "%s: %+v", inv, out.Relations)
	}
	out = run(t, "Zenta and Fjord Media have also invested in the startup Halden Systems.", "2024-06-05")
	assert.NotNil(t, hasRel(out, graph.InvestsIn, "Zenta", "Halden Systems"), "%+v", out.Relations)
	assert.NotNil(t, hasRel(out, graph.InvestsIn, "Fjord Media", "Halden Systems"), "%+v", out.Relations)
	out = run(t, "Halden Systems raised $90 million from investors including Zenta.", "2024-06-05")
	r := hasRel(out, graph.InvestsIn, "Zenta", "Halden Systems")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.Nil(t, r.Amount, "the round's total is not Zenta's")
	out = run(t, "Halden Systems is backed by Zenta and Crestline Capital.", "2024-06-05")
	assert.NotNil(t, hasRel(out, graph.InvestsIn, "Crestline Capital", "Halden Systems"), "%+v", out.Relations)
}

func TestRestatedDeal(t *testing.T) {
	out := run(t, "Zenta will invest up to $4 billion in Halden Systems, the companies said in September. Zenta completed the investment in March, adding $3 billion.", "2024-06-05")
	found := false
	for _, r := range out.Relations {
		if r.Type == graph.InvestsIn && r.Amount != nil && r.Amount.Value == 3e9 {
			found = true
			assert.Equal(t, "2024-03", r.Time)
			assert.Equal(t, graph.StatusCurrent, r.Status)
		}
	}
	assert.True(t, found, "%+v", out.Relations)
}

func TestNoCustomerForStakes(t *testing.T) {
	refuteRels(t, []relCase{
		{"Zenta agreed to pay Fjord Media at least $2 billion for the stake.", graph.CustomerOf, "Zenta", "Fjord Media"},
	})
	out := run(t, "Zenta, Halden Systems and Fjord Media all license Norvik's designs.", "2024-06-05")
	assert.NotNil(t, hasRel(out, graph.CustomerOf, "Halden Systems", "Norvik"), "%+v", out.Relations)
}

func TestMarketShareLists(t *testing.T) {
	out := run(t, "Zenta held 31% of the market, ahead of Halden Systems with 24% and Fjord Media with 11%.", "2024-06-05")
	for _, c := range []string{"Zenta", "Halden Systems", "Fjord Media"} {
		assert.NotNil(t, metricOf(out, c, "market_share"), "%s: %+v", c, out.Metrics)
	}
	out = run(t, "Zenta shipped 9 million phones, giving it a 20% market share.", "2024-06-05")
	assert.NotNil(t, metricOf(out, "Zenta", "market_share"), "%+v", out.Metrics)
}

func TestOtherClauseFigures(t *testing.T) {
	out := run(t, "Zenta bought Fjord Media in 2019, and last month it agreed to acquire Halden Systems for $2 billion.", "2024-06-05")
	r := hasRel(out, graph.Acquires, "Zenta", "Fjord Media")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.Nil(t, r.Amount, "the $2 billion is the other deal's")
	assert.Equal(t, "2019", r.Time)
	out = run(t, "Norvik Semiconductor said revenue rose 20% in 2023, and Zenta accounted for 35% of sales.", "2024-06-05")
	assert.NotNil(t, hasRel(out, graph.CustomerOf, "Zenta", "Norvik Semiconductor"), "%+v", out.Relations)
}

func TestMoreRoleFrames(t *testing.T) {
	refuteRels(t, []relCase{
		{"Zenta said it would build its own data center rather than rent servers from Oracle.", graph.CustomerOf, "Zenta", "Oracle"},
	})
	out := run(t, "The unit is run by Carsten Vogel of Volkswagen, the company said.", "2024-06-05")
	_, ok := entityNames(out)["Carsten Vogel of Volkswagen"]
	assert.False(t, ok, "%+v", out.Entities)
	out = run(t, "Fjord Media sold its remaining stake in Halden Systems in 2022.", "2024-06-05")
	r := hasRel(out, graph.InvestsIn, "Fjord Media", "Halden Systems")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.Equal(t, graph.StatusFormer, r.Status)
	out = run(t, "Halden Systems, whose customers include Zenta and Fjord Media, competes with Crestline Capital.", "2024-06-05")
	assert.True(t, competes(out, "Halden Systems", "Crestline Capital"), "%+v", out.Relations)
	assert.False(t, competes(out, "Zenta", "Crestline Capital"), "%+v", out.Relations)
	out = run(t, "Norvik Semiconductor, which makes batteries for Zenta and Fjord Media, rose.", "2024-06-05")
	assert.NotNil(t, hasRel(out, graph.CustomerOf, "Fjord Media", "Norvik Semiconductor"), "%+v", out.Relations)
	out = run(t, "Norvik Semiconductor gets 40% of its battery revenue from Zenta Corp.", "2024-06-05")
	assert.NotNil(t, hasRel(out, graph.CustomerOf, "Zenta", "Norvik Semiconductor"), "%+v", out.Relations)
	out = run(t, "Fjord Media, backed by Zenta and Crestline Capital, will become Halden Systems's logistics partner.", "2024-06-05")
	assert.NotNil(t, hasRel(out, graph.PartnersWith, "Fjord Media", "Halden Systems"), "%+v", out.Relations)
	assert.Nil(t, hasRel(out, graph.PartnersWith, "Zenta", "Halden Systems"), "%+v", out.Relations)
	out = run(t, "Halden Systems held 24% of the European EV market.", "2024-06-05")
	assert.NotNil(t, metricOf(out, "Halden Systems", "market_share"), "%+v", out.Metrics)
}

func TestWhoseCustomers(t *testing.T) {
	out := run(t, "Halden Systems, whose customers include Zenta Corp. and Fjord Media, competes with Crestline Capital.", "2024-06-05")
	assert.NotNil(t, hasRel(out, graph.CustomerOf, "Zenta", "Halden Systems"), "%+v", out.Relations)
	assert.NotNil(t, hasRel(out, graph.CustomerOf, "Fjord Media", "Halden Systems"), "%+v", out.Relations)
}

func TestCommonWordsAndIndexes(t *testing.T) {
	out := run(t, "Norvik Semiconductor rose. Edge computing sales rose 10%. Leaf blowers sold well. ASX200 futures fell. The Nikkei 225 rose.", "2024-06-05")
	names := entityNames(out)
	for _, n := range []string{"Edge", "Leaf", "Nissan Leaf", "ASX200", "Nikkei"} {
		_, ok := names[n]
		assert.False(t, ok, "%s: %+v", n, out.Entities)
	}
}

func TestDescriptionsAndBuyouts(t *testing.T) {
	out := run(t, "ByteDance grew fast. The TikTok owner has ordered 100,000 chips from Huawei.", "2024-06-05")
	assert.NotNil(t, hasRel(out, graph.CustomerOf, "ByteDance", "Huawei"), "%+v", out.Relations)
	assert.Nil(t, hasRel(out, graph.CustomerOf, "TikTok", "Huawei"), "%+v", out.Relations)
	out = run(t, "Halden Systems agreed to be taken private by Crestline Capital for $2 billion.", "2024-06-05")
	r := hasRel(out, graph.Acquires, "Crestline Capital", "Halden Systems")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.Equal(t, graph.StatusPlanned, r.Status)
	out = run(t, "MediaTek, Qualcomm's main rival in Android phones, rose. Shares of Zenta Corp. rose while the Nasdaq 100 was flat.", "2024-06-05")
	assert.Nil(t, hasRel(out, graph.Offers, "Qualcomm", "Android"), "%+v", out.Relations)
	_, ok := entityNames(out)["Nasdaq"]
	assert.False(t, ok, "%+v", out.Entities)
}

func TestFormerNameIsNoFormerStatus(t *testing.T) {
	out := run(t, "Cencora, formerly Zenta Corp., is Halden Systems's main supplier.", "2024-06-05")
	require.NotEmpty(t, out.Relations)
	for _, r := range out.Relations {
		assert.Equal(t, graph.StatusCurrent, r.Status, "%+v", r)
	}
}

func TestFormerRole(t *testing.T) {
	out := run(t, "Pellucid Devices, Norvik's former partner, is suing the company.", "2024-06-05")
	r := hasRel(out, graph.PartnersWith, "Pellucid Devices", "Norvik")
	require.NotNil(t, r, "%+v", out.Relations)
	assert.Equal(t, graph.StatusFormer, r.Status)
}

// refuteRels asserts that no case's relation is read from its text.
func refuteRels(t *testing.T, cases []relCase) {
	t.Helper()
	for _, c := range cases {
		out := run(t, c.text, "2024-06-05")
		assert.Nil(t, hasRel(out, c.typ, c.subj, c.obj), "%s: %+v", c.text, out.Relations)
	}
}
