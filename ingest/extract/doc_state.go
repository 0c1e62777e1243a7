package extract

import (
	"strings"
	"time"

	"github.com/cigraph/cigraph/graph"
)

// entity is one thing the article names, with every surface form seen.
type entity struct {
	name      string
	typ       graph.EntityType
	forms     []string
	lex       int  // lexicon entry, or -1
	cued      bool // named with a cue or from the lexicon (else a bare candidate)
	publisher bool // a news outlet cited as source
	used      bool // part of a relation or metric
	mentions  int
	mid       int    // mentions inside a sentence (not first word)
	owner     string // lexicon parent / vendor / employer
	role      string
	former    string // a former name (names_former.go)
}

// mention is an entity named (or referred to) in a sentence: tokens [a, b).
type mention struct {
	a, b int
	ent  int
	ref  bool // a pronoun or description, not a name
	poss bool // followed by a possessive ('s)
}

// sentence is one sentence with its tokens and mentions.
type sentence struct {
	sp    span
	text  string
	toks  []token
	ments []mention
	sum   sentSum
}

// state is the working memory of one extraction.
type state struct {
	text, low string
	lx        *Lexicon
	pub       time.Time
	sents     []sentence
	ents      []entity
	byKey     map[string]int   // normalised form -> entity
	byLex     lexSlots         // lexicon entry -> entity (lexslots.go)
	normCache map[string]int32 // surface -> index in norms
	norms     []normEntry      // the values of normCache, changed in place
	lastNorm  [2]string        // the last norm argument and result
	absent    absentKey        // the last key known found missing from byKey
	hasFLS    int8             // 0: not yet known, 1: no "forward-looking" in the text, 2: some (transcript.go)
	hint      [2]string        // the surface addMention reads and its lowered copy (normFresh)
	mbuf      []mention        // spare capacity shared by the sentences' mentions
	offerOf   map[int]int      // product -> vendor of its first OFFERS fact
	leadsOf   map[int]int      // person -> organisation of its first LEADS fact
	byFirst   map[string][]int // first word of a multi-word name -> entities
	byLast    map[string][]int // last word of a multi-word name -> entities
	lowerSeen map[string]bool
	antBuf    []int          // antecedent's result, reused
	oneBuf    [1]int         // one's result, reused
	amounts   []graph.Amount // the block newAmount cuts from (not pooled)
	refBuf    []mention      // resolveRefs' references, reused
	formBlock []string       // room for the entities' first forms (formSlots)
	entBlock  []int          // room for the lists of byFirst and byLast (appendEnt)
	facts     []fact
	metrics   []metricFact
	scratch   // reusable buffers (pool.go)

	spk  speakerMemo // the speaker of the sentence being resolved (coref_speaker.go)
	fwds []int32     // the sentences with forward references (coref_forward.go)

	fyEnd int // the month the fiscal year ends, 0: not stated (times_calendar.go)
}

// norm is normName with a per-document cache (names repeat in an article).
// The last pair is kept aside: one mention asks for the same surface two
// or three times in a row (known, entityFor, addForm), and comparing a
// string with itself is cheaper than hashing it.
func (st *state) norm(s string) string {
	if s == st.lastNorm[0] && s != "" {
		return st.lastNorm[1]
	}
	e, _ := st.normEntry(s)
	return e.key
}

// normEntry is one normCache value: the normalised form of a surface and,
// once known has found it, 1 + the entity byKey gives it (byKey entries
// are never changed or removed during a document, so the answer stays).
type normEntry struct {
	key string
	ent int32
}

// normEntry returns the cache entry of s (computed if absent) and its
// index in st.norms, or -1 when it is not stored. The map holds indexes,
// so that known can note the entity in place, with no second hash of s.
func (st *state) normEntry(s string) (normEntry, int) {
	x, ok := st.normCache[s]
	if ok {
		e := st.norms[x]
		st.lastNorm = [2]string{s, e.key}
		return e, int(x)
	}
	e := normEntry{key: st.normFresh(s)}
	st.lastNorm = [2]string{s, e.key}
	if len(st.norms) >= 1<<16 {
		return e, -1
	}
	st.normCache[s] = int32(len(st.norms))
	st.norms = append(st.norms, e)
	return e, len(st.norms) - 1
}

// normFresh is normName(s). When s is a prefix of the hint (the surface
// addMention reads), the result is cut from the document's lowered copy,
// not built; the texts are compared, so a stale hint only costs the test.
func (st *state) normFresh(s string) string {
	if h := &st.hint; len(s) <= len(h[0]) && h[0][:len(s)] == s {
		return normNameLow(s, h[1][:len(s)])
	}
	return normName(s)
}

