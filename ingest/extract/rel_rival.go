package extract

import (
	"github.com/cigraph/cigraph/graph"
)

var (
	// rivalVerbs head "meant to rival Y", "that competes with Y",
	// "designed to take on Y", "comparable to Y".
	rivalVerbs = set("rival", "rivals", "compete", "competes", "challenge", "challenges", "take", "takes", "comparable")
	// purposeWords introduce a purpose: "(meant|designed|...) to rival".
	purposeWords = set("meant", "designed", "intended", "aimed", "built", "made", "positioned", "engineered", "developed", "created")
	// builderVerbs say that the subject makes the thing that rivals Y.
	builderVerbs = set("building", "developing", "planning", "working", "creating", "designing", "preparing", "readying",
		"testing", "launching", "launched", "unveiled", "unveiling", "introduced", "introducing", "released", "releasing",
		"built", "developed", "debuted", "debuting", "training", "build", "develop", "launch", "create", "release",
		"introduce", "unveil", "plans", "planned", "builds", "develops", "launches", "unveils", "introduces", "releases")
	// builderAux sits between a subject and its builder verb.
	builderAux = set("is", "are", "was", "were", "has", "have", "had", "been", "be", "will", "to", "plans", "planned",
		"aims", "planning", "wants", "intends", "began", "begun", "started", "set", "quietly", "also", "now", "already")
)

// rivalPurpose: "X is developing its own software meant to rival Y's
// products", "X launched a tool that competes with Y", "X is building a van
// designed to take on Y" -> X competes with Y. The builder, not the thing
// built, is the rival. It reports whether the frame matched, so that the
// generic compete frame does not read the sentence a second time.
func (c *ctx) rivalPurpose(k int) bool {
	p := c.rivalTarget(k)
	if p < 0 {
		return false
	}
	start := c.purposeStart(k)
	if start < 0 {
		return false
	}
	v := c.builderVerb(start)
	if v < 0 {
		return false
	}
	if c.hedge || c.hedged(v-3, k) {
		return true
	}
	subj := c.builderSubject(v)
	obj := c.nextMention(p, 3, false, org, prod)
	if subj < 0 || obj < 0 {
		return true
	}
	for _, m := range c.listFrom(obj) {
		if e := c.rivalEnt(m); e >= 0 {
			c.addCompete(c.s.ments[subj].ent, e, 0.75)
		}
	}
	return true
}

// rivalTarget returns the token where the rival's name may start after the
// rival verb at k, or -1 when k is no rival verb.
func (c *ctx) rivalTarget(k int) int {
	switch c.w(k) {
	case "rival", "rivals", "challenge", "challenges":
		return k + 1
	case "compete", "competes":
		if w := c.w(k + 1); w == "with" || w == "against" {
			return k + 2
		}
	case "take", "takes":
		if c.w(k+1) == "on" {
			return k + 2
		}
	case "comparable":
		if w := c.w(k + 1); w == "to" || w == "with" {
			return k + 2
		}
	}
	return -1
}

// purposeStart returns the first token of the purpose or relative phrase
// that ends in the rival verb at k ("meant to", "that"), else -1.
func (c *ctx) purposeStart(k int) int {
	if c.w(k) == "comparable" {
		return k
	}
	if c.w(k) == "challenge" && c.w(k+1) == "to" {
		return c.challengeNoun(k) // rel_rival_challenge.go
	}
	x := k - 1
	for x > 0 && adverbLike(c.w(x)) {
		x--
	}
	switch c.w(x) {
	case "that", "which":
		return x
	case "to":
		if purposeWords[c.w(x-1)] {
			return x - 1
		}
		if c.mentionEndingAt(x, []graph.EntityType{prod}) >= 0 {
			return x // "launched Gemini to challenge Y"
		}
	}
	return -1
}

// builderVerb finds the verb of making before the purpose phrase at start,
// within the same clause.
func (c *ctx) builderVerb(start int) int {
	for x := start - 1; x >= 0 && x >= start-15; x-- {
		w := c.w(x)
		switch w {
		case ";", ".", "but", "while", "whereas", "although":
			return -1
		}
		if builderVerbs[w] && (w != "working" || c.w(x+1) == "on") {
			return x
		}
	}
	return -1
}

