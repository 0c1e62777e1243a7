package extract

// More heads of definite descriptions, from retail, energy, transport and
// industrial news ("the Cincinnati-based chain", "the airline", "the
// oil producer"), added to descHeads before the word classes are built.
// "supply" and "value" stop a description: "the supply chain" and "the
// value chain" name no company.
func init() {
	// words that mostly modify another head ("supermarket operator",
	// "utility company") are left out
	for _, w := range []string{"chain", "airline", "wholesaler", "miner", "producer", "refiner", "driller",
		"shipbuilder", "contractor", "brewer", "railroad", "broadcaster"} {
		descHeads[w] = true
	}
	descStop["supply"], descStop["value"] = true, true
	// payments: "the Dutch processor", "the neobank" ("fintech" mostly
	// modifies another head: "the fintech startup"; "the brokerage" and
	// "the issuer" are as often an analyst house or a bond issuer)
	for _, w := range []string{"neobank", "processor"} {
		descHeads[w] = true
	}
}
