package extract

// sentSum sums up the tokens of a sentence, so that relate can skip the
// rules that cannot match it. Each may* test below must hold for every
// sentence where its rule can find something: when a rule learns a new
// start word, give the word a class bit (staticClasses) and test it here.
type sentSum struct {
	cls   uint64 // OR of the tokens' class bits
	flags uint8  // OR of the tokens' flags (tfDigit...)
	fy    bool   // a word of four or more letters starting "fy" (timeStart)
}

// add sums up one more token (classified).
func (s *sentSum) add(t *token) {
	s.cls |= t.cls
	s.flags |= t.flags
	if len(t.low) >= 4 && t.low[0] == 'f' && t.low[1] == 'y' { // the length first: no bounds checks
		s.fy = true
	}
}

// mayMoney: findMoney can find an amount. Every amount holds a number (a
// number starts with a digit, and so does the fourth byte of "USD5bn"),
// except "a billion dollars" and "millions of dollars", which hold a
// multiplier and a currency word (moneyWords). Words like "a" or "$" alone
// pass moneyStart but start no amount.
func (s sentSum) mayMoney() bool {
	return s.flags&tfDigit != 0 || s.cls&wMult != 0 && s.cls&wCurWord != 0
}

// mayPercent: some token is a number and some a percent unit, or some is
// a fraction word (findPercents).
func (s sentSum) mayPercent() bool {
	return s.flags&tfDigit != 0 && s.cls&wPctUnit != 0 || s.cls&wPercent != 0
}

// mayTime: some token passes timeStart (an "-quarter" word has an inner
// hyphen), or is a time word after "the".
func (s sentSum) mayTime() bool {
	return s.flags&(tfDigit|tfHyphen) != 0 || s.cls&wTime != 0 || s.fy
}

// mayNumber: some token is a number (customerCounts).
func (s sentSum) mayNumber() bool { return s.flags&tfDigit != 0 }
