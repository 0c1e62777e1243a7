package extract

import "github.com/cigraph/cigraph/graph"

// "Telcoria's QX signed a network deal": a short all-capitals name held by
// a company and doing what companies do (signing, agreeing, buying,
// reporting) is a business it owns, not a product; "Acme's GPU" before a
// noun stays what possessedType makes of it.

// possessedUnit: run is a lone all-capitals word of two to four letters and
// next a verb only a company takes as subject.
func possessedUnit(run []token, next token) bool {
	return acronymOnly(run) && len(run[0].s) >= 2 && companyVerbs[next.low]
}

// companyVerbs are finite verbs whose subject is an organisation.
// Verbs a product also takes ("sold", "launched", "won") are left out.
var companyVerbs = set("signed", "agreed", "announced", "reported", "posted", "acquired", "bought",
	"hired", "said", "struck", "inked", "completed", "raised")

// possessedUnits adds SUBSIDIARY_OF for "Telcoria's QX signed ...": the
// organisation possessed right after an organisation's "'s" and typed so
// by possessedUnit. Mentions are few; the loop allocates nothing.
func (c *ctx) possessedUnits() {
	ms := c.s.ments
	for j := 0; j+1 < len(ms); j++ {
		if !ms[j].poss {
			continue
		}
		p, u := &ms[j], &ms[j+1]
		if p.ref || u.ref || u.a != p.b+1 || u.b != u.a+1 || u.b >= len(c.toks) || p.ent == u.ent {
			continue
		}
		if c.typ(*p) != org || c.typ(*u) != org || !possessedUnit(c.toks[u.a:u.b], c.toks[u.b]) {
			continue
		}
		c.add(fact{typ: graph.SubsidiaryOf, subj: u.ent, obj: p.ent, confidence: 0.7})
	}
}

// ownedByRun: the run at i follows "owned|controlled by" ("KZT, owned by
// Telcoria, a larger network"): an owner, so an organisation (a person's
// name is typed before this test), never the product an apposition after
// it may suggest.
func ownedByRun(toks []token, i int) bool {
	if i < 2 || toks[i-1].low != "by" {
		return false
	}
	switch toks[i-2].low {
	case "owned", "controlled", "majority-owned", "wholly-owned", "co-owned":
		return true
	}
	return false
}
