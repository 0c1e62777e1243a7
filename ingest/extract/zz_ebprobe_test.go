package extract

import (
	"fmt"
	"testing"
)

func TestEbProbe(t *testing.T) {
	for _, s := range []string{
		"Norland Foods Inc. said it would acquire Tarrow Snacks in a deal worth about $1.2 billion.",
		"Norland Foods Inc. agreed to merge with Tarrow Snacks.",
		"Tarrow Snacks agreed to be acquired by Norland Foods Inc. for $700 million.",
		"Tarrow Snacks was bought by Norland Foods Inc. in 2019.",
		"Norland Foods Inc. closed its acquisition of Tarrow Snacks on Thursday.",
		"Corvid AI said it had raised $300 million in a round led by Harwick Ventures.",
		"Harwick Ventures is an investor in Corvid AI.",
		"Corvid AI, which is backed by Harwick Ventures, launched a new model.",
		"Marrow Defense Corp. was awarded a $2 billion contract by Eastlake Airways.",
		"Calder Electronics Inc. supplies battery packs to Rowan Motors.",
		"Calder Electronics Inc. is a key supplier to Rowan Motors.",
		"Rowan Motors signed a deal with Calder Electronics Inc. to buy battery packs.",
		"Sorrel Semiconductor counts Pellam Devices Inc. among its biggest customers.",
		"Larkspur Energy Inc. and Hollis Grid said they would jointly develop a plant.",
		"Larkspur Energy Inc. struck a partnership with Hollis Grid.",
		"Quorra Cloud competes against Helix Compute Inc. and Orbital Systems.",
		"Quorra Cloud's rivals include Helix Compute Inc.",
		"Priya Lambert, chief executive of Garnet Logistics Inc., said demand was strong.",
		"Garnet Logistics Inc. Chief Executive Priya Lambert said demand was strong.",
		"Bexley Books is a subsidiary of Harrow Media Inc.",
		"Bexley Books is owned by Harrow Media Inc.",
		"Harrow Media Inc. owns Bexley Books.",
		"Harrow Media Inc.'s Bexley Books unit reported a loss.",
		"Lattice Robotics was valued at $2 billion in its latest round.",
		"Norland Foods Inc. denied that it was in talks to buy Tarrow Snacks.",
		"Norland Foods Inc. could bid for Tarrow Snacks, analysts said.",
		"Norland Foods Inc. is reportedly weighing an offer for Tarrow Snacks.",
		"Norland Foods Inc. walked away from its planned takeover of Tarrow Snacks.",
	} {
		out := run(t, s, "2024-05-01")
		fmt.Println(s)
		for _, r := range out.Relations {
			a := ""
			if r.Amount != nil {
				a = fmt.Sprint(r.Amount.Value)
			}
			fmt.Printf("   %s %s -> %s %s %s\n", r.Type, r.Subject, r.Object, a, r.Status)
		}
		for _, m := range out.Metrics {
			fmt.Printf("   M %s %s %v\n", m.Subject, m.Metric, m.Value)
		}
	}
}
