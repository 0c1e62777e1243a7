package extract

import (
	"bufio"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync"

	"github.com/cigraph/cigraph/graph"
	"github.com/cigraph/cigraph/ingest/extract/lexicon"
)

// lexEntry is one gazetteer row: an organisation, product, person or publisher.
type lexEntry struct {
	name      string
	typ       graph.EntityType
	kind      string // company|unit|fund|gov|media / model|chip|... / role
	owner     string // parent org, product vendor, or person's org
	role      string
	publisher bool
	key       string // normName(name), computed once (entityFor)
	ambiguous bool   // a one-word form is also a common word (README: flags)
	listed    bool   // the row gives stock tickers: a listed company, never "the startup"
}

// phrase is one surface form of an entry as lower-cased tokens.
type phrase struct {
	toks  []string
	entry int
}

// Lexicon is the loaded gazetteer plus the cue word lists.
type Lexicon struct {
	entries []lexEntry
	byName  map[string]int        // normalised name or alias -> entry
	first   map[string][]phrase   // first token (as written) -> phrases, longest first
	byPair  map[wordPair][]phrase // first and second token -> phrases, as ordered in first (indexFirst)
	single  map[string]int        // first token -> entry of its first one-token phrase
	phrases [][]phrase            // the lists of first, numbered in class bits (phrasesOf)
	many    []manyIndex           // single and byPair by the same numbers (manyAt)
	cues    map[string]map[string]bool
	tickers map[string]int    // ticker -> org entry (matched only in parentheses)
	cls     map[string]uint64 // word -> class bits (classes.go)
	capCls  map[string]uint64 // word with capitals -> its full class bits (classes.go)
	clsT    *wordTable        // cls as a flat table (classify)
	capT    *wordTable        // capCls as a flat table (classify)
	short   []uint64          // clsT's values of the lower-case words of 1-3 letters (classOf)

	place, nonname, suffix map[string]bool // cue lists the rules probe most
}

var defaultLexicon = sync.OnceValues(func() (*Lexicon, error) { return LoadLexicon(lexicon.FS) })

// DefaultLexicon is the lexicon embedded in the binary, loaded once.
func DefaultLexicon() (*Lexicon, error) { return defaultLexicon() }

// LoadLexicon reads orgs.tsv, products.tsv, people.tsv, publishers.tsv and
// cues.tsv from fsys; missing files are empty.
func LoadLexicon(fsys fs.FS) (*Lexicon, error) {
	lx := &Lexicon{byName: map[string]int{}, first: map[string][]phrase{}, cues: map[string]map[string]bool{}, tickers: map[string]int{}}
	loaders := []struct {
		file string
		row  func([]string)
	}{
		{"orgs.tsv", lx.orgRow}, {"products.tsv", lx.productRow},
		{"people.tsv", lx.personRow}, {"publishers.tsv", lx.publisherRow}, {"cues.tsv", lx.cueRow},
	}
	for _, l := range loaders {
		if err := readTSV(fsys, l.file, l.row); err != nil {
			return nil, err
		}
	}
	for k, ps := range lx.first {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].toks) > len(ps[j].toks) })
		lx.first[k] = ps
	}
	lx.indexFirst()
	lx.place, lx.nonname, lx.suffix = lx.cues["place"], lx.cues["nonname"], lx.cues["suffix"]
	lx.buildClasses()
	return lx, nil
}

