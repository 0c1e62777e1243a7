package extract

// "Total revenue rose 7%", "Net income fell": an adjective of a figure
// opening the sentence is no name, though the gazetteer may know the word
// as a company (TotalEnergies is also "Total").

// figureAdjs modify a figure noun.
var figureAdjs = set("total", "net", "gross", "operating", "annual", "quarterly", "core", "organic", "adjusted", "overall")

// figureOpener: the one-word run at i opens the sentence and modifies the
// figure noun after it. Asked of every candidate run, it inlines the test
// of the run's place (most runs do not open the sentence).
func figureOpener(toks []token, i, n int) bool {
	return i == 0 && n == 1 && figureOpening(toks)
}

// figureOpening: the sentence opens with a figure adjective and noun.
func figureOpening(toks []token) bool {
	return len(toks) > 1 && figureAdjGate.may(toks[0].low) && figureAdjs[toks[0].low] && figureNouns[toks[1].low] // ner_cues.go, wordgate.go
}
