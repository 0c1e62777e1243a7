package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
)

// TestAmongItsCustomers: "X and Y are among its biggest customers" — each
// subject buys from the company "its" names, which is none of them.
func TestAmongItsCustomers(t *testing.T) {
	assertRels(t, []relCase{
		{"OpenAI sells models. Klarna and Moderna are also among its biggest enterprise customers.", graph.CustomerOf, "Moderna", "OpenAI"},
		{"OpenAI sells models. Klarna, the Swedish payments company, and Moderna are among its biggest customers.", graph.CustomerOf, "Klarna", "OpenAI"},
		{"OpenAI sells models. Klarna, the Swedish payments company, and Moderna are among its biggest customers.", graph.CustomerOf, "Moderna", "OpenAI"},
		{"Klarna and Moderna are among OpenAI's biggest customers.", graph.CustomerOf, "Klarna", "OpenAI"},
	})
	refuteRels(t, []relCase{
		{"OpenAI sells models. Klarna, the Swedish payments company, and Moderna are among its biggest customers.", graph.CustomerOf, "Moderna", "Klarna"},
	})
}

// TestStartupIsNotListed: "the startup" passes over a listed company to the
// private one the story is about.
func TestStartupIsNotListed(t *testing.T) {
	text := "OpenAI sells models to banks. Microsoft has been developing its own models and hired a former rival. " +
		"The startup's annualized revenue reached about $3.4 billion in June."
	out := run(t, text, "2024-07-20")
	if assert.NotEmpty(t, out.Metrics, "%+v", out) {
		assert.Equal(t, "OpenAI", out.Metrics[0].Subject)
	}
}

// TestFormerTitle: "former Intel CEO P" led Intel in the past.
func TestFormerTitle(t *testing.T) {
	for text, want := range map[string]string{
		"Former Intel CEO Pat Gelsinger joined Gloo.":                            graph.StatusFormer,
		"Microsoft hired former Inflection AI chief executive Mustafa Suleyman.": graph.StatusFormer,
		"Intel CEO Pat Gelsinger spoke on Tuesday.":                              graph.StatusCurrent,
	} {
		out := run(t, text, "2025-03-25")
		if assert.NotEmpty(t, out.Relations, text) {
			var got string
			for _, r := range out.Relations {
				if r.Type == graph.Leads {
					got = r.Status
				}
			}
			assert.Equal(t, want, got, text)
		}
	}
}

// TestAlsoCustomers: "X, Y and Z are also major customers" after a
// sentence that named a seller's customer buy from that seller; without
// "also" or an earlier customer fact nothing is read.
func TestAlsoCustomers(t *testing.T) {
	assertRels(t, []relCase{
		{"Apple accounted for 22% of TSMC's revenue last year. AMD, Qualcomm and Broadcom are also major customers.", graph.CustomerOf, "Broadcom", "TSMC"},
		{"Apple buys chips from TSMC. AMD is also a customer.", graph.CustomerOf, "AMD", "TSMC"},
	})
	refuteRels(t, []relCase{
		{"Analysts met Apple at TSMC. AMD and Qualcomm are also major customers.", graph.CustomerOf, "AMD", "TSMC"},
		{"Apple buys chips from TSMC. AMD is also a big customer of Intel.", graph.CustomerOf, "AMD", "TSMC"},
	})
}

// TestLeadContinues: "the company" and "the startup" continue the company a
// sentence led with, past an opening participle clause and its list of
// names, and "Mensch is the company's CEO" is read like a subject.
func TestLeadContinues(t *testing.T) {
	text := "Founded in 2023 by former Google and Meta researchers Arthur Mensch, Guillaume Lample and Timothee Lacroix, Mistral AI sells its models to banks such as BNP Paribas and AXA. " +
		"Mensch is the company's CEO. Mistral AI competes with OpenAI and Anthropic. Microsoft invested $16 million in the startup in 2024."
	assertRels(t, []relCase{
		{text, graph.Leads, "Arthur Mensch", "Mistral AI"},
		{text, graph.InvestsIn, "Microsoft", "Mistral AI"},
	})
	refuteRels(t, []relCase{
		{text, graph.InvestsIn, "Microsoft", "Anthropic"},
		{text, graph.Leads, "Arthur Mensch", "AXA"},
	})
	assertRels(t, []relCase{{"Google Cloud also provides computing capacity to Anthropic. Zoom has also invested in the startup.",
		graph.InvestsIn, "Zoom", "Anthropic"}})
}

// TestHiredAwayAndRuns: "Starbucks hired Chipotle boss P as CEO" — P leads
// the hirer; "P now runs X" leads X.
func TestHiredAwayAndRuns(t *testing.T) {
	assertRels(t, []relCase{
		{"Starbucks hired Chipotle boss Brian Niccol as CEO.", graph.Leads, "Brian Niccol", "Starbucks"},
		{"Former Google executive Mustafa Suleyman now runs Microsoft AI.", graph.Leads, "Mustafa Suleyman", "Microsoft AI"},
	})
	refuteRels(t, []relCase{{"Starbucks hired Chipotle boss Brian Niccol as CEO.", graph.Leads, "Brian Niccol", "Chipotle"}})
}
