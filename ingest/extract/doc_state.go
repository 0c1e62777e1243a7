package extract

import (
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
}

// state is the working memory of one extraction.
type state struct {
	text, low string
	lx        *Lexicon
	pub       time.Time
	sents     []sentence
	ents      []entity
	byKey     map[string]int // normalised form -> entity
	lowerSeen map[string]bool
	out       graph.Extraction
	facts     []fact
	metrics   []metricFact
}

// entityFor returns the entity for a normalised key, creating it if needed.
func (st *state) entityFor(name string, typ graph.EntityType, lex int) int {
	key := normName(name)
	if i, ok := st.byKey[key]; ok {
		return i
	}
	if lex >= 0 {
		for i := range st.ents {
			if st.ents[i].lex == lex {
				st.byKey[key] = i
				return i
			}
		}
	}
	st.ents = append(st.ents, entity{name: name, typ: typ, lex: lex})
	st.byKey[key] = len(st.ents) - 1
	return len(st.ents) - 1
}

// addForm records a surface form of entity i.
func (st *state) addForm(i int, form string) {
	e := &st.ents[i]
	e.mentions++
	for _, f := range e.forms {
		if f == form {
			return
		}
	}
	e.forms = append(e.forms, form)
	key := normName(form)
	if _, ok := st.byKey[key]; !ok {
		st.byKey[key] = i
	}
}
