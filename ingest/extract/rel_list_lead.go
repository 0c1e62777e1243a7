package extract

import "github.com/cigraph/cigraph/graph"

// The lead-in of a list: the line ending in ":" just before its first item
// ("Anthropic's main backers:", "Its biggest customers:", "Who has invested
// in Anthropic:", "Key facts:"). It names the role the items hold toward an
// owner and the company "Label: value" items describe. The list runs while
// items follow one another: a prose line, a heading or a new lead-in ends it.

// listRole is the tie a list's items hold toward the lead-in's owner.
type listRole uint8

const (
	roleNone     listRole = iota
	roleInvestor          // "X's backers:": item INVESTS_IN owner
	roleCustomer          // "X's customers:": item CUSTOMER_OF owner
	roleSupplier          // "X's suppliers:": owner CUSTOMER_OF item
	roleRival             // "X's rivals:": COMPETES_WITH
	rolePartner           // "X's partners:": PARTNERS_WITH
	roleUnit              // "X's units:": item SUBSIDIARY_OF owner (a product: owner OFFERS it)
	roleAcquired          // "X's biggest acquisitions:": owner ACQUIRES item
	roleProduct           // "Products: A, B" (labels only): owner OFFERS item
)

// listRoles are the role nouns (and verbs of "who has invested in X") a
// lead-in names.
var listRoles = map[string]listRole{
	"investors": roleInvestor, "backers": roleInvestor, "shareholders": roleInvestor, "funders": roleInvestor,
	"invested": roleInvestor, "backed": roleInvestor, "funded": roleInvestor, "stakeholders": roleInvestor,
	"customers": roleCustomer, "clients": roleCustomer,
	"suppliers": roleSupplier, "vendors": roleSupplier, "providers": roleSupplier,
	"rivals": roleRival, "competitors": roleRival,
	"partners": rolePartner, "allies": rolePartner,
	"units": roleUnit, "subsidiaries": roleUnit, "divisions": roleUnit, "brands": roleUnit,
	"acquisitions": roleAcquired, "takeovers": roleAcquired,
}

// leadBlock marks a lead-in whose items are no facts ("What to watch:",
// "Other bidders:", "Risks:", "Possible suitors:").
var leadBlock = set("watch", "bidders", "bidder", "suitors", "risks", "questions", "unknowns", "candidates",
	"contenders", "rumored", "rumoured", "hopefuls", "would-be")

// listLead is what a lead-in says about the list after it.
type listLead struct {
	ok     bool     // a lead-in ending in ":" was found
	role   listRole // roleNone: "Label: value" items only
	owner  int      // the entity the role is held toward; -1: none
	subj   int      // the company "Label: value" items describe; -1: none
	status string   // "Former backers:": former
}

// readLead reads sentence j as the lead-in of the list opening at item i.
func (st *state) readLead(j int) listLead {
	l := listLead{owner: -1, subj: -1}
	s := &st.sents[j]
	if len(s.text) == 0 || s.text[len(s.text)-1] != ':' || s.sum.cls&(wHedge|wModal) != 0 {
		return l
	}
	toks := st.loadToks(j)
	k := -1
	for x := len(toks) - 1; x >= 0; x-- {
		if leadBlock[toks[x].low] {
			return l
		}
		if toks[x].low == "former" {
			l.status = graph.StatusFormer
		}
		if r := listRoles[toks[x].low]; r != roleNone && k < 0 {
			l.role, k = r, x
		}
	}
	l.ok = true
	l.subj = st.leadOrg(s.ments, 0, len(toks))
	if k >= 0 {
		l.owner = st.roleOwner(s.ments, toks, k)
	}
	if l.owner < 0 && l.subj < 0 {
		l.subj = st.leadTopic(j)
	}
	if l.owner < 0 {
		l.owner = l.subj
	}
	if l.subj < 0 {
		l.subj = l.owner
	}
	return l
}

// roleOwner: the organisation whose role noun k is: the possessive just
// before it ("Anthropic's main backers", "its biggest customers") or the
// name after "of", "in", "to" ("backers of Anthropic", "invested in
// Anthropic", "suppliers to Apple"); -1 when the lead-in names none.
func (st *state) roleOwner(ms []mention, toks []token, k int) int {
	o := -1
	for _, m := range ms {
		if m.poss && m.b <= k && k-m.b <= 4 && st.ents[m.ent].typ == org {
			o = m.ent
		}
		if m.a > k && m.a <= k+2 && toks[m.a-1].kind == tWord && ownerPreps[toks[m.a-1].low] && st.ents[m.ent].typ == org {
			return m.ent
		}
	}
	return o
}

// ownerPreps join a role noun to its owner ("backers of X").
var ownerPreps = set("of", "in", "to", "for", "at")

// leadOrg is the first organisation mentioned in tokens [a, b), names and
// references alike ("Anthropic at a glance:", "Here's how the company
// did:"), or -1; a name the article uses once is no story's company.
func (st *state) leadOrg(ms []mention, a, b int) int {
	for _, m := range ms {
		if e := &st.ents[m.ent]; m.a >= a && m.b <= b && e.typ == org && !e.publisher && (m.ref || e.mentions >= 2) {
			return m.ent
		}
	}
	return -1
}

// leadTopic is the company the story is about, for a lead-in j that names
// none ("Key facts:", "Its backers:" whose "its" found nothing): the first
// organisation named before j that the article names again, or -1.
func (st *state) leadTopic(j int) int {
	for i := 0; i < j; i++ {
		for _, m := range st.sents[i].ments {
			if e := &st.ents[m.ent]; e.typ == org && !e.publisher && !m.ref && e.mentions >= 2 {
				return m.ent
			}
		}
	}
	return -1
}
