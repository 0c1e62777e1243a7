package extract

// orgNounComma: the word before ", X," is a lower-case organisation noun,
// so X is set off as its name ("the combined company, VodafoneThree,").
func orgNounComma(t token) bool {
	return t.cls&wOrgNoun != 0 && t.kind == tWord && !t.cap
}
