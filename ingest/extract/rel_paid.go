package extract

// The price of a deal is often its own sentence, told by the buyer: "Zeta
// bought Omega Corp. It paid $3 million in cash." The sentence opens with
// the buyer (a name or a pronoun resolved to it) and a paying verb right
// before the amount; what follows the amount must not name another
// purpose ("paid $3 million in dividends").

// payAux may stand between the buyer and the paying verb.
var payAux = set("will", "would", "agreed", "has", "had", "is", "was", "to", "already", "also")

// paidWords are the paying verbs.
var paidWords = set("paid", "pay", "pays", "paying")

// buyerPaid: the entity of the organisation that opens the sentence and
// pays its first amount, else -1.
func (c *ctx) buyerPaid() int {
	if len(c.s.ments) == 0 || len(c.money) == 0 || c.s.ments[0].a != 0 || c.typ(c.s.ments[0]) != org {
		return -1
	}
	x := c.s.ments[0].b
	for n := 0; n < 3 && payAux[c.w(x)]; n++ {
		x++
	}
	if !paidWordGate.in(paidWords, c.w(x)) || c.money[0].perShare {
		return -1
	}
	a := c.money[0].a
	if a != x+1 && !(a == x+2 && qualifierWords[c.w(x+1)] != "") { // "paid about $40 million"
		return -1
	}
	if !priceEnd(c.w(c.money[0].b), c.w(c.money[0].b+1)) {
		return -1
	}
	return c.s.ments[0].ent
}

// priceEnd: the words after the amount end the price ("." "," "in cash",
// "for it", "for the company") rather than give another purpose.
func priceEnd(w, next string) bool {
	switch w {
	case "", ".", ",", ";":
		return true
	case "in":
		return next == "cash" || next == "stock" || next == "total"
	case "for":
		return next == "it" || next == "the" || next == "them"
	}
	return false
}
