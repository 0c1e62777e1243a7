package extract

import "github.com/cigraph/cigraph/graph"

// Versions of a known product line: "Gemini 1.5 Pro", "Llama 3.2",
// "Qwen 2.5", "Grok 2". The gazetteer lists a line and the versions
// news named most; for any other version the match stopped at the line
// ("Gemini") and the version number was dropped, so the model the story
// is about was lost. A version number (and tier words such as "Pro")
// after a gazetteer product makes a product of its own, made by the
// line's maker.

// tierWords follow a model's version number ("Gemini 1.5 Pro").
var tierWords = set("Pro", "Ultra", "Max", "Mini", "Nano", "Flash", "Sonnet", "Opus", "Haiku", "Turbo", "Plus",
	"Lite", "Air", "Instruct", "Large", "Small", "Medium", "Vision", "Omni", "Edge", "Fold", "Flip")

// countWords after a number make it a quantity, not a version.
var countWords = set("million", "billion", "trillion", "percent", "%", "per", "times", "x", "units", "users")

// versionTail returns the end of the versioned name opening with the
// gazetteer product match [i, i+n), or i+n when none follows.
func (st *state) versionTail(toks []token, i, n, lex int) int {
	j := i + n
	if j >= len(toks) || toks[j].kind != tNum || lex < 0 || st.lx.entries[lex].typ != graph.Product || !versionNum(toks[j].s) {
		return i + n
	}
	if j+1 < len(toks) && (countWords[toks[j+1].low] || toks[j+1].cls&wMonth != 0) {
		return i + n // "Gemini 2 million users", "launched Gemini 6 December"
	}
	j++
	for j < len(toks) && tierWords[toks[j].s] {
		j++
	}
	return j
}

// versionNum: one or two digits, or a decimal of up to five characters
// ("2", "1.5", "3.2"); years and figures ("2024", "1,000") are none.
func versionNum(s string) bool {
	if len(s) > 5 {
		return false
	}
	dots := 0
	for k := 0; k < len(s); k++ {
		switch c := s[k]; {
		case c == '.' && k > 0 && k < len(s)-1:
			dots++
		case !isDigit(c):
			return false
		}
	}
	return dots <= 1 && (dots == 1 || len(s) <= 2)
}

// addVersioned records the versioned product [i, j) as its own entity,
// with the line's maker as its vendor, and returns j.
func (st *state) addVersioned(s *sentence, i, j, lex int) int {
	toks := s.toks
	surface := s.text[toks[i].start()-s.sp.start : toks[j-1].end()-s.sp.start]
	ent := st.entityFor(surface, graph.Product, -1)
	e := &st.ents[ent]
	e.cued = true
	e.owner = st.lx.entries[lex].owner
	st.addForm(ent, surface)
	if i > 0 && toks[i-1].kind != tPunct {
		st.ents[ent].mid++
	}
	poss := j < len(toks) && toks[j].low == "'s"
	s.ments = append(s.ments, mention{a: i, b: j, ent: ent, poss: poss})
	return j
}
