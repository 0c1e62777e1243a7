package extract

import (
	"strings"

	"github.com/cigraph/cigraph/graph"
)

var personTitles = map[string]bool{
	"ceo": true, "officer": true, "executive": true, "chairman": true, "chairwoman": true,
	"president": true, "founder": true, "co-founder": true, "cofounder": true, "analyst": true,
	"dr": true, "dr.": true, "mr": true, "mrs": true, "ms": true, "cfo": true, "cto": true, "coo": true,
	"director": true, "chief": true, "minister": true, "secretary": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "boss": true, "investor": true, "billionaire": true,
}

var orgAfterPossessive = map[string]bool{
	"ceo": true, "chief": true, "board": true, "shares": true, "stock": true, "revenue": true,
	"revenues": true, "sales": true, "parent": true, "founder": true, "co-founder": true,
	"shareholders": true, "investors": true, "customers": true, "customer": true, "suppliers": true,
	"supplier": true, "largest": true, "biggest": true, "main": true, "profit": true, "profits": true,
	"valuation": true, "market": true, "acquisition": true, "investment": true, "executives": true,
	"chairman": true, "president": true, "subsidiary": true, "unit": true, "stake": true, "share": true,
}

// typeOf types an unknown capitalised run from its context; cued is false
// when nothing but capitalisation speaks for it.
func (st *state) typeOf(s *sentence, i, n int) (graph.EntityType, bool) {
	toks := s.toks
	run := toks[i : i+n]
	at := func(k int) token {
		if k >= 0 && k < len(toks) {
			return toks[k]
		}
		return token{}
	}
	prev, prev2, next, next2 := at(i-1), at(i-2), at(i+n), at(i+n+1)
	last := run[len(run)-1]
	if last.s == "." && n > 1 {
		last = run[n-2]
	}
	switch {
	case last.cls&(cSuffix|cOrghead) != 0 && n > 1:
		return graph.Org, true
	case st.isPersonName(run) || n >= 2 && n <= 3 && (personTitles[prev.low] || personTitles[strings.TrimSuffix(prev.low, ".")]) && last.cls&cOrghead == 0,
		personContext(run, prev, next, next2):
		return graph.Person, true
	case prev.low == "-" && prev2.low == "co" || strings.HasSuffix(prev.low, "-based") || next.low == "-based":
		return graph.Org, strings.HasSuffix(prev.low, "-based")
	case prev.cls&wOrgNoun != 0 && prev.kind == tWord && !prev.cap || prev.low == "publication":
		return graph.Org, true
	case prev.low == "'s" && st.prevMentionIsOrg(s, i-1):
		return possessedType(run, next, next2)
	case glossed(run, next, next2):
		return "", false // "Average Selling Price (ASP)": a term with its initials
	case acronymOnly(run) && st.productNounAfter(toks, i+n):
		return "", false
	case st.productNounAfter(toks, i+n) || prev.cls&wProdNoun != 0 && !prev.cap || prev.low == "called" || prev.low == "dubbed":
		return graph.Product, true
	case productLike(run[0].s) && n <= 2 && !(next.s == "," && (next2.low == "a" || next2.low == "an")):
		return graph.Product, true
	case next.low == "'s" && orgAfterPossessive[next2.low]:
		return graph.Org, true
	case (prev.low == "of" || prev.low == "in") && (prev2.low == "shares" || prev2.low == "stake"):
		return graph.Org, true
	case next.s == "(" && next2.kind == tWord && upperOnly(next2.s) && len(next2.s) >= 2:
		return graph.Org, true
	case next.s == "," && (next2.low == "a" || next2.low == "an" || next2.low == "the") && st.orgNounWithin(toks, i+n+2, 6):
		return graph.Org, true
	}
	if n == 1 && len(run[0].s) <= 2 {
		return "", false
	}
	return graph.Org, false
}

// isPersonName: a known first name followed by one or two capitalised words.
func (st *state) isPersonName(run []token) bool {
	if len(run) < 2 || len(run) > 3 || run[0].cls&cFirstname == 0 {
		return false
	}
	for _, t := range run[1:] {
		if t.kind != tWord || !t.cap || t.cls&(cOrghead|cSuffix) != 0 {
			return false
		}
	}
	return true
}

func (st *state) prevMentionIsOrg(s *sentence, possTok int) bool {
	for _, m := range s.ments {
		if m.b == possTok {
			return st.ents[m.ent].typ == graph.Org
		}
	}
	return false
}

// productNounAfter: "Fios offering", "Masterpass digital payment solution".
func (st *state) productNounAfter(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+4; j++ {
		t := toks[j]
		if t.kind != tWord || t.cap {
			return false
		}
		if t.cls&wProdNoun != 0 {
			return j+1 >= len(toks) || toks[j+1].low != "of"
		}
		if t.cls&wOrgNoun != 0 {
			return false
		}
	}
	return false
}

func (st *state) orgNounWithin(toks []token, k, n int) bool {
	for j := k; j < len(toks) && j < k+n; j++ {
		if toks[j].cls&wOrgNoun != 0 {
			return true
		}
		if toks[j].s == "," {
			return false
		}
	}
	return false
}

// unitNouns name a company held by another: "Castor's Dawnrise unit".
var unitNouns = set("unit", "units", "subsidiary", "division", "arm", "affiliate")

// possessedType types a run after an organisation's possessive: "Acme's
// Widget" is a product, "Acme's Beta unit" an organisation, and a run cut
// short before another capitalised word ("Acme's South African parent")
// or glossed by its initials ("Acme's Average Selling Price (ASP)") is none.
func possessedType(run []token, next, next2 token) (graph.EntityType, bool) {
	switch {
	case next.low == "'s" && orgAfterPossessive[next2.low], unitNouns[next.low]:
		return graph.Org, true
	case next.kind == tWord && next.cap, glossed(run, next, next2):
		return "", false
	}
	return graph.Product, true
}

// glossed reports a multi-word run followed by "(" and its own initials:
// "High Performance Computing (HPC)", a descriptive term, not a name.
func glossed(run []token, open, acr token) bool {
	if open.s != "(" || len(run) < 2 || len(acr.s) != len(run) || !upperOnly(acr.s) {
		return false
	}
	for i, t := range run {
		if t.s == "" || t.s[0] != acr.s[i] {
			return false
		}
	}
	return true
}

// acronymOnly: a lone all-capitals word such as "ATM" before "network" is an
// abbreviation of a common noun more often than a product name.
func acronymOnly(run []token) bool {
	return len(run) == 1 && len(run[0].s) <= 4 && upperOnly(run[0].s)
}

// hireVerbs name a person to a post: "X named Jane Doe as chief executive".
var hireVerbs = set("named", "appointed", "hired", "tapped", "promoted", "elected", "picked")

// personContext: a two- or three-word name followed by ", who" or hired
// "as" something ("named Jane Doe as chief executive").
func personContext(run []token, prev, next, next2 token) bool {
	if len(run) < 2 || len(run) > 3 {
		return false
	}
	for _, t := range run {
		if t.kind != tWord || !t.cap || t.cls&(cOrghead|cSuffix|cNonname|cPlace) != 0 {
			return false
		}
	}
	return next.s == "," && (next2.low == "who" || personTitles[next2.low] && next2.low != "investor") ||
		hireVerbs[prev.low] && next.low == "as"
}
