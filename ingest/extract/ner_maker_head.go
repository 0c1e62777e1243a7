package extract

// An unknown name before a maker noun and another name is the maker's
// product: "Elden Ring developer FromSoftware", "Helldivers maker
// Arrowhead". The second name is the company (rel_role_mod.go reads it
// as the head of the phrase).

// makerNoun: the nouns that stand between a product and its maker (a
// switch: typeOf asks it of the word after every unknown name).
func makerNoun(w string) bool {
	switch w {
	case "maker", "developer", "creator", "publisher":
		return true
	}
	return false
}
