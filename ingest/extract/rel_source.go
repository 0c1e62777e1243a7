package extract

// Sources of figures: a research firm or data provider cited for a number
// ("according to IDC", "data from Counterpoint Research showed", "Gartner
// estimates ...") is no participant of the fact it reports. It may stay
// an entity (the gold conventions leave such firms optional), but the
// figure belongs to the company it is about.

// sourceNoun: w heads "data from X", "estimates by X" (a switch: it is
// asked for every "of X" in a sentence with a fact).
func sourceNoun(w string) bool {
	switch w {
	case "data", "figures", "estimates", "estimate", "research", "report", "analysis", "survey",
		"tally", "count", "numbers", "statistics", "calculations", "forecast", "forecasts":
		return true
	}
	return false
}

// sourceVerbs follow a source: "X estimates", "X data showed".
var sourceVerbs = set("estimates", "estimated", "estimate", "data", "figures", "forecasts", "forecast", "projects",
	"projected", "predicts", "predicted", "calculates", "calculated", "analysts", "analyst", "tallies", "research")

// citedBefore: the mention is introduced as a source ("according to X",
// "data from X", "a report by X").
func (c *ctx) citedBefore(m mention) bool {
	p := c.w(m.a - 1)
	if p == "to" {
		return c.w(m.a-2) == "according"
	}
	// "buys research from X" names a seller: the noun must not be a verb's object
	return (p == "from" || p == "by" || p == "of") && sourceNoun(c.w(m.a-2)) && (m.a < 3 || c.toks[m.a-3].cls&wTrigger == 0)
}

// sourceAt: mention j of the sentence cites a source.
func (c *ctx) sourceAt(j int) bool {
	m := c.s.ments[j]
	return !m.ref && c.typ(m) == org && (c.citedBefore(m) || !m.poss && sourceVerbs[c.w(m.b)])
}

// notSource returns the subject of a figure at k in place of mention j
// when j is its source: the next organisation or product named before the
// figure, else j itself — unless j is only cited ("according to X"),
// which leaves the figure without subject (-1).
func (c *ctx) notSource(j, k int) int {
	if !c.sourceAt(j) {
		return j
	}
	for x := j + 1; x < len(c.s.ments); x++ {
		if m := c.s.ments[x]; m.a > c.s.ments[j].a && m.b <= k && (c.typ(m) == org || c.typ(m) == prod) && !c.sourceAt(x) {
			return x
		}
	}
	if c.citedBefore(c.s.ments[j]) {
		return -1
	}
	return j
}

// onlySource: every mention of entity e in the sentence cites it as a
// source ("according to X"), so e takes part in no fact read there. ("X
// estimates" is not enough: a company estimates its own deals too.)
func (c *ctx) onlySource(e int) bool {
	if !c.sources.read {
		c.sources = sourceMemo{read: true, any: c.anyCited()}
	}
	if !c.sources.any {
		return false // asked for every fact: most sentences cite no source
	}
	seen := false
	for _, m := range c.s.ments {
		if m.ent != e {
			continue
		}
		if m.ref || !c.citedBefore(m) {
			return false
		}
		seen = true
	}
	return seen
}

// sourceMemo: whether the sentence cites a source, read on first use (a
// ctx is made per sentence, so the zero value is "not read").
type sourceMemo struct {
	read, any bool
}

// anyCited: some mention of the sentence is cited as a source.
func (c *ctx) anyCited() bool {
	for _, m := range c.s.ments {
		if !m.ref && c.citedBefore(m) {
			return true
		}
	}
	return false
}
