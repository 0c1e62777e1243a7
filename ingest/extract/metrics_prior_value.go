package extract

// Comparison values: "Margin fell to 16.3% from 18.2% a year earlier" —
// the value after "from" is the earlier one. It is dated a year before the
// value it is compared with ("a year earlier", "a year ago"), or by its own
// time ("from 39.5% in 2023", read by metricTime); else it is dropped, so that no sentence
// gives two values of one metric for the same (or no) time.

// priorValue: the figure at k follows "from" (a currency sign between) and
// a value of the same metric and subject was read from this sentence; it
// returns that value's index, or -1.
func (c *ctx) priorValue(k int, m *metricFact) int {
	x := k - 1
	if x >= 0 && c.toks[x].kind == tPunct {
		x-- // "from $4 billion"
	}
	if c.w(x) != "from" {
		return -1
	}
	for j := len(c.st.metrics) - 2; j >= 0 && c.st.metrics[j].sent == c.si; j-- {
		if p := c.st.metrics[j]; p.metric == m.metric && p.subj == m.subj {
			return j
		}
	}
	return -1
}

// datePriorValue dates the comparison value just appended (at k) or drops
// it: "to 42.1% from 39.5% a year earlier" -> a year before 42.1%'s time.
func (c *ctx) datePriorValue(k int) {
	last := len(c.st.metrics) - 1
	m := &c.st.metrics[last]
	j := c.priorValue(k, m)
	if j < 0 {
		return
	}
	t := ""
	for x := k + 1; x < len(c.toks) && x <= k+4; x++ {
		if c.yearEarlierAt(x) { // rel_share_prior.go
			t = yearBefore(c.st.metrics[j].time)
			break
		}
	}
	if t == "" && m.time != c.st.metrics[j].time {
		t = m.time // its own: "from 64.6% in the same period last year"
	}
	if t == "" {
		c.st.metrics = c.st.metrics[:last]
		return
	}
	m.time = t
}
