package extract

// Local government areas named by a division word: "a data center in
// Richland Parish", "Loudoun County officials", "Guangdong Province". An
// unknown run of two or more words whose last word is a capitalised
// division noun names a place, not a company ("Kings County Bank" ends
// in "Bank" and stays a name).

// regionHeads are the division nouns that end such a place's name.
var regionHeads = set("county", "parish", "province", "prefecture", "borough", "township", "oblast", "canton")

// regionRun: the unknown run [i, i+n) ends in a capitalised division noun.
func regionRun(toks []token, i, n int) bool {
	last := &toks[i+n-1]
	return n > 1 && last.cap && regionGate.in(regionHeads, last.low) // wordgate.go
}
