package extract

// Round edges the funding frames missed: a lead named with a backer noun
// ("led by existing investor A"), the backers after a named round ("raised
// $N in a Series B round from investors including A"), the valuation taken
// for the amount raised ("raised $N at a $V valuation in a round led by
// A"), and a raiser set off by an apposition ("X, the startup that ...,
// has raised $N").

// backerWords describe a lead before its name.
var backerWords = set("existing", "new", "longtime", "early", "returning", "previous", "investor", "investors",
	"backer", "backers", "firm", "fund", "venture", "capital", "shareholder")

// pastBackerNoun skips "existing investor" so the name after it is read.
func (c *ctx) pastBackerNoun(x int) int {
	for j := x; j < x+3 && j < len(c.toks); j++ {
		if c.toks[j].cap && j > x || !backerWords[c.w(j)] {
			return j
		}
	}
	return x + 3
}

// raiseFrom: the "from" after a raise verb, also past a named round
// ("raised $6 billion in a Series B round from A").
func (c *ctx) raiseFrom(k int) int {
	if from := c.skipTo(k, "from", 8); from > 0 {
		return from
	}
	for j := k + 1; j < len(c.toks) && j <= k+9; j++ {
		if c.w(j) == "round" {
			if f := c.skipTo(j, "from", 2); f > 0 {
				return f
			}
			return -1
		}
	}
	return -1
}

// valuationMoney: "at a $V valuation", "a valuation of $V" is what the
// company is worth, not a sum paid ("values it at $V" is a deal's price and
// stays an amount).
func (c *ctx) valuationMoney(m money) bool {
	return c.w(m.b) == "valuation" || c.w(m.a-1) == "of" && c.w(m.a-2) == "valuation"
}

// appositiveRaiser: a name at the start of the sentence followed by an
// apposition that closes with a comma just before the raise verb x (and
// its auxiliary).
func appositiveRaiser(ms []mention, toks []token, x int) int {
	y := x - 1
	for y > 0 && (toks[y].low == "has" || toks[y].low == "have" || toks[y].low == "had" || toks[y].low == "also") {
		y--
	}
	if y <= 0 || toks[y].low != "," || len(ms) == 0 || ms[0].a != 0 || ms[0].poss || toks[ms[0].b].low != "," {
		return -1
	}
	for j := ms[0].b + 1; j < y; j++ {
		if toks[j].low == "," || toks[j].low == ";" {
			return -1 // a list or a second clause, not one apposition
		}
	}
	return ms[0].ent
}
