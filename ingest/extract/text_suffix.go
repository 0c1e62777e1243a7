package extract

// A company suffix or a country abbreviation can end a sentence as well as
// sit inside one: "…agreed to buy Beta Inc. The deal…" holds two
// sentences, "Beta Inc. shares rose" one. The word after the period tells
// them apart: a word that opens sentences and never continues a name.

// suffixAbbrevs are the abbreviations that also end sentences in news:
// the legal suffixes written with a period (legalSuffixes that are
// abbreviations) and the country abbreviations written at a clause end.
var suffixAbbrevs = func() map[string]bool {
	m := set("bros", "u.s", "u.k", "u.n", "e.u")
	for w := range legalSuffixes {
		if abbreviations[w] {
			m[w] = true
		}
	}
	return m
}()

// sentenceOpeners open sentences; none of them continues a company name
// or follows a country abbreviation inside one sentence.
var sentenceOpeners = set("The", "It", "Its", "He", "She", "They", "Their", "His", "Her", "This",
	"That", "These", "Those", "There", "We", "Our", "In", "On", "At", "But", "An", "After",
	"Before", "Since", "When", "While", "If", "However", "Meanwhile", "Shares", "Both",
	"Separately", "Analysts", "Last", "Earlier", "Under", "Terms")

// suffixEndsSentence: the abbreviation period at i, whose break would end
// at j, ends the sentence because the next word opens one.
func suffixEndsSentence(text string, i, j, end int) bool {
	if !suffixAbbrevs[abbrevBefore(text, i)] {
		return false
	}
	k := j
	for k < end && isSpace(text[k]) {
		k++
	}
	e := k
	for e < end && isLetter(text[e]) {
		e++
	}
	return e < end && !isWordByte(text[e]) && sentenceOpeners[text[k:e]]
}

// abbrevBefore is the lower-cased word, dots inside kept, that ends at the
// period at i ("inc", "u.s").
func abbrevBefore(text string, i int) string {
	k := i
	for k > 0 && i-k < 8 && (isLetter(text[k-1]) || text[k-1] == '.') {
		k--
	}
	if k > 0 && isWordByte(text[k-1]) {
		return ""
	}
	return lowerASCII(text[k:i])
}
