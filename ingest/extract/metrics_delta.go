package extract

// A change is no level: "expects its packaging revenue to rise by $1
// billion", "revenue increased $300 million from a year earlier" state
// how much a figure moved, not what it is ("rose by $500 million to $5.2
// billion": only the amount after "to" is the revenue).

// deltaVerbs are change verbs in the forms that take "by" before the
// change ("to rise by", "grew by"); changeVerbs (rel_breadth.go) holds
// the past forms too.
var deltaVerbs = set("rise", "grow", "increase", "fall", "climb", "jump", "decline", "drop", "expand", "shrink",
	"rising", "growing", "increasing", "falling", "climbing", "jumping", "declining", "dropping", "expanding")

// deltaAmount: the amount m follows a change verb directly ("increased
// $300 million") or through "by" ("rise by $1 billion").
func (c *ctx) deltaAmount(m money) bool {
	v := m.a - 1
	if v >= 0 && c.toks[v].cls&wQual != 0 {
		v-- // "rose by about $1 billion"
	}
	if w := c.w(v); w == "by" {
		v--
	} else if !changeGate.in(changeVerbs, w) {
		return false
	}
	for x := v; x >= 0 && x >= v-1; x-- { // "rise by", "rose sharply by"
		if w := c.w(x); changeGate.in(changeVerbs, w) || deltaVerbs[w] {
			return true
		}
	}
	return false
}

// changeBefore steps back from e, the last token before the "to" of a new
// level, over the change it follows: a percent ("rose 10% to $5.2
// billion") or an amount ("rose by $500 million to $5.2 billion"), with
// its "by" and qualifier. It returns where the change verb should stand.
func (c *ctx) changeBefore(e int) int {
	v := e
	for _, p := range c.pcts {
		if p.b == e+1 {
			v = p.a - 1
		}
	}
	for _, m := range c.money {
		if m.b == e+1 {
			v = m.a - 1
		}
	}
	if v < e && v >= 0 && c.toks[v].cls&wQual != 0 {
		v-- // "rose by about $500 million to"
	}
	if v < e && c.w(v) == "by" {
		v--
	}
	return v
}
