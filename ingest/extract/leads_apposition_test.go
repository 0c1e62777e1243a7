package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
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

// A participle clause between the subject and its verb hides neither the
// subject nor its list of founders (rel_participle.go, ner_person_list.go).
func TestParticipleClauseAndPersonList(t *testing.T) {
	const text = "Zenta AI, founded in 2023 by former Castor Labs researchers Arthur Mensch, Guillaume Lample and Timothee Lacroix, competes with Halden Systems."
	assertRels(t, []relCase{{text, graph.CompetesWith, "Zenta AI", "Halden Systems"}})
	refuteRels(t, []relCase{
		{text, graph.CompetesWith, "Castor Labs", "Halden Systems"},
		{text, graph.CompetesWith, "Timothee Lacroix", "Halden Systems"},
	})
	out := run(t, text, "2024-06-05")
	types := map[string]graph.EntityType{}
	for _, e := range out.Entities {
		types[e.Name] = e.Type
	}
	assert.Equal(t, graph.Person, types["Guillaume Lample"])
	assert.Equal(t, graph.Person, types["Timothee Lacroix"])
	assertRels(t, []relCase{{"Bobby Kane, Zenta Grill's longtime chief executive, will leave.", graph.Leads, "Bobby Kane", "Zenta Grill"}})
}