// builderSubject returns the subject of the builder verb at v: the name
// right before its auxiliaries, or the name before an apposition ("X, the
// Beijing company that owns Y, is developing").
func (c *ctx) builderSubject(v int) int {
	x := v - 1
	for x >= 0 && (builderAux[c.w(x)] || adverbLike(c.w(x))) {
		x--
	}
	types := []graph.EntityType{org}
	if c.w(x) != "," {
		if j := c.mentionEndingAt(x+1, types); j >= 0 {
			return j
		}
		return c.subjectBefore(v, org)
	}
	for q := x - 1; q > 0 && q >= x-20; q-- {
		if c.w(q) == "," {
			if j := c.mentionEndingAt(q, types); j >= 0 {
				return j
			}
			break
		}
	}
	return c.subjectBefore(v, org) // ", planning to build": a participle clause
}

// rivalEnt maps a rival mention to an organisation: "Y's products" is Y, a
// product named alone stands for its maker when known.
func (c *ctx) rivalEnt(m mention) int {
	if c.typ(m) == org {
		return m.ent
	}
	if j := c.mentionEndingAt(m.a-1, []graph.EntityType{org}); j >= 0 && c.s.ments[j].poss {
		return c.s.ments[j].ent
	}
	if maker, ok := c.st.offerOf[m.ent]; ok {
		return maker
	}
	return -1
}

// rivalOfTopic: a sentence that opens on "rival chipmaker X" ("On Monday,
// rival chipmaker X fell 3%") names X as a rival of the company the article
// is about (topicOrg), which the sentence does not name.
func (c *ctx) rivalOfTopic(k, start int) {
	if k > 6 || c.s.ments[start].ref || c.typ(c.s.ments[start]) != org {
		return
	}
	for _, m := range c.s.ments[:start] {
		if c.typ(m) == org {
			return
		}
	}
	if t := c.st.topicOrg(c.s.ments[start].ent); t >= 0 {
		c.addCompete(t, c.s.ments[start].ent, 0.6)
		c.moreRivalsOfTopic(t, start) // rel_rival_appos.go
	}
}

// topicOrg returns the organisation the article leads with: the first
// organisation (not a publisher, not a possessive) of the first sentence
// that names one, when it is named at least twice and is not not; else -1.
func (st *state) topicOrg(not int) int {
	for i := range st.sents {
		for _, m := range st.sents[i].ments {
			e := &st.ents[m.ent]
			if t := st.unitTopic(&st.sents[i], m); t != -1 && e.typ == org {
				return topicNot(t, not) // topic_unit.go
			}
			if e.typ != org || e.publisher || m.poss {
				continue
			}
			if m.ent == not || e.mentions < 2 {
				return -1
			}
			return m.ent
		}
	}
	return -1
}

// rivalAdjs may stand between "are" and "rivals": "are fierce rivals".
var rivalAdjs = set("are", "were", "remain", "remained", "became", "become", "fierce", "longtime", "long-time",
	"bitter", "direct", "close", "main", "key", "arch", "major", "chief", "big", "biggest", "now", "also")

// rivalsPair: "X and Y are fierce rivals" -> X competes with Y. The pair is
// the coordinated subject of the copula before the noun at k.
func (c *ctx) rivalsPair(k int) bool {
	if c.w(k) != "rivals" && c.w(k) != "competitors" {
		return false
	}
	x := k - 1
	for x >= 0 && rivalAdjs[c.w(x)] && c.w(x) != "are" && c.w(x) != "were" && c.w(x) != "remain" && c.w(x) != "became" {
		x--
	}
	if x < 0 || !rivalAdjs[c.w(x)] || c.hedge || c.hedged(x-3, x) {
		return false
	}
	subj := c.mentionEndingAt(x, []graph.EntityType{org, prod})
	if subj < 0 {
		return false
	}
	l := c.listAt(subj)
	if len(l) < 2 || l[len(l)-1].a != c.s.ments[subj].a {
		return false
	}
	for i := 1; i < len(l); i++ {
		c.addCompete(l[0].ent, l[i].ent, 0.75)
	}
	return true
}

// competeVerbs are the verb forms of compete.
var competeVerbs = set("compete", "competes", "competed", "competing")

// competePair: "The two companies compete fiercely in storage", "Acme and
// Globex compete for the same buyers" -> the coordinated (or plural)
// subject competes within itself when no rival follows the verb.
func (c *ctx) competePair(k, subj int) {
	if c.s.ments[subj].poss || c.hedged(c.s.ments[subj].b, k) {
		return
	}
	l := c.listAt(subj)
	if len(l) < 2 || l[len(l)-1].a != c.s.ments[subj].a || k-c.s.ments[subj].b > 3 {
		return
	}
	for i := 1; i < len(l); i++ {
		c.addCompete(l[0].ent, l[i].ent, 0.7)
	}
}
