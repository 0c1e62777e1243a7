package extract

// Asset sales: "Kroger will sell 579 stores and several distribution
// centers to C&S", "agreed to sell two refineries to Y". Stores, plants
// and fields change hands in a divestiture; the buyer becomes no customer
// of the seller, and no company is acquired (the dev conventions leave
// asset purchases out of the required facts).

// assetsSold: an asset noun between the sell verb k and the buyer.
func (c *ctx) assetsSold(k, buyer int) bool {
	for j := k + 1; j < c.s.ments[buyer].a && j <= k+8; j++ {
		if !c.toks[j].cap && assetNoun(c.w(j)) { // "Telvora Towers" is a name
			return true
		}
	}
	return false
}

// assetNoun: physical assets and sites a company sells off (plural: one
// "store" sold is more often goods). Words for goods that suppliers sell
// ("base stations", "payment terminals", "licenses", "data centers") are
// left out: selling those is supply.
func assetNoun(w string) bool {
	switch w {
	case "stores", "supermarkets", "shops", "outlets", "branches", "pharmacies", "restaurants", "hotels",
		"plants", "factories", "mills", "mines", "refineries", "pipelines", "oilfields", "wells",
		"hospitals", "clinics", "towers", "properties", "warehouses", "routes":
		return true
	}
	return false
}

// assetsAfter: an asset noun right after the object of a buy verb
// ("bought three Catalent sites", "bought Roche's plants"): the sites
// change hands, the company is not acquired.
func (c *ctx) assetsAfter(obj int) bool {
	n := c.s.ments[obj].b
	if c.w(n) == "'s" {
		n++
	}
	w := c.w(n)
	return !c.toks[min(n, len(c.toks)-1)].cap && (assetNoun(w) || w == "sites" || w == "facilities")
}
