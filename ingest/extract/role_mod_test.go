package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The head of "X rival Y" is Y: a verb's object found at X is Y
// (rel_role_mod.go).
func TestRoleModifierHead(t *testing.T) {
	assertRels(t, []relCase{
		{"Halden Systems has backed Castor Labs rival Zenta Robotics with $8 billion.", graph.InvestsIn, "Halden Systems", "Zenta Robotics"},
		{"Halden Systems bought Castor Labs rival Zenta Robotics.", graph.Acquires, "Halden Systems", "Zenta Robotics"},
		{"Halden Systems invested in Castor Labs unit Zenta Robotics.", graph.InvestsIn, "Halden Systems", "Zenta Robotics"},
	})
	refuteRels(t, []relCase{
		{"Halden Systems has backed Castor Labs rival Zenta Robotics with $8 billion.", graph.InvestsIn, "Halden Systems", "Castor Labs"},
		{"Halden Systems bought Castor Labs rival Zenta Robotics.", graph.Acquires, "Halden Systems", "Castor Labs"},
	})
}

// Money put, poured or pumped into a company is an investment with its
// amount (rel_pour.go).
func TestPourInto(t *testing.T) {
	out := run(t, "Halden Systems has put about $13 billion into Zenta Robotics since 2019.", "2024-06-05")
	r := hasRel(out, graph.InvestsIn, "Halden Systems", "Zenta Robotics")
	require.NotNil(t, r)
	require.NotNil(t, r.Amount)
	assert.InDelta(t, 13e9, r.Amount.Value, 1)
	assertRels(t, []relCase{
		{"Halden Systems poured $2 billion into Zenta Robotics last year.", graph.InvestsIn, "Halden Systems", "Zenta Robotics"},
	})
	out = run(t, "Halden Systems, by contrast, has backed Zenta Robotics with $8 billion.", "2024-06-05")
	r = hasRel(out, graph.InvestsIn, "Halden Systems", "Zenta Robotics")
	require.NotNil(t, r)
	require.NotNil(t, r.Amount)
	assert.InDelta(t, 8e9, r.Amount.Value, 1)
	refuteRels(t, []relCase{
		{"The rules put pressure on Zenta Robotics, Halden Systems said.", graph.InvestsIn, "Halden Systems", "Zenta Robotics"},
		{"Halden Systems may pour $2 billion into Zenta Robotics.", graph.InvestsIn, "Halden Systems", "Zenta Robotics"},
	})
}

// "counts A as its largest customer" (a lone "as" joins no list), an
// apposition between "relied on Y" and "for", and investor appositions
// (onlyJoiners, pastApposition, investorRoles).
func TestCountsAsAndInvestorAppositions(t *testing.T) {
	assertRels(t, []relCase{
		{"Castor Labs counts Halden Systems as its largest customer.", graph.CustomerOf, "Halden Systems", "Castor Labs"},
		{"Zenta Robotics has long relied on Castor Labs, its biggest investor, for computing power.", graph.CustomerOf, "Zenta Robotics", "Castor Labs"},
		{"Zenta Robotics has long relied on Castor Labs, its biggest investor, for computing power.", graph.InvestsIn, "Castor Labs", "Zenta Robotics"},
		{"Castor Labs, Zenta Robotics' biggest investor, said it would spend more.", graph.InvestsIn, "Castor Labs", "Zenta Robotics"},
		{"Zenta Robotics investor Castor Labs rose 2%.", graph.InvestsIn, "Castor Labs", "Zenta Robotics"},
	})
	refuteRels(t, []relCase{
		{"Castor Labs counts Halden Systems as its largest customer.", graph.CustomerOf, "Castor Labs", "Halden Systems"},
	})
}
