package extract

// Backers listed after a person: "Skydance is backed by Larry Ellison and
// RedBird Capital Partners" — the firms of the list back the company too.
// (A person is no INVESTS_IN subject here: agents keeps the organisations
// of a list.)

// orgAfterPerson: a person opens the list after "backed by" / "funded by"
// at k; it returns the first organisation of the list, else -1.
func (c *ctx) orgAfterPerson(k int) int {
	if w := c.w(k); w != "backed" && w != "funded" {
		return -1
	}
	p := c.nextMention(k+2, 1, false, person)
	if p < 0 {
		return -1
	}
	l := c.listFrom(p)
	for j, m := range l[1:] {
		if c.typ(m) == org && !m.ref {
			return c.mentionAt(l[j+1].a)
		}
	}
	return -1
}
