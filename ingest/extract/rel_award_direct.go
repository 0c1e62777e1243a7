package extract

// What is awarded: "The Army awarded Palantir a ten-year, $10 billion
// enterprise agreement", "The Navy awarded Anduril a $200 million task
// order", "awarded Leidos a deal" — a contract under any of its names.

// awardForms are the forms of the verb "award".
var awardForms = set("awarded", "awards", "award")

// awardNouns name the work awarded.
var awardNouns = set("contract", "contracts", "deal", "agreement", "order", "orders")

// awardNounAfter returns the first awardNouns word within ten tokens
// after k, else -1.
func (c *ctx) awardNounAfter(k int) int {
	for j := k + 1; j < len(c.toks) && j <= k+10; j++ {
		if awardNouns[c.toks[j].low] {
			return j
		}
	}
	return -1
}
