package extract

// Modifier heads: "fintech" and "biotech" name a company on their own ("the
// fintech said", "the biotech's shares") but as often modify another head
// ("the fintech startup", "the biotech sector"). They end a description
// only right after "the" and before a finite verb, a stop word, a
// possessive or punctuation; elsewhere the description reads on.
var modHeads = set("fintech", "biotech", "streamer")

// modHeadEnds: the modifier head at k (right after "the" at i) ends the
// description.
func modHeadEnds(toks []token, i, k int) bool {
	if k != i+1 || !modHeads[toks[k].low] {
		return false
	}
	if k+1 >= len(toks) {
		return true
	}
	n := &toks[k+1]
	return n.kind == tPunct && n.s != "-" || n.low == "'s" || n.cls&(wDescStop|wFinite) != 0
}
