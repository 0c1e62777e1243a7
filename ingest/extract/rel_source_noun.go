package extract

// "source" is a buying verb ("Tesla sources cells from CATL") and a noun
// or adjective ("open source", "a source said", "its main source of
// revenue"). After these words it is never the verb.
var sourceNounBefore = set("open", "closed", "a", "an", "the", "one", "single", "sole", "main", "key", "primary",
	"its", "their", "major", "new", "another", "second", "biggest", "largest", "only", "revenue", "power", "energy", "data")

// sourceNoun: the "source" word at k is no verb.
func (c *ctx) sourceNoun(k int) bool {
	w := c.w(k)
	return (w == "source" || w == "sources") && k > 0 && sourceNounBefore[c.w(k-1)]
}
