package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
)

// TestHostedOnSeveral: "X runs its models on A's chips and B's chips" makes
// X a customer of both makers; "on Microsoft Azure" of the product's maker
// when the article names it.
func TestHostedOnSeveral(t *testing.T) {
	assertRels(t, []relCase{
		{"Anthropic runs its models on Google's TPUs and Amazon's Trainium chips.", graph.CustomerOf, "Anthropic", "Amazon"},
		{"Anthropic runs its models on Google's TPUs and on Amazon's Trainium chips.", graph.CustomerOf, "Anthropic", "Amazon"},
		{"Microsoft sells cloud services. OpenAI runs its models on Microsoft Azure.", graph.CustomerOf, "OpenAI", "Microsoft"},
	})
	refuteRels(t, []relCase{
		{"Anthropic runs its models on Google's TPUs, Amazon said.", graph.CustomerOf, "Anthropic", "Amazon"},
	})
}
