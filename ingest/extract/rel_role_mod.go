package extract

// A name that modifies a role noun before another name: "OpenAI rival
// Anthropic", "Apple supplier Foxconn", "Alphabet unit Waymo". The head of
// the phrase is the last name, so a verb's object found at the first
// ("backed OpenAI rival Anthropic", "bought Microsoft rival Slack") is the
// head. The modifier's own tie to the head is read by the apposition
// rules (rel_parent.go).

// roleModNouns stand between a modifying name and the head name.
var roleModNouns = set("rival", "competitor", "supplier", "vendor", "partner", "parent", "owner",
	"customer", "client", "investor", "backer", "unit", "subsidiary", "affiliate", "spinoff", "spin-off",
	"maker", "developer", "creator", "publisher") // "bought Helldivers maker Arrowhead": the maker is the head

// roleModHead returns the head mention of "X rival Y" for the modifier
// mention j (X), else j. "company" or "group" may follow the noun ("TikTok
// parent company ByteDance").
func (c *ctx) roleModHead(j int) int {
	m := c.s.ments[j]
	if m.poss || m.b >= len(c.toks) || c.toks[m.b].cap || !roleModGate.may(c.w(m.b)) || !roleModNouns[c.w(m.b)] { // wordgate.go
		return j
	}
	n := m.b + 1
	if w := c.w(n); w == "company" || w == "group" {
		n++
	}
	if h := c.mentionAt(n); h >= 0 {
		return h
	}
	return j
}
