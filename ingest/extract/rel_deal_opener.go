package extract

// "Including debt, the transaction is worth about $60 billion": a short
// opening phrase set off by a comma comes before the deal noun that is
// the sentence's subject; the amount is the deal's, as in "The
// transaction is worth ...".

// openerDealSubject: "the|this", a deal noun and a finite verb right
// after a comma that closes an opening phrase of at most six tokens ("In
// the late 1990s, the merger between A and B totalled ..." names its own
// parties: no verb follows the noun).
func (c *ctx) openerDealSubject() bool {
	for k := 1; k < len(c.toks) && k <= 6; k++ {
		if c.toks[k].low == "," {
			return (c.w(k+1) == "the" || c.w(k+1) == "this") && dealNounGate.in(dealNouns, c.w(k+2)) && k+3 < len(c.toks) && c.toks[k+3].cls&wFinite != 0
		}
	}
	return false
}

// firstDealOf: "Chevron would buy Hess ..., two weeks after Exxon agreed to
// buy Pioneer. Including debt, the transaction is worth $60 billion" —
// "the transaction" is the sentence's lead deal, read first, not the one
// an aside mentions last: the index of the first deal fact (of buyer,
// when buyer >= 0) read from the sentence of fact j.
func (c *ctx) firstDealOf(j, buyer int) int {
	si := c.st.facts[j].sent
	for i := j - 1; i >= 0 && c.st.facts[i].sent == si; i-- {
		if f := c.st.facts[i]; (f.typ == c.st.facts[j].typ) && (buyer < 0 || f.subj == buyer) {
			j = i
		}
	}
	return j
}
