package extract

// Demands, orders and accusations: "The CMA ordered Microsoft to sell the
// cloud rights to Ubisoft", "regulators demanded that Apple allow rival
// stores", "sued Google, accusing it of paying Activision". What someone
// orders, demands or alleges has not happened: no fact, not even a
// planned one.

// demandWords govern a clause that is only asked for: "ordered X to",
// "demanded that X". They are modal words (modalWords) only in that frame.
var demandWords = set("ordered", "orders", "order", "ordering", "demanded", "demands", "demand", "demanding",
	"urged", "urges", "urge", "urging", "asked", "asks", "ask", "asking", "required", "requires", "require",
	"requiring", "told", "tells", "pressed", "presses", "pressing", "directed", "directs", "compelled", "compels")

// demandAt: the demand word at j governs a clause: "ordered Microsoft to",
// "ordered it to", "demanded that".
func (c *ctx) demandAt(j int) bool {
	if c.w(j+1) == "that" {
		return true
	}
	switch c.w(j - 1) {
	case "was", "were", "been", "be", "is", "are": // "Google was ordered to pay Epic"
		return c.w(j+1) == "to"
	}
	switch c.w(j + 1) {
	case "it", "them", "him", "her":
		return c.w(j+2) == "to"
	}
	m := c.mentionAt(j + 1)
	if m < 0 {
		return false
	}
	b := c.s.ments[m].b
	return c.w(b) == "to" && b+1 < len(c.toks) && c.toks[b+1].kind == tWord
}

// demandedSubject: the subject that ends at token from is the one a demand
// word governs: "ordered Microsoft to sell", "demanded that Apple allow".
// "accusing it of paying" puts the subject under an allegation. The
// subject's name is stepped over by its capitalised words.
func (c *ctx) demandedSubject(from int) bool {
	x := from - 1 // the subject's last word
	for x > 0 && x >= from-5 && c.toks[x-1].cap && c.toks[x-1].kind == tWord {
		x--
	}
	if x < 1 {
		return false
	}
	w := c.w(x - 1)
	if w == "that" {
		return x >= 2 && demandWords[c.w(x-2)]
	}
	if accuseWords[w] {
		return c.w(from) == "of" // "accusing it of paying Activision"
	}
	return demandWords[w] && c.w(from) == "to"
}

// accuseWords put a subject under an allegation: "accused Google of paying".
var accuseWords = set("accusing", "accused", "accuses", "accuse")
