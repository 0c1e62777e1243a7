package extract

// Currencies named by a nationality and a noun shared by several
// countries: "19.9 billion Danish crowns", "4 billion Swedish kronor",
// "1.2 billion Swiss francs". The pair names the ISO code; the noun
// alone does not ("crowns" are Danish, Swedish, Norwegian or Czech).

// nationalCurrency returns the code of the currency named by the two
// tokens at b, or "". It is asked only after a number with no currency.
func nationalCurrency(toks []token, b int) string {
	if b+1 >= len(toks) {
		return ""
	}
	switch toks[b+1].low {
	case "crowns", "crown", "kroner", "krone", "kronor", "krona":
		switch toks[b].low {
		case "danish":
			return "DKK"
		case "swedish":
			return "SEK"
		case "norwegian":
			return "NOK"
		case "czech":
			return "CZK"
		}
	case "francs", "franc":
		if toks[b].low == "swiss" {
			return "CHF"
		}
	}
	return ""
}