func readTSV(fsys fs.FS, name string, row func([]string)) error {
	f, err := fsys.Open(name)
	if err != nil {
		return nil // an absent list is an empty list
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		if cols[0] != "" {
			row(cols)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("lexicon %s: %w", name, err)
	}
	return nil
}

func col(cols []string, i int) string {
	if i < len(cols) {
		return cols[i]
	}
	return ""
}

func items(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, x := range strings.Split(s, "|") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

func (lx *Lexicon) orgRow(c []string) {
	e := lexEntry{name: c[0], typ: graph.Org, owner: col(c, 3), kind: col(c, 4), ambiguous: col(c, 5) == "ambiguous", listed: col(c, 2) != ""}
	lx.add(e, items(col(c, 1)))
	if idx, ok := lx.byName[normName(c[0])]; ok {
		for _, t := range items(col(c, 2)) {
			lx.tickers[t] = idx
		}
	}
}

func (lx *Lexicon) productRow(c []string) {
	forms := items(col(c, 1))
	if col(c, 3) == "aircraft" {
		forms = pluralForms(c[0], forms)
	}
	lx.add(lexEntry{name: c[0], typ: graph.Product, owner: col(c, 2), kind: col(c, 3), ambiguous: col(c, 4) == "ambiguous"}, forms)
}

// pluralForms adds the plural of each name of an aircraft model, which
// news counts in fleets and orders: "30 A350s", "20 Boeing 777Xs",
// "Dreamliners". A form ending in a common noun ("F-35 fighter jet") or
// an "s" has none.
func pluralForms(name string, forms []string) []string {
	out := forms
	for _, f := range append([]string{name}, forms...) {
		last := f[strings.LastIndexByte(f, ' ')+1:]
		if c := last[0]; c >= 'a' && c <= 'z' || strings.HasSuffix(f, "s") || strings.HasSuffix(f, "S") {
			continue
		}
		out = append(out, f+"s")
	}
	return out
}

func (lx *Lexicon) personRow(c []string) {
	lx.add(lexEntry{name: c[0], typ: graph.Person, owner: col(c, 2), role: col(c, 3)}, items(col(c, 1)))
}

func (lx *Lexicon) publisherRow(c []string) {
	lx.add(lexEntry{name: c[0], typ: graph.Org, kind: "media", publisher: true}, items(col(c, 1)))
}

func (lx *Lexicon) cueRow(c []string) {
	set := lx.cues[c[0]]
	if set == nil {
		set = map[string]bool{}
		lx.cues[c[0]] = set
	}
	for _, w := range items(col(c, 1)) {
		if c[0] == "nonname" || c[0] == "suffix" || c[0] == "orghead" || c[0] == "firstname" || c[0] == "place" {
			set[w] = true
		} else {
			set[strings.ToLower(w)] = true
		}
	}
}

// add registers an entry under its name and aliases; an existing row wins.
func (lx *Lexicon) add(e lexEntry, forms []string) {
	key := normName(e.name)
	if _, dup := lx.byName[key]; dup && !e.publisher {
		return
	}
	idx := len(lx.entries)
	e.key = key
	lx.entries = append(lx.entries, e)
	for _, form := range append([]string{e.name}, forms...) {
		k := normName(form)
		if _, ok := lx.byName[k]; !ok || e.publisher {
			lx.byName[k] = idx
		}
		toks := nameTokens(form)
		if len(toks) > 0 {
			lx.first[toks[0]] = append(lx.first[toks[0]], phrase{toks: toks, entry: idx})
		}
	}
}

// manyIndex is single and byPair for one first word of many phrases, so
// that gazetteer, given the word's number (class bits), hashes no string
// but the next token: byPair hashed both, and single the first again.
type manyIndex struct {
	single int                 // single[w], -1: none
	pairs  map[string][]phrase // second token -> byPair[{w, second}]
	gate   wordGate            // pairs' keys (wordgate.go): most next tokens start no phrase
}

// manyOf returns the manyIndex of the first word w (empty for a word of
// few phrases: gazetteer asks only for many).
func (lx *Lexicon) manyOf(w string) manyIndex {
	m := manyIndex{single: -1}
	ps := lx.first[w]
	if len(ps) <= manyPhrases {
		return m
	}
	if e, ok := lx.single[w]; ok {
		m.single = e
	}
	m.pairs = map[string][]phrase{}
	for _, p := range ps {
		if len(p.toks) > 1 {
			m.pairs[p.toks[1]] = lx.byPair[wordPair{w, p.toks[1]}]
		}
	}
	m.gate = gateOf(m.pairs)
	return m
}

// manyAt returns single[t.s] (-1: none) and byPair[{t.s, next}] for the
// word t of many phrases: from its number when its class bits hold one
// (as phrasesOf), else from the maps.
func (lx *Lexicon) manyAt(t *token, next string) (int, []phrase) {
	if k := t.cls >> phraseShift; k > 0 && t.kind != tPunct {
		m := &lx.many[k-1]
		if !m.gate.may(next) {
			return m.single, nil // no key of pairs
		}
		return m.single, m.pairs[next]
	}
	single := -1
	if e, ok := lx.single[t.s]; ok {
		single = e
	}
	return single, lx.byPair[wordPair{t.s, next}]
}

// wordPair is two tokens as written.
type wordPair struct{ a, b string }

// manyPhrases: first words with more phrases than this ("Microsoft",
// "The") are matched through byPair instead of trying each phrase.
const manyPhrases = 6

// indexFirst fills byPair and single for the first words of many phrases.
// A phrase of two or more tokens can only match where the next token is
// its second one, and the one-token phrases come last (longest first).
func (lx *Lexicon) indexFirst() {
	lx.byPair, lx.single = map[wordPair][]phrase{}, map[string]int{}
	for w, ps := range lx.first {
		if len(ps) <= manyPhrases {
			continue
		}
		for _, p := range ps {
			if len(p.toks) == 1 {
				if _, ok := lx.single[w]; !ok {
					lx.single[w] = p.entry
				}
				continue
			}
			k := wordPair{w, p.toks[1]}
			lx.byPair[k] = append(lx.byPair[k], p)
		}
	}
}

// nameTokens splits a name with the sentence tokenizer (surface forms).
func nameTokens(name string) []string {
	low := lowerASCII(name)
	ts := tokenize(name, low, 0, len(name), nil)
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.s
		if t.kind == tPunct {
			out[i] = t.low
		}
	}
	return out
}

// cue reports whether word w is in the cue list kind.
func (lx *Lexicon) cue(kind, w string) bool { return lx.cues[kind][w] }

// lookup finds the entry a name or alias denotes.
func (lx *Lexicon) lookup(name string) (lexEntry, bool) {
	i, ok := lx.byName[normName(name)]
	if !ok {
		return lexEntry{}, false
	}
	return lx.entries[i], true
}
