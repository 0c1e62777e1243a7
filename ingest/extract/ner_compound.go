package extract

import "strings"

// Hyphenated adjectives built on a name: "AI-powered servers",
// "Nvidia-designed chips", "San Francisco-based company". The word (or the
// capitalised run ending in it) describes something else; it is never the
// name of a company or product itself.

// participleCompound: the part after the word's last hyphen is a lower-case
// participle ("-powered", "-designed", "-made", "-led").
func participleCompound(s string) bool {
	k := strings.LastIndexByte(s, '-')
	if k <= 0 || len(s)-k < 4 {
		return false
	}
	tail := s[k+1:]
	for i := 0; i < len(tail); i++ {
		if tail[i] < 'a' || tail[i] > 'z' {
			return false
		}
	}
	return strings.HasSuffix(tail, "ed") || irregularParticiples[tail]
}

// irregularParticiples end hyphenated adjectives like "-ed" ones do:
// "Shanghai-built Model 3", "Chinese-made cars", "state-run lender".
var irregularParticiples = set("made", "built", "run", "grown", "driven", "born", "bound", "sold", "held", "spun", "won", "brought", "sourced")

// placeAdjRun: the capitalised run from i ends in a place adjective ("San
// Francisco-based", "New York-headquartered"): a place, not a name. Owner
// adjectives ("Goldman Sachs-backed") are left to capRun, which ends the
// run before them so the owner is read.
func placeAdjRun(toks []token, i int) bool {
	for j := i + 1; j < len(toks) && j < i+4 && toks[j].cap; j++ {
		if toks[j].flags&tfHyphen != 0 {
			low := toks[j].low
			return strings.HasSuffix(low, "-based") || strings.HasSuffix(low, "-headquartered")
		}
	}
	return false
}

// compoundNotName: the word at i starts no name because it, or the run it
// opens, is one of the adjectives above.
func compoundNotName(toks []token, i int) bool {
	if toks[i].flags&tfHyphen != 0 && participleCompound(toks[i].s) {
		return true
	}
	// most names are one word: the run scan only starts at a second capital
	return i+1 < len(toks) && toks[i+1].cap && placeAdjRun(toks, i)
}

// suffixOnly: the tokens after a gazetteer match are only its legal suffix
// ("Meta Platforms Inc", "Samsung Electronics Co Ltd"), which addMention
// joins to the match; they make no longer, unknown name.
func suffixOnly(ts []token) bool {
	for k := range ts {
		if ts[k].cls&cSuffix == 0 && ts[k].s != "." {
			return false
		}
	}
	return true
}

// cueWord: s is a place or nonname cue ("July", "Asia"); a hyphenated word
// of two such parts ("July-September", "US-China") names no company.
func (st *state) cueWord(s string) bool {
	return st.lx.nonname[s] || st.lx.place[s]
}

// joinedNames: the hyphenated word s joins a known name to another word
// ("Microsoft-OpenAI deal") or two place or nonname cues ("the
// July-September quarter", "Asia-Pacific"). notName asks it only of a
// word whose flags hold a hyphen, so other words make no call.
func (st *state) joinedNames(s string) bool {
	k := strings.IndexByte(s, '-')
	if k <= 0 {
		return false
	}
	if _, ok := st.byKey[st.norm(s[:k])]; ok {
		return true
	}
	return st.cueWord(s[:k]) && st.cueWord(s[k+1:])
}
