package extract

// Times that date another event, not the fact read at k: the time that
// names an event in an "after ..." adjunct ("X dropped CrowdStrike for
// SentinelOne after the July outage": the switch is not dated July), and
// a time of an earlier clause when the fact's verb says "now" ("X
// migrated off AWS last year and now runs its website on Y"). timeNear
// skips them.

// eventPreps open an adjunct that places the fact relative to an event.
var eventPreps = set("after", "following", "since", "before", "amid", "despite")

// otherEventTime: the time t modifies an event noun after an eventPreps
// word ("after the July outage", "following its 2023 breach"), or t
// comes before a "now" that opens the fact's verb at k.
func (c *ctx) otherEventTime(t timex, k int) bool {
	if t.a < k && c.w(k-1) == "now" {
		return true
	}
	d := c.w(t.a - 1)
	if d != "the" && d != "its" && d != "their" || !eventPrepGate.in(eventPreps, c.w(t.a-2)) || t.b >= len(c.toks) {
		return false
	}
	n := &c.toks[t.b]
	return n.kind == tWord && !n.cap && n.low != "of" && n.low != "and"
}