// entityFor returns the entity for a normalised key, creating it if needed.
func (st *state) entityFor(name string, typ graph.EntityType, lex int) int {
	if lex >= 0 {
		// byLex is set with byKey[norm(name)] (name is the entry's), and
		// neither changes after: the lookups below would give i too
		if i, ok := st.byLex.get(lex); ok {
			return i
		}
	}
	var key string
	if lex >= 0 {
		key = st.lx.entries[lex].key // name is the entry's: its key is kept
	} else {
		key = st.norm(name)
	}
	if !st.absent.is(key, st.byKey) { // classify's known just missed key: no second lookup
		if i, ok := st.byKey[key]; ok {
			return i
		}
	}
	st.ents = append(st.ents, entity{name: name, typ: typ, lex: lex, forms: st.formSlots()})
	i := len(st.ents) - 1
	st.byKey[key] = i
	if lex >= 0 {
		st.byLex.set(lex, i) // (byLex missed above, and nothing since has set it)
	}
	if i == 0 {
		st.entBlock = st.entBlock[:0] // a new document: no list holds a cut
	}
	if sp := strings.IndexByte(name, ' '); sp > 0 {
		st.byFirst[name[:sp]] = st.appendEnt(st.byFirst[name[:sp]], i)
		last := name[strings.LastIndexByte(name, ' ')+1:]
		st.byLast[last] = st.appendEnt(st.byLast[last], i)
	}
	return i
}

// absentKey remembers a key byKey lacked and how many keys byKey held
// then (plus one, so the zero value matches nothing). byKey only grows
// within a document, so while its size is unchanged the key is still
// missing; release resets the memo with byKey.
type absentKey struct {
	key string
	n   int
}

// is: key is the remembered key and byKey has gained none since.
func (a *absentKey) is(key string, byKey map[string]int) bool {
	return a.n == len(byKey)+1 && a.key == key
}

// appendEnt is append(l, i) for the lists of byFirst and byLast: a new
// list is cut from a block kept from one document to the next (most hold
// one entity), not allocated.
func (st *state) appendEnt(l []int, i int) []int {
	if l != nil {
		return append(l, i) // a cut has room for two; a third copies it
	}
	if len(st.entBlock)+2 > cap(st.entBlock) {
		st.entBlock = make([]int, 0, 256)
	}
	n := len(st.entBlock)
	st.entBlock = st.entBlock[:n+2]
	return append(st.entBlock[n:n:n+2], i)
}

// formSlots returns an empty slice with room for two forms, cut from a
// shared block: most entities have one or two forms, and a block is one
// allocation where each entity took one or two.
func (st *state) formSlots() []string {
	if len(st.formBlock)+2 > cap(st.formBlock) {
		st.formBlock = make([]string, 0, 256)
	}
	n := len(st.formBlock)
	st.formBlock = st.formBlock[:n+2]
	return st.formBlock[n : n : n+2]
}

// addForm records a surface form of entity i.
func (st *state) addForm(i int, form string) {
	e := &st.ents[i]
	e.mentions++
	if e.lex >= 0 && e.typ == graph.Product && len(form) > 1 && form[len(form)-1] == 's' {
		form = st.singularForm(form, e.lex)
	}
	for _, f := range e.forms {
		if f == form {
			return
		}
	}
	e.forms = append(e.forms, form)
	if form == e.name {
		return // entityFor keyed the entity by normName(e.name) (an entry's key is that too)
	}
	key := st.norm(form)
	if _, ok := st.byKey[key]; !ok {
		st.byKey[key] = i
	}
}

// singularForm names a product by its singular: "iPhones" names the
// product iPhone, and an aircraft's plural alias ("Airbus A350s",
// lexicon.go pluralForms) its singular, Airbus A350.
func (st *state) singularForm(form string, lex int) string {
	if name := st.lx.entries[lex].name; isPlural(form, name) {
		return name
	}
	if st.lx.entries[lex].kind != "aircraft" {
		return form
	}
	if i, ok := st.lx.byName[normName(form[:len(form)-1])]; ok && i == lex {
		return form[:len(form)-1]
	}
	return form
}

// isPlural: form is name+"s" (compared without building the string).
func isPlural(form, name string) bool {
	return len(form) == len(name)+1 && form[len(name)] == 's' && form[:len(name)] == name
}
