package extract

import "github.com/cigraph/cigraph/graph"

// Dependence read as buying, like "relies on": "Apple's dependence on
// Qualcomm for modems", "the carmaker is reliant on CATL for cells" (relyOn
// reads them, with its "for"/"to" test). Ending it makes the tie a former
// one: "ending a long dependence on Qualcomm for that part", "no longer
// relies on Y for", "stopped buying chips from Y".

// dependWords are the noun and adjective forms of relying.
var dependWords = set("dependence", "dependency", "reliance", "dependent", "reliant")

// endWords end a dependence a few words before its noun.
var endWords = set("ended", "ending", "ends", "end", "broke", "breaking", "break", "shed", "shedding")

// dependStatus is statusAt for the relying word at k, former where an end
// word comes shortly before a dependence noun ("ending a long dependence").
func (c *ctx) dependStatus(k int) string {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if t := &c.toks[j]; t.kind == tPunct {
			break
		}
		if endWords[c.w(j)] && dependWords[c.w(k)] {
			return graph.StatusFormer
		}
	}
	return c.statusAt(k)
}

// pastApposition returns the token after an apposition that opens at x
// (", its biggest investor,": "relied on Y, its biggest investor, for
// computing power"), else x.
func (c *ctx) pastApposition(x int) int {
	if c.w(x) != "," || !c.appositionOpens(x+1) {
		return x
	}
	if e := c.appositionClose(x); e > 0 && e <= x+8 { // rel_leads_apposition.go
		return e + 1
	}
	return x
}
