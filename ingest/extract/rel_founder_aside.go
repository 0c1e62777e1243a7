package extract

// "Splunk, which is based in San Francisco, was founded in 2003 by A":
// the founded company opens the sentence, and an aside set off by commas
// stands between it and the verb, too far for the nearness test of
// foundedBy and foundedByList.

// asideAuxWords may stand between the aside's closing comma and the verb.
var asideAuxWords = set("was", "is", "were", "been", "had", "has", "originally", "first", "also")

// openerAcrossAside returns the mention that opens the sentence when an
// aside closed by a comma, then only auxiliaries, lead to the verb at x;
// else -1. No other organisation may be named in the aside.
func (c *ctx) openerAcrossAside(x int) int {
	p := x - 1
	for p > 0 && asideAuxWords[c.w(p)] {
		p--
	}
	ms := c.s.ments
	if p == x-1 || c.w(p) != "," || len(ms) == 0 || ms[0].a != 0 || ms[0].poss || c.w(ms[0].b) != "," || c.typ(ms[0]) != org {
		return -1
	}
	for _, m := range ms[1:] {
		if m.a < p && c.typ(m) == org && m.ent != ms[0].ent {
			return -1
		}
	}
	return 0
}
