package extract

// Company and brand names that open with digits ("1Password", "23andMe",
// "7-Eleven"). The tokenizer makes such a word a number, so nameFrom and
// findMentions, which look for capitalised words, skipped it. A number
// word is a name only when the letters after its digits (and one hyphen)
// are a word of their own: five letters or more, or four with a
// lower-case letter followed by a capital ("kWh" is a unit). Units, filings and periods have short or
// common tails ("10GWh", "10-K", "5G", "3Q", "12-Month") and stay numbers.

// digitTailNouns are the capitalised units and periods that follow a
// number in headlines and tables ("12-Month", "100-Point").
var digitTailNouns = set("month", "months", "minute", "minutes", "hours", "weeks", "years", "point", "points",
	"times", "layer", "layers", "seater", "speed", "series", "inches", "meter", "meters", "metre", "metres")

// digitName reports whether the number token t reads as a name. Only
// number tokens holding a capital letter reach the scan (nameFrom's flags).
func digitName(t *token) bool {
	s := t.s
	k := 0
	for k < len(s) && isDigit(s[k]) {
		k++
	}
	if k < len(s) && s[k] == '-' {
		k++
	}
	tail, camel := s[k:], false
	for j := 0; j < len(tail); j++ {
		if !isLetter(tail[j]) {
			return false // "3Q24", "1.5B", "10-K-1"
		}
		camel = camel || j > 0 && tail[j]-'A' < 26 && tail[j-1]-'a' < 26
	}
	return (len(tail) >= 5 || camel && len(tail) >= 4) && !digitTailNouns[t.low[k:]]
}

// digitMention records the name that opens with the number word at i and
// returns the index after it; capitalised words after it belong to it
// ("23andMe Holding Co.").
func (st *state) digitMention(s *sentence, i int) int {
	if !digitName(&s.toks[i]) {
		return i + 1
	}
	n := 1
	if i+1 < len(s.toks) && s.toks[i+1].cap {
		n += st.capRun(s.toks, i+1)
	}
	return st.addMention(s, i, n, -1)
}
