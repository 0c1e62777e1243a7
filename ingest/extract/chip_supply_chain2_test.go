package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Semiconductor supply-chain news, second round: bracketed initials in
// lists, foundry units named after their company, foundry processes,
// supply agreements told by their goods, moved production, bare titles
// after a quote, changes that are no revenue level, clause times.

func TestChipSupplyChain2Recall(t *testing.T) {
	assertRels(t, []relCase{
		// names_bracket_list.go: initials in brackets inside a list
		{"Lam Research posted record China sales. Hua Hong and Semiconductor Manufacturing International Corp (SMIC) are among its biggest buyers.", "CUSTOMER_OF", "Hua Hong", "Lam Research"},
		{"Lam Research posted record China sales. Semiconductor Manufacturing International Corp (SMIC) and Hua Hong are among its biggest buyers.", "CUSTOMER_OF", "Hua Hong", "Lam Research"},
		{"Amkor packages chips for Nvidia (Nasdaq: NVDA), AMD and Intel.", "CUSTOMER_OF", "AMD", "Amkor"},
		// ner_composed_unit.go: "<company> Foundry" is an organisation, its unit
		{"Samsung Foundry's biggest customers include Nvidia and AMD.", "CUSTOMER_OF", "Nvidia", "Samsung Foundry"},
		{"Samsung Foundry's biggest customers include Nvidia and AMD.", "SUBSIDIARY_OF", "Samsung Foundry", "Samsung Electronics"},
		{"Tesla sources chips from Huawei Cloud rival Samsung Foundry.", "SUBSIDIARY_OF", "Huawei Cloud", "Huawei"},
		// rel_unit_named.go: a unit named after its description
		{"Intel has been building up its chip-making business, which it calls Intel Foundry.", "SUBSIDIARY_OF", "Intel Foundry", "Intel"},
		{"Baidu's cloud arm, Baidu AI Cloud, cut prices on Tuesday.", "SUBSIDIARY_OF", "Baidu AI Cloud", "Baidu"},
		// rel_process_node.go: a chip made on a foundry's process
		{"Microsoft plans to make its next Maia accelerator on Intel's 18A process.", "CUSTOMER_OF", "Microsoft", "Intel"},
		{"AWS will use Intel's 18A process for a networking chip.", "CUSTOMER_OF", "AWS", "Intel"},
		{"Apple builds its newest processors on TSMC's 3-nanometer node.", "CUSTOMER_OF", "Apple", "TSMC"},
		// rel_supply_agreement.go: the maker of the goods supplies
		{"Nvidia inked a multiyear supply agreement with SK Hynix for HBM chips.", "CUSTOMER_OF", "Nvidia", "SK Hynix"},
		{"GlobalFoundries signed a $3 billion wafer supply agreement with AMD.", "CUSTOMER_OF", "AMD", "GlobalFoundries"},
		// rel_goods_made_at.go
		{"Nvidia agreed to buy chips made at TSMC's Arizona fab.", "CUSTOMER_OF", "Nvidia", "TSMC"},
		// rel_moved_production.go
		{"MediaTek moved production of its Dimensity chips to TSMC in 2021.", "CUSTOMER_OF", "MediaTek", "TSMC"},
		{"Nvidia shifted some orders from Samsung to TSMC last year.", "CUSTOMER_OF", "Nvidia", "TSMC"},
		// rel_frames.go ordersFrom: each buyer of the list
		{"Arista shares rose as orders from Microsoft, Oracle and Meta piled up.", "CUSTOMER_OF", "Oracle", "Arista"},
		{"Arista shares rose as orders from Microsoft, Oracle and Meta piled up.", "CUSTOMER_OF", "Meta", "Arista"},
		// rel_leads_quote.go: a bare title closing a quote-like clause
		{"Marvell beat forecasts. Marvell shares jumped. Custom chip demand will keep rising next year, CEO Matt Murphy told analysts.", "LEADS", "Matt Murphy", "Marvell"},
		{"Marvell beat forecasts. Marvell shares jumped. Custom chip demand will keep rising, said Chief Executive Matt Murphy.", "LEADS", "Matt Murphy", "Marvell"},
	})
}

func TestChipSupplyChain2Precision(t *testing.T) {
	refuteRels(t, []relCase{
		// names_bracket_list.go: a bracketed gloss is no list item
		{"Chinese groups ByteDance (TikTok), Tencent and Baidu can't get enough of Nvidia's chips.", "CUSTOMER_OF", "TikTok", "Nvidia"},
		// lexicon: a generic node size names no one foundry's product
		{"TSMC said Samsung's 2-nanometer process is still ramping.", "OFFERS", "TSMC", "2-nanometer process"},
		// rel_process_node.go: a dropped plan and talks are no purchase
		{"Qualcomm had planned to use Intel's 20A process but dropped the plan.", "CUSTOMER_OF", "Qualcomm", "Intel"},
		{"AMD is in talks about making some processors on Samsung's 2-nanometer process.", "CUSTOMER_OF", "AMD", "Samsung"},
		// rel_supply_agreement.go: no maker among the parties, no direction
		{"Ford signed a supply agreement with Tesla.", "CUSTOMER_OF", "Ford", "Tesla"},
		// rel_moved_production.go: "orders from X to Y" is no order X placed
		{"Nvidia shifted some orders from Samsung to TSMC last year.", "CUSTOMER_OF", "Samsung", "Nvidia"},
		// rel_unit_named.go: a spun-off unit is no longer owned
		{"Danaher completed the separation of its environmental business, Veralto, in 2023.", "SUBSIDIARY_OF", "Veralto", "Danaher"},
		// ner_cues.go articleHead: "Samsung" alone is the group, not its foundry
		{"Samsung Foundry won a Tesla order. Samsung also makes HBM3E chips.", "OFFERS", "Samsung Foundry", "HBM3E"},
	})
}

func TestChipSupplyChain2Details(t *testing.T) {
	assertStatus(t, "Nvidia shifted some orders from Samsung to TSMC last year.", "CUSTOMER_OF", "Nvidia", "Samsung", "former")
	// rel_clause.go: "and it stopped" opens a clause; an earlier clause's time is not its
	r := hasRel(run(t, "KLA has been barred from shipping to SMIC since 2020 and it stopped supplying YMTC after new U.S. rules.", "2024-06-05"), "CUSTOMER_OF", "YMTC", "KLA")
	if assert.NotNil(t, r) {
		assert.NotEqual(t, "2020", r.Time)
	}
	// metrics_delta.go: a change is no revenue level
	for _, text := range []string{
		"ASE expects its test and packaging revenue to rise by $1 billion this year.",
		"Amkor said its revenue increased $300 million from a year earlier.",
	} {
		for _, m := range run(t, text, "2024-06-05").Metrics {
			assert.NotEqual(t, "revenue", m.Metric, text)
		}
	}
	metric(t, "Amkor said its revenue rose 12% to $1.8 billion in the quarter.", "2024-06-05", "Amkor", "revenue", 1.8e9)
	// supply agreement amount stays on the purchase
	r = hasRel(run(t, "GlobalFoundries signed a $3 billion wafer supply agreement with AMD.", "2024-06-05"), "CUSTOMER_OF", "AMD", "GlobalFoundries")
	if assert.NotNil(t, r) && assert.NotNil(t, r.Amount) {
		assert.Equal(t, 3e9, r.Amount.Value)
	}
}
