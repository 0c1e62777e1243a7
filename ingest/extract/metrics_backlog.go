package extract

// Order backlogs: "its backlog reached $119 billion", "Siemens Energy's
// order backlog rose to a record 131 billion euros". The ontology has no
// kind for a backlog: it is a metric "other" of the company that holds it.

// backlogFigure: a figure verb right before the amount (after "to"/"at",
// "a record" or a qualifier) and "backlog" within four words before it.
func (c *ctx) backlogFigure(m money) bool {
	v := m.a - 1
	if v >= 0 && c.toks[v].cls&wQual != 0 {
		v--
	}
	v = c.recordBefore(v) // metrics_arr.go: "rose to a record 131 billion euros"
	if c.w(v) == "to" || c.w(v) == "at" {
		v--
	}
	if c.w(v) == "valued" {
		return c.backlogValued(v)
	}
	return v >= 1 && figureVerb(c.w(v)) && c.backlogBefore(v, 4)
}

// backlogValued: "its backlog stood at 5,600 aircraft valued at $438
// billion" — "backlog" within eight words before "valued" at x: the
// amount values the orders, not the company.
func (c *ctx) backlogValued(x int) bool {
	return c.backlogBefore(x, 8)
}

// backlogBefore: "backlog(s)" within n words before x.
func (c *ctx) backlogBefore(x, n int) bool {
	for y := x - 1; y >= 0 && y >= x-n; y-- {
		if w := c.w(y); w == "backlog" || w == "backlogs" {
			return true
		}
	}
	return false
}
