package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Semiconductor supply-chain news: foundry and memory customers, design
// wins, capacity reservations, export bans and lost customers.

func TestChipSupplyChainRecall(t *testing.T) {
	assertRels(t, []relCase{
		// rel_unit_appos.go: the unit named before an apposition
		{"Kestrel Boards, a Veltrix subsidiary, assembles servers in Taiwan.", "SUBSIDIARY_OF", "Kestrel Boards", "Veltrix"},
		{"Kestrel Boards, a Veltrix subsidiary, counts Microsoft and Meta as its largest customers.", "CUSTOMER_OF", "Meta", "Kestrel Boards"},
		// rel_frames.go supplyVerbs: "shipping ... to"
		{"Micron began shipping its HBM3E memory chips to Nvidia in the second quarter.", "CUSTOMER_OF", "Nvidia", "Micron"},
		// rel_goods_from.go: a product bought from a named seller
		{"AMD said its MI325X accelerator uses HBM3E from Samsung.", "CUSTOMER_OF", "AMD", "Samsung"},
		// rel_role.go makeVerbs: chip packaging
		{"Amkor Technology, which packages chips for Apple and Nvidia, is building a plant in Arizona.", "CUSTOMER_OF", "Nvidia", "Amkor Technology"},
		{"Broadcom builds a custom ASIC for Meta Platforms.", "CUSTOMER_OF", "Meta Platforms", "Broadcom"},
		// rel_design_win.go and rel_prep_object.go ("for Y and won")
		{"Marvell builds the Trainium processors for Amazon and won a design slot in Microsoft's Maia accelerator.", "CUSTOMER_OF", "Microsoft", "Marvell"},
		{"MediaTek has secured a design win at Google for its next accelerator.", "CUSTOMER_OF", "Google", "MediaTek"},
		// rel_capacity.go
		{"Nvidia reserved more than half of TSMC's CoWoS packaging capacity for next year.", "CUSTOMER_OF", "Nvidia", "TSMC"},
		{"Apple has booked capacity at TSMC for its next processors.", "CUSTOMER_OF", "Apple", "TSMC"},
	})
}

func TestChipSupplyChainPrecision(t *testing.T) {
	refuteRels(t, []relCase{
		// rel_trade_ban.go: an export ban denies the sale
		{"Applied Materials has been barred from selling certain equipment to SMIC since 2020.", "CUSTOMER_OF", "SMIC", "Applied Materials"},
		{"Samsung is still qualifying its HBM3E parts with Nvidia and is not yet a supplier of the chips for Nvidia's Blackwell accelerators.", "CUSTOMER_OF", "Nvidia", "Samsung"},
		// rel_more2.go makeUpSubject: a region's share names no buyer
		{"Tokyo Electron reported results on Tuesday. Lam Research said China made up 37% of its revenue in the September quarter.", "CUSTOMER_OF", "Lam Research", "Tokyo Electron"},
		// rel_unit_appos.go: the unit, not its owner, counts the customers
		{"Kestrel Boards, a Veltrix subsidiary, counts Microsoft and Meta as its largest customers.", "CUSTOMER_OF", "Meta", "Veltrix"},
		// ner.go cueWord: a month range is no company
		{"Sales at Tokyo Electron rose in the July-September quarter. SMIC is among its customers.", "CUSTOMER_OF", "SMIC", "July-September"},
	})
}

func TestChipSupplyChainStatus(t *testing.T) {
	assertStatuses(t, []statusCase{
		{"KLA stopped supplying Yangtze Memory Technologies in 2022.", "CUSTOMER_OF", "Yangtze Memory Technologies", "KLA", "former"},
		{"Intel lost Apple as a customer when the iPhone maker moved to its own designs.", "CUSTOMER_OF", "Apple", "Intel", "former"},
		{"Samsung's biggest foundry customers had included Qualcomm.", "CUSTOMER_OF", "Qualcomm", "Samsung", "former"},
	})
	// rel_unit_appos.go reliedOnToMake: no second, current copy of the tie
	x := run(t, "Huawei previously relied on TSMC to make its Kirin processors.", "2024-10-16")
	n := 0
	for _, r := range x.Relations {
		if r.Type == "CUSTOMER_OF" && r.Subject == "Huawei" {
			n++
			assert.Equal(t, "former", r.Status)
		}
	}
	assert.Equal(t, 1, n)
}

func TestChipSupplyChainMetrics(t *testing.T) {
	// metrics_counts.go: "top 10 customers" is no customer count; a
	// pipeline valued in money is no company valuation
	x := run(t, "Brightwafer said revenue from its top 10 customers accounted for 71% of the total in 2023.", "2024-05-01")
	for _, m := range x.Metrics {
		assert.NotEqual(t, "customers", m.Metric, m.Evidence)
	}
	x = run(t, "The order is part of a foundry pipeline Intel valued at more than $15 billion.", "2024-05-01")
	for _, m := range x.Metrics {
		assert.NotEqual(t, "valuation", m.Metric, m.Evidence)
	}
	// rel_more2.go endTime: "through 2033" ends a contract's term
	r := hasRel(run(t, "Samsung Electronics signed a $16.5 billion contract to make chips for Tesla at its Texas factory through 2033.", "2025-07-28"), "CUSTOMER_OF", "Tesla", "Samsung Electronics")
	if assert.NotNil(t, r) {
		assert.NotEqual(t, "2033", r.Time)
	}
}
