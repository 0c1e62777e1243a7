package extract

// "J&J will buy Intra-Cellular for $132 a share, valuing the maker of the
// schizophrenia drug Caplyta at about $14.6 billion": a product named
// after "the maker of" describes the company valued, not the thing
// valued. That company is the last organisation named before the
// description (the target of the deal the sentence reports).

// makerOfNouns describe a company by what it makes: "the maker of X".
var makerOfNouns = set("maker", "developer", "owner", "manufacturer", "creator", "producer", "inventor")

// describedMaker returns the organisation mention that "the maker of" +
// the product mention subj describes, or subj when none does.
func (c *ctx) describedMaker(subj int) int {
	m := c.s.ments[subj]
	if c.typ(m) != prod {
		return subj
	}
	of := -1
	for x := m.a - 1; x >= 1 && x >= m.a-4; x-- {
		if c.w(x) == "of" {
			of = x
			break
		}
	}
	if of < 0 || !makerOfNouns[c.w(of-1)] {
		return subj
	}
	for j := subj - 1; j >= 0; j-- {
		if o := c.s.ments[j]; o.b <= of-1 && c.typ(o) == org && !o.poss {
			return j
		}
	}
	return subj
}
