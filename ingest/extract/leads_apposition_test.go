package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
)

// Appointments past an apposition, "as its next CEO", hyphenated titles
// before a name and plural titles before a list of people
// (rel_leads_apposition.go, capRun).
func TestLeadsAppositionsAndLists(t *testing.T) {
	const appointed = "Zenta Robotics has appointed Laura Quist, a former board member and the longtime chief executive of Castor Labs, as its next CEO."
	assertRels(t, []relCase{
		{appointed, graph.Leads, "Laura Quist", "Zenta Robotics"},
		{appointed, graph.Leads, "Laura Quist", "Castor Labs"},
		{"Zenta Robotics has appointed Laura Quist as its next CEO.", graph.Leads, "Laura Quist", "Zenta Robotics"},
		{"Zenta Robotics co-CEO Laura Quist said so.", graph.Leads, "Laura Quist", "Zenta Robotics"},
		{"Zenta Robotics' co-CEOs David Okafor and Laura Quist will return to their previous roles.", graph.Leads, "Laura Quist", "Zenta Robotics"},
		{"Zenta Robotics co-founders Jane Park and Tom Reyes left.", graph.Leads, "Tom Reyes", "Zenta Robotics"},
	})
	refuteRels(t, []relCase{
		{"Zenta Robotics CEO Jane Park and Tom Reyes spoke.", graph.Leads, "Tom Reyes", "Zenta Robotics"},
	})
}
