package extract

import (
	"strings"

	"github.com/cigraph/cigraph/graph"
)

// Vendor switches: "X moved its core systems from Oracle to Google Cloud",
// "X switched to Workday", "X migrated off AWS", "X replaced Salesforce
// with HubSpot", "X dropped CrowdStrike for SentinelOne", "X has
// standardized on ServiceNow". The vendor left is one X was a customer of
// (former); the one taken up is a current supplier (planned after "will",
// "plans to", and then the old tie still stands, so it is not read).

// switchTriggers are the verbs of a vendor switch (fSwitch).
var switchTriggers = set(
	"switched", "switching", "switches", "switch", "migrated", "migrating", "migrates", "migrate",
	"moved", "moving", "moves", "move", "shifted", "shifting", "shifts", "shift",
	"transitioned", "transitioning", "transition",
	"replaced", "replacing", "replaces", "replace", "swapped", "swapping", "swaps", "swap",
	"dropped", "dropping", "drops", "drop", "ditched", "ditching", "ditches", "ditch",
	"standardized", "standardised", "standardizing", "standardising", "standardize", "standardise")

// switchKind sorts the trigger verbs: a move names its vendors after
// "from", "off", "to"; a replacement names the old one as its object and
// the new one after "with" or "for"; a standard names one after "on".
func switchKind(w string) byte {
	switch {
	case strings.HasPrefix(w, "standardi"):
		return 's'
	case strings.HasPrefix(w, "replac") || strings.HasPrefix(w, "swap"):
		return 'r'
	case strings.HasPrefix(w, "drop") || strings.HasPrefix(w, "ditch"):
		return 'd'
	case strings.HasPrefix(w, "switch") || strings.HasPrefix(w, "migrat") || strings.HasPrefix(w, "transition"):
		return 'w' // "switched to Y" names the new vendor without a "from"
	}
	return 'm' // moved, shifted: "moved its workloads to Y" alone is movedTo's (rel_host_list.go)
}

// notSwitched: things moved that are no purchase ("shifted its focus from
// Intel to Nvidia", "moved customers from VMware to Azure").
var notSwitched = set("focus", "attention", "emphasis", "money", "cash", "funds", "capital", "investments",
	"stake", "shares", "headquarters", "executives", "staff", "employees", "engineers", "talent", "team",
	"customers", "clients", "users", "subscribers", "listing", "production", "bets")

// doubtWords between a subject and its switch say it is only tried or
// asked for ("is piloting a move from A to B", "investors urged X to drop Y").
var doubtWords = set("evaluating", "evaluate", "testing", "test", "piloting", "pilot", "trialing", "trialling",
	"assessing", "studying", "reviewing", "urged", "pressed", "asked", "pushing", "pushed", "refused", "declined", "resisted")

// switchVendor reads the switch whose verb is at k.
func (c *ctx) switchVendor(k int) {
	if c.hedge || !c.switchVerbForm(k) {
		return
	}
	subj := c.subjectBefore(k, org)
	if subj < 0 || c.hedged(c.s.ments[subj].b, k) || c.personBetween(subj, k) || c.doubtBetween(subj, k) {
		return
	}
	status := c.statusAt(k)
	kind := switchKind(c.w(k))
	old, neu, end := c.switchParties(k, kind)
	if old >= 0 && c.customerLeft(old) {
		old = -1 // "shifts away from its largest customer": a customer, no vendor
	}
	if kind == 'd' && old >= 0 && c.w(c.s.ments[old].b) == "as" {
		c.droppedAs(subj, old, k)
		return
	}
	if kind == 'm' && old < 0 || kind == 'r' && neu == -1 || c.movedOthers(k, end) {
		return // "moved its servers to Y": movedTo; "replaced Y as the largest ...": a ranking
	}
	s := c.s.ments[subj].ent
	if neu >= 0 { // (-2: "with its own chips", made in house)
		c.switchFact(s, neu, status, c.timeNear(k, 0, len(c.toks)))
	}
	if old >= 0 && status != graph.StatusPlanned {
		c.switchFact(s, old, graph.StatusFormer, "")
	}
}

// switchVerbForm: a base form follows "to" or "will" ("plans to switch");
// an -ing form follows an auxiliary or "after" ("is moving", "after
// dropping"); an infinitive after a verb that is no plan ("urged X to
// drop Y") is nothing read here.
func (c *ctx) switchVerbForm(k int) bool {
	w, p := c.w(k), c.w(k-1)
	switch {
	case strings.HasSuffix(w, "ing"):
		return passiveAuxGate.in(passiveAux, p) || p == "are" || p == "after" || p == "by" || p == "began" || p == "started" || p == "completed" || p == "finished"
	case passiveAuxGate.in(passiveAux, p) || p == "has" && c.w(k+1) == "by":
		return false // "was dropped by Y", "were replaced": a passive
	case p == "to":
		return c.statusAt(k) == graph.StatusPlanned || decideVerbs[c.w(k-2)]
	case strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "es") || w == "moves" || w == "shifts" || w == "swaps" || w == "drops":
		return true
	}
	return p == "will"
}

// decideVerbs before "to" report a decision taken ("opted to switch").
var decideVerbs = set("decided", "chose", "opted", "elected", "voted")

// personBetween: a person is named between the subject and the verb
// ("Google's AI chief Jane Doe moved from Google to OpenAI"): a career
// move, not a vendor switch.
func (c *ctx) personBetween(subj, k int) bool {
	for _, m := range c.s.ments[subj+1:] {
		if m.a >= k {
			break
		}
		if c.typ(m) == person {
			return true
		}
	}
	return c.typ(c.s.ments[subj]) == person
}

// doubtBetween: a doubt word between the subject and the verb at k.
func (c *ctx) doubtBetween(subj, k int) bool {
	for x := c.s.ments[subj].b; x < k; x++ {
		if doubtWords[c.w(x)] {
			return true
		}
	}
	return false
}

// movedOthers: the object moved before "from" or "to" is not the
// subject's own business ("moved customers from A to B").
func (c *ctx) movedOthers(k, end int) bool {
	for x := k + 1; x < end && x < len(c.toks); x++ {
		if notSwitchedGate.in(notSwitched, c.w(x)) {
			return true
		}
		if c.toks[x].cap {
			return false
		}
	}
	return false
}

// customerLeft: the party left is a description of a customer ("its
// largest customer", "its biggest clients"), which is the subject's
// buyer, not a vendor it used.
func (c *ctx) customerLeft(old int) bool {
	m := c.s.ments[old]
	if !m.ref {
		return false
	}
	for x := m.a; x < len(c.toks) && x <= m.b+2; x++ {
		if custNouns[c.w(x)] {
			return true
		}
	}
	return false
}
