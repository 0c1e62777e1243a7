package extract

// itemLabel: a list item's first word, unknown to the lexicon and the
// article and followed by ":", labels the item's value ("* Valuation:
// $183 billion", "- Headquarters: San Francisco"); it names nothing.
// A company that opens an item this way is one the article or the
// lexicon knows, or has a longer name ("- Spark Capital: $450 million").
func itemLabel(s *sentence, i, n int) bool {
	return i == 0 && n == 1 && s.sp.item && len(s.toks) > 1 && s.toks[1].low == ":"
}
