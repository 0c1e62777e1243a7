package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Dependence nouns read as buying, and ended or stopped ties are former
// ones (rel_dependence.go, statusAt).
func TestDependenceAndEndedTies(t *testing.T) {
	cases := []struct{ text, subj, obj, status string }{
		{"Zenta's dependence on Castor Labs for modems has grown.", "Zenta", "Castor Labs", graph.StatusCurrent},
		{"Zenta is reliant on Castor Labs for battery cells.", "Zenta", "Castor Labs", graph.StatusCurrent},
		{"Zenta began shipping its own modem, ending a long dependence on Castor Labs for that part.", "Zenta", "Castor Labs", graph.StatusFormer},
		{"Zenta no longer relies on Castor Labs for modems.", "Zenta", "Castor Labs", graph.StatusFormer},
		{"Zenta no longer buys chips from Castor Labs.", "Zenta", "Castor Labs", graph.StatusFormer},
		{"Zenta stopped buying chips from Castor Labs last year.", "Zenta", "Castor Labs", graph.StatusFormer},
	}
	for _, c := range cases {
		out := run(t, c.text, "2024-06-05")
		r := hasRel(out, graph.CustomerOf, c.subj, c.obj)
		require.NotNil(t, r, c.text)
		assert.Equal(t, c.status, r.Status, c.text)
	}
	refuteRels(t, []relCase{
		{"Europe's dependence on Castor Labs has drawn criticism.", graph.CustomerOf, "Europe", "Castor Labs"},
		{"Zenta said it has no plans to buy chips from Castor Labs.", graph.CustomerOf, "Zenta", "Castor Labs"},
	})
}

// An unknown one-word name before a verb and goods is the buyer or seller,
// not a product named by the goods (verbAfterName in ner_cues.go).
func TestNameBeforeVerbAndGoods(t *testing.T) {
	assertRels(t, []relCase{
		{"Korvel buys chips from Castor Labs.", graph.CustomerOf, "Korvel", "Castor Labs"},
		{"Brightwave sells servers to Castor Labs.", graph.CustomerOf, "Castor Labs", "Brightwave"},
		{"Castor Labs sells Korvel accelerator chips.", graph.Offers, "Castor Labs", "Korvel"},
	})
}
