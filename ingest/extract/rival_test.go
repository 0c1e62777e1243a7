package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cigraph/cigraph/graph"
)

// competes reports a COMPETES_WITH between a and b in either direction.
func competes(x graph.Extraction, a, b string) bool {
	return hasRel(x, graph.CompetesWith, a, b) != nil || hasRel(x, graph.CompetesWith, b, a) != nil
}

// partners: a PARTNERS_WITH between a and b, in either direction (symmetric).
func partners(x graph.Extraction, a, b string) bool {
	return hasRel(x, graph.PartnersWith, a, b) != nil || hasRel(x, graph.PartnersWith, b, a) != nil
}

// Sentences written for these tests; the company names are invented.
func TestBuilderRivalsTarget(t *testing.T) {
	cases := []struct{ text, a, b string }{
		{"Nimbus Labs, the Oslo firm that owns Fjord Media, is developing its own chat software meant to rival Orbital Systems Inc.'s products.", "Nimbus Labs", "Orbital Systems"},
		{"Kestrel Batteries is building a new battery cell designed to compete with Lumen Grid.", "Kestrel Batteries", "Lumen Grid"},
		{"Pebble Analytics is working on a forecasting tool that rivals Granite Capital's platform.", "Pebble Analytics", "Granite Capital"},
		{"Zephyr Motors is planning an electric van intended to take on Halcyon Trucks.", "Zephyr Motors", "Halcyon Trucks"},
		{"Pebble Analytics has launched a reporting suite that competes with Quartz Metrics.", "Pebble Analytics", "Quartz Metrics"},
		{"Zephyr Motors unveiled a delivery truck comparable to Halcyon Trucks' models.", "Zephyr Motors", "Halcyon Trucks"},
		{"Pebble Analytics is developing dashboards aimed to challenge Quartz Metrics and Granite Capital.", "Pebble Analytics", "Granite Capital"},
	}
	for _, c := range cases {
		out := run(t, c.text, "2024-05-01")
		assert.True(t, competes(out, c.a, c.b), "%s: %+v", c.text, out.Relations)
	}
}

func TestBuilderRivalNotTheOwnedCompany(t *testing.T) {
	out := run(t, "Nimbus Labs, the Oslo firm that owns Fjord Media, is developing its own chat software meant to rival Orbital Systems Inc.'s products.", "2024-05-01")
	assert.False(t, competes(out, "Fjord Media", "Orbital Systems"), "%+v", out.Relations)
}

func TestRivalSpeculationIsNoFact(t *testing.T) {
	for _, text := range []string{
		"Nimbus Labs's software is not meant to rival Orbital Systems Inc.",
		"Analysts asked whether Nimbus Labs could rival Orbital Systems Inc. in chat software.",
		"Nimbus Labs is not developing any software meant to rival Orbital Systems Inc.",
		"Nimbus Labs may be building a tool designed to compete with Orbital Systems Inc.",
	} {
		out := run(t, text, "2024-05-01")
		assert.False(t, competes(out, "Nimbus Labs", "Orbital Systems"), "%s: %+v", text, out.Relations)
	}
}
