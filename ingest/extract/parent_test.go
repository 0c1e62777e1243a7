package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
)

// TestBareParentApposition: "Google parent Alphabet", "TikTok owner
// ByteDance": the first name belongs to the second; a title "of Google
// parent Alphabet" is the parent's.
func TestBareParentApposition(t *testing.T) {
	assertRels(t, []relCase{
		{"TikTok owner ByteDance is Microsoft's biggest customer.", graph.SubsidiaryOf, "TikTok", "ByteDance"},
		{"Google parent Alphabet reported revenue of $90 billion.", graph.SubsidiaryOf, "Google", "Alphabet"},
		{"Instagram parent company Meta sued the regulator.", graph.SubsidiaryOf, "Instagram", "Meta"},
		{"Sundar Pichai, chief executive of Google parent Alphabet, spoke on Tuesday.", graph.Leads, "Sundar Pichai", "Alphabet"},
	})
	refuteRels(t, []relCase{
		{"Sundar Pichai, chief executive of Google parent Alphabet, spoke on Tuesday.", graph.Leads, "Sundar Pichai", "Google"},
		{"Google's parent company is Alphabet. Microsoft owner shares rose.", graph.SubsidiaryOf, "Microsoft", "Alphabet"},
	})
}
