package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// An order's value stated after the buyer ("from Y for 60 jets worth $N").
func TestFollowups36OrderWorth(t *testing.T) {
	cases := []struct {
		text, buyer, seller string
		want                float64
	}{
		{"Embraer received an order from SkyWest for 40 E175 jets worth about $2.2 billion.", "SkyWest", "Embraer", 2.2e9},
		{"Rolls-Royce secured an order from Emirates for 30 engines valued at $4 billion.", "Emirates", "Rolls-Royce", 4e9},
	}
	for _, c := range cases {
		r := hasRel(run(t, c.text, "2025-03-10"), graph.CustomerOf, c.buyer, c.seller)
		require.NotNil(t, r, c.text)
		require.NotNil(t, r.Amount, c.text)
		assert.InDelta(t, c.want, r.Amount.Value, 1, c.text)
	}
	// another company's worth is not the order's
	r := hasRel(run(t, "Embraer received an order from SkyWest for 40 jets and Delta stock worth $1 billion.", "2025-03-10"), graph.CustomerOf, "SkyWest", "Embraer")
	require.NotNil(t, r)
	assert.Nil(t, r.Amount)
}

// "the fund" refers to an organisation named as a fund, else to nothing.
func TestFollowups36TheFund(t *testing.T) {
	assertRels(t, []relCase{
		{"Qatar Investment Authority and Norway's Government Pension Fund sold shares. Mubadala, a sovereign wealth fund, bought into Cerebras. The fund also holds a 3% stake in Ubisoft.", graph.InvestsIn, "Mubadala", "Ubisoft"},
		{"Temasek sold its shares in Grab. Japan's Government Pension Investment Fund trimmed its bonds. The fund also holds a 2% stake in Toyota.", graph.InvestsIn, "Government Pension Investment Fund", "Toyota"},
	})
	refuteRels(t, []relCase{
		{"Sequoia raised a new growth fund last year. The fund also holds a 5% stake in Stripe.", graph.InvestsIn, "Sequoia", "Stripe"},
		{"Elliott has built a stake in Pepsico, the hedge fund said. The campaign is the latest by the Florida fund, which owns 4% of Phillips 66.", graph.InvestsIn, "Pepsico", "Phillips 66"},
	})
}

// "X owns Y, which it bought for $N": "it" is X, not the head Y.
func TestFollowups36WhichItBought(t *testing.T) {
	assertRels(t, []relCase{
		{"Amazon also owns Zoox, which it bought for $1.2 billion in 2020.", graph.Acquires, "Amazon", "Zoox"},
		{"Cisco runs Splunk, which it acquired last year.", graph.Acquires, "Cisco", "Splunk"},
	})
	refuteRels(t, []relCase{
		{"SoftBank previously held a stake in Uber, which it sold within a year of buying it.", graph.Acquires, "SoftBank", "Uber"},
	})
}

// ", the parent company of Y," as ", the parent of Y,".
func TestFollowups36ParentCompanyAppositive(t *testing.T) {
	assertRels(t, []relCase{
		{"Meta, the parent company of WhatsApp, cut prices.", graph.SubsidiaryOf, "WhatsApp", "Meta"},
		{"Stellantis, the parent group of Chrysler, cut prices.", graph.SubsidiaryOf, "Chrysler", "Stellantis"},
	})
}

// Capitalised runs before programme, studio, franchise and family nouns.
func TestFollowups36ProgramNouns(t *testing.T) {
	cases := []struct{ text, name string }{
		{"Northrop won work on the Sentinel Launch and Guidance program.", "Guidance"},
		{"Valve pays modders through its Creator Exchange program.", "Creator Exchange"},
		{"Embracer sold Saber's Tripwire studio in 2024.", "Tripwire"},
		{"Walmart's founding Walton family, through Walton Enterprises, remains its largest shareholder.", "Walton"},
	}
	for _, c := range cases {
		assert.Equal(t, graph.EntityType(""), entType(run(t, c.text, "2025-03-10"), c.name), c.text)
	}
}

// "would have to" imposes an obligation, a condition: no tie.
func TestFollowups36WouldHaveTo(t *testing.T) {
	refuteRels(t, []relCase{
		{"Nintendo would have to license Mario to Tencent.", graph.CustomerOf, "Tencent", "Nintendo"},
		{"Valve would be required to sell Steam keys to Epic.", graph.CustomerOf, "Epic", "Valve"},
	})
	assertStatus(t, "Nintendo said it would license Mario to Tencent.", graph.CustomerOf, "Tencent", "Nintendo", graph.StatusPlanned)
}

// "agreed to spend $N with Y" is a signed commitment: current, as
// "committed to spend".
func TestFollowups36AgreedToSpend(t *testing.T) {
	assertStatus(t, "Pinterest agreed to spend $3 billion with Oracle over seven years.", graph.CustomerOf, "Pinterest", "Oracle", graph.StatusCurrent)
	assertStatus(t, "Pinterest will spend $3 billion with Oracle.", graph.CustomerOf, "Pinterest", "Oracle", graph.StatusPlanned)
}
