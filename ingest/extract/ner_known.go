package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cigraph/cigraph/graph"
)

// Known names and the shape tests of candidate names: a name seen before
// in the document, runs of places or cue words, upper-case and ASCII
// tests, product-like codes ("GPT-4", "H800").

// known resolves a run to an entity already named in the article: the same
// normalised form, a surname of a person, or the head of a longer org name.
func (st *state) known(surface string) (int, bool) {
	e, x := st.normEntry(surface)
	if e.ent > 0 {
		return int(e.ent - 1), true // found before: one lookup, not two
	}
	if k, ok := st.byKey[e.key]; ok {
		if x >= 0 {
			st.norms[x].ent = int32(k) + 1
		}
		return k, true
	}
	st.absent = absentKey{e.key, len(st.byKey) + 1} // (entityFor may ask next)
	best := -1
	try := func(k int) {
		e := &st.ents[k]
		if best >= 0 && k >= best || e.publisher || !strings.HasPrefix(e.name, surface+" ") && !strings.HasSuffix(e.name, " "+surface) {
			return
		}
		if e.typ == graph.Person && strings.HasSuffix(e.name, " "+surface) ||
			e.typ == graph.Org && strings.HasPrefix(e.name, surface+" ") && !strings.Contains(surface, " ") && len(surface) > 3 {
			best = k
		}
	}
	if strings.IndexByte(surface, ' ') < 0 { // byFirst's keys are single words
		for _, k := range st.byFirst[surface] {
			try(k)
		}
	}
	for _, k := range st.byLast[surface[strings.LastIndexByte(surface, ' ')+1:]] {
		try(k)
	}
	if best < 0 {
		best = st.shortOrgForm(surface) // names_ampersand.go
	}
	return best, best >= 0
}

func (st *state) allPlaces(ts []token) bool {
	if len(ts) == 1 {
		return ts[0].cls&(cPlace|cNonname) != 0
	}
	// only a run whose first word starts a multi-word cue can be one
	if ts[0].cls&cMultiFirst != 0 && st.multiWordCue(ts) {
		return true
	}
	for _, t := range ts {
		if t.cls&cPlace == 0 && t.cls&cNonname == 0 {
			return false
		}
	}
	return true
}

// multiWordCue: the words of ts, joined by single spaces, are a place or
// nonname cue.
func (st *state) multiWordCue(ts []token) bool {
	if st.singleSpaced(ts) {
		s := st.text[ts[0].start():ts[len(ts)-1].end()]
		return st.lx.place[s] || st.lx.nonname[s]
	}
	// joined in a stack buffer: indexing a map with string(b) does not copy it
	var buf [128]byte
	b := buf[:0]
	for k, t := range ts {
		if k > 0 {
			b = append(b, ' ')
		}
		b = append(b, t.s...)
	}
	return st.lx.place[string(b)] || st.lx.nonname[string(b)]
}

// upperOnly reports strings.ToUpper(s) == s without building the copy.
func upperOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf {
			return strings.ToUpper(s) == s
		} else if c-'a' < 26 {
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// singleSpaced: the tokens are separated by exactly one space each.
func (st *state) singleSpaced(ts []token) bool {
	for k := 1; k < len(ts); k++ {
		if ts[k].start() != ts[k-1].end()+1 || st.text[ts[k-1].end()] != ' ' {
			return false
		}
	}
	return true
}

// productLike: names with digits or inner capitals read as models and chips
// ("GPT-4", "A100", "H800", "F-35").
func productLike(s string) bool {
	hasDigit, hasLetter := false, false
	for _, r := range s {
		if r >= '0' && r <= '9' {
			hasDigit = true
		} else if unicode.IsLetter(r) {
			hasLetter = true
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	return hasDigit && hasLetter && unicode.IsLetter(r)
}
