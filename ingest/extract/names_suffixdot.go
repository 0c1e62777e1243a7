package extract

// A period after a legal suffix belongs to the name only when the suffix
// is an abbreviation ("Nvidia Corp.", "Acme Co."); after a whole word
// ("Ocado Group.", "Sunoco LP.") it ends the sentence, and the alias kept
// the stop.
var dottedSuffixes = set("inc", "corp", "co", "ltd", "cos", "bhd", "pty")

// abbrevSuffix: the suffix token t takes a period.
func abbrevSuffix(t *token) bool {
	return dottedSuffixes[t.low]
}
