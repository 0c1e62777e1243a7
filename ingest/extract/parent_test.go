package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
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

// TestRoleNounAppositions: "Apple supplier Foxconn", "Apple's biggest supplier,
// Foxconn,", "Foxconn, an Apple supplier," make Apple a customer of
// Foxconn; "Microsoft partner OpenAI" a partnership; in "Samsung, Apple's
// rival, sued Y" the rival is Samsung, not Y.
func TestRoleNounAppositions(t *testing.T) {
	assertRels(t, []relCase{
		{"Apple supplier Foxconn reported higher sales.", graph.CustomerOf, "Apple", "Foxconn"},
		{"Apple's biggest supplier, Foxconn, reported higher sales.", graph.CustomerOf, "Apple", "Foxconn"},
		{"Foxconn, an Apple supplier, reported higher sales.", graph.CustomerOf, "Apple", "Foxconn"},
		{"Microsoft partner OpenAI raised money.", graph.PartnersWith, "Microsoft", "OpenAI"},
		{"Samsung, Apple's biggest rival, sued Foxconn.", graph.CompetesWith, "Samsung", "Apple"},
	})
	refuteRels(t, []relCase{
		{"Samsung, Apple's biggest rival, sued Foxconn.", graph.CompetesWith, "Apple", "Foxconn"},
		{"For both companies, Walmart is a key supplier, as the retail giant sells groceries.", graph.CustomerOf, "Walmart", "Walmart"},
	})
}

// TestAcquiredInRelative: "X, which B acquired in 2023 for $69 billion,"
// carries the price; "X, now part of B," is B's subsidiary.
func TestAcquiredInRelative(t *testing.T) {
	out := run(t, "VMware, which Broadcom acquired in 2023 for $69 billion, cut prices.", "2025-03-25")
	if r := hasRel(out, graph.Acquires, "Broadcom", "VMware"); assert.NotNil(t, r) && assert.NotNil(t, r.Amount) {
		assert.Equal(t, 69e9, r.Amount.Value)
	}
	assertRels(t, []relCase{{"Activision Blizzard, now part of Microsoft, released a game.", graph.SubsidiaryOf, "Activision Blizzard", "Microsoft"}})
}
