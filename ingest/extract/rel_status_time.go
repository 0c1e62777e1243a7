package extract

// A time between a planning verb and its "to" leaves the plan: "Capital
// One agreed in February 2024 to buy Discover", "HPE agreed on Tuesday
// to acquire Juniper" are deals agreed, not done, as "agreed to buy" is.
// statusAt looks four words back, and the date pushed "agreed" out of
// reach; the deal read as completed.

// timeAdjunctWords open or fill such a time ("in", "on", "last week").
var timeAdjunctWords = set("in", "on", "at", "early", "late", "week", "month", "year", "earlier", "the")

// plannedAcrossTime: the "to" at j follows a time phrase of up to five
// words that opens with "in", "on" or a time word, after a planning verb
// ("agreed in February 2024 to").
func (c *ctx) plannedAcrossTime(j int) bool {
	x := j - 1
	for ; x >= 0 && x > j-6 && c.timeFiller(x); x-- {
	}
	if x == j-1 || x < 0 || !plannedBeforeTo[c.toks[x].low] {
		return false
	}
	open := &c.toks[x+1]
	return open.low == "in" || open.low == "on" || open.cls&wTime != 0
}

// timeFiller: token x may be part of a time phrase (a number, a month,
// a weekday, "last", "in").
func (c *ctx) timeFiller(x int) bool {
	t := &c.toks[x]
	return t.kind == tNum || t.cls&wTime != 0 || timeAdjunctGate.in(timeAdjunctWords, t.low) // wordgate.go
}
