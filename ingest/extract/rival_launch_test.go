package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
)

// TestLaunchChallenge: a product launched "to challenge" or "in a direct
// challenge to" another maker's product makes the makers rivals; a legal
// challenge does not.
func TestLaunchChallenge(t *testing.T) {
	assertRels(t, []relCase{
		{"Google on Tuesday launched Gemini 2.5 Pro, its most capable model yet, in a direct challenge to OpenAI's ChatGPT and Anthropic's Claude.",
			graph.CompetesWith, "Google", "Anthropic"},
		{"Google launched Gemini to challenge OpenAI's ChatGPT.", graph.CompetesWith, "Google", "OpenAI"},
		{"Google launched Bard, a rival to OpenAI's ChatGPT.", graph.CompetesWith, "Google", "OpenAI"},
	})
	refuteRels(t, []relCase{
		{"Epic Games filed a legal challenge to Apple's App Store rules.", graph.CompetesWith, "Epic Games", "Apple"},
		{"Google launched Gemini in a legal challenge to Apple.", graph.CompetesWith, "Google", "Apple"},
	})
}

// TestNamedMakerKeepsProduct: an ambiguous product name whose maker the
// article names stays a product behind a company-like apposition ("Gemini,
// a rival to ChatGPT"); without the maker the apposition decides.
func TestNamedMakerKeepsProduct(t *testing.T) {
	typeOf := func(text, name string) graph.EntityType {
		for _, e := range run(t, text, "2025-03-25").Entities {
			if e.Name == name {
				return e.Type
			}
		}
		return ""
	}
	assert.Equal(t, graph.Product, typeOf("Google launched Gemini, a rival to ChatGPT.", "Gemini"))
	assert.Equal(t, graph.Org, typeOf("Gemini, a crypto exchange, sued the SEC.", "Gemini"))
}
