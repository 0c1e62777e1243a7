package extract

// Offers, attempts and wishes: "Microsoft has proposed to buy a stake in
// Supercell", "offered to acquire Y", "wants to buy Y", "is looking to
// acquire Y". The deal is only asked for, as in "proposed to take X
// private" (rel_take_private.go): no fact, not even a planned one. The
// words are modal (modalWords) only before "to"; "the offer was accepted"
// or "X offers cloud services" hedge nothing.

// offerToWords hedge a fact when "to" follows them.
var offerToWords = set("proposed", "proposes", "propose", "proposing", "offered", "offers", "offering",
	"wants", "want", "wanted", "hopes", "hope", "hoped", "hoping", "looking", "sought", "attempted", "attempting", "attempts")

// offerToHedge: the modal word at j is an offer word; it hedges only before "to".
func (c *ctx) offerToHedge(j int) bool {
	return c.w(j+1) == "to"
}
