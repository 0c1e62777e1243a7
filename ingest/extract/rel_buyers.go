package extract

import "github.com/cigraph/cigraph/graph"

// Buyer lists: the buyers of a supplier's goods named as a list, where the
// verb has no object of its own ("can't get enough of Y's chips", "A, B
// and C are all buying", "Y has customers including A and B").

// moreTriggers start the round-four frames (fMore, moreFrames).
var moreTriggers = set("enough", "sales", "runs", "run", "ran", "trains", "train", "trained", "hosts", "host", "hosted") // all but "enough": rel_more3.go

// moreFrames runs the round-four frames of the trigger at k.
// Each set is asked only of a word its gate passes (moreGates): every fMore
// trigger walks this chain, and a gate rejects a word without hashing it.
func (c *ctx) moreFrames(k int) {
	w, g := c.w(k), &moreGates
	if g.process.may(w) && processNouns[w] && c.processCustomer(k) { // rel_process_node.go ("process" is a service verb too)
		return
	}
	if w == "enough" {
		c.enoughOf(k)
	} else if w == "sales" {
		c.salesTo(k) // rel_more3.go
	} else if g.host.may(w) && hostVerbs[w] {
		c.hostedOn(k) // rel_more3.go
	} else if g.vendor.may(w) && vendorPlurals[w] {
		c.fromVendors(k) // rel_vendors.go
	} else if g.service.may(w) && serviceVerbs[w] {
		c.serviceFor(k) // rel_vendors.go
	} else if w == "over" {
		c.takeOver(k) // rel_takeover.go
	} else if g.pour.may(w) && pourVerbs[w] {
		c.pourInto(k) // rel_pour.go
	} else if w == "sale" {
		c.saleNoun(k) // rel_sale_noun.go
	} else if w == "brands" {
		c.brandsOffered(k) // rel_brand_list.go
	} else if w == "holds" || w == "held" || w == "hold" && (futureAux[c.w(k-1)] || c.pctNext(k)) { // "will hold 11% of Y", "A and B hold 9% and 7% of Y"
		c.holdsPercent(k) // rel_holds_percent.go
	} else if g.acqPlural.may(w) && acquisitionPlurals[w] {
		c.acquisitionsIncluding(k) // rel_acquired_list.go
	} else if w == "behind" {
		c.behindProduct(k) // rel_behind.go
	} else if g.move.may(w) && moveVerbs[w] && !c.movedProduction(k) { // rel_moved_production.go
		c.movedTo(k) // rel_host_list.go
	} else if g.backer.may(w) && backerNouns[w] {
		c.amongBackers(k) // rel_among_backers.go
	} else if g.coWork.may(w) && coWorkVerbs[w] {
		c.coWork(k) // rel_cowork.go
	} else if g.reserve.may(w) && reserveVerbs[w] {
		c.reservedCapacity(k) // rel_capacity.go
		c.reservedGoods(k)    // rel_reserve_goods.go
	} else if g.build.may(w) && buildVerbs[w] {
		c.buildsFor(k) // rel_build_for.go
	} else if g.prelim.may(w) && prelimDealNouns[w] {
		c.prelimDeal(k) // rel_megawatt_deal.go
	} else if g.media.may(w) && mediaTriggers[w] {
		c.mediaFrames(k) // rel_media_frames.go
	} else if w == "private" {
		c.takePrivate(k) // rel_take_private.go
	} else if rideNouns[w] {
		c.launchBooked(k) // rel_launch.go
	} else if exerciseVerbs[w] {
		c.exercisedOptions(k) // rel_options.go
	}
}

// enoughOf: "A, B and C can't get enough of Y's chips" — heavy buying, a
// customer fact for each buyer (the negation is the idiom's, no hedge).
func (c *ctx) enoughOf(k int) {
	g := k - 1
	if c.w(k+1) != "of" || !getWords[c.w(g)] || c.hedge || !negatedGet(c.toks, g) {
		return
	}
	sup := c.goodsOwnerAt(k+2, 3)
	if sup < 0 {
		return
	}
	for _, b := range c.subjects(k) {
		if c.typ(b) == org && b.a < g && c.st.named(b) {
			c.add(fact{typ: graph.CustomerOf, subj: b.ent, obj: sup, confidence: 0.7,
				time: c.timeNear(k, 0, len(c.toks)), prod: c.productIn(k+2, k+8)})
		}
	}
}

// named: m is not a capitalised common noun opening the sentence
// ("Hyperscalers can't get enough of ..."): a name seen once there, with
// no cue, is taken for one.
func (st *state) named(m mention) bool {
	e := &st.ents[m.ent]
	return m.a > 0 || e.cued || e.mentions > 1
}

var getWords = set("get", "gets", "getting", "got")

// negatedGet: "can't get", "cannot get", "couldn't get", "can not get".
func negatedGet(toks []token, g int) bool {
	for x := g - 1; x >= 0 && x >= g-3; x-- {
		switch toks[x].low {
		case "n't", "not", "cannot", "can't", "couldn't":
			return true
		}
	}
	return false
}

// goodsOwnerAt returns the supplier entity named in the n tokens from x as
// the owner of goods ("Y's chips", "Y chips", a product of Y), or -1.
func (c *ctx) goodsOwnerAt(x, n int) int {
	for _, m := range c.s.ments {
		if m.a < x || m.a >= x+n {
			continue
		}
		if c.typ(m) == prod {
			if v := c.vendorEnt(m.ent); v != m.ent {
				return v
			}
			continue
		}
		if c.typ(m) == org && (m.poss || c.goodsNounAt(m.b)) {
			return m.ent
		}
	}
	return -1
}

// goodsNounAt: a goods noun at x or after one lower-case modifier (not a
// verb: "Y makes chips" names no goods of Y's being bought).
func (c *ctx) goodsNounAt(x int) bool {
	if x >= len(c.toks) {
		return false
	}
	t := &c.toks[x]
	return buyNounGate.in(buyNouns, t.low) || buyNounGate.in(buyNouns, c.w(x+1)) && t.kind == tWord && !t.cap && t.cls&(wFinite|wTrigger) == 0
}

// bareBuyers: "Y's chips are in demand: A, B and C are all buying" or
// "... Y's accelerators. A and B are buying them": the buy verb at k has
// no object, and its buyers follow a colon after Y's goods, or refer with
// "them" to the goods of the sentence before ("buying it" is more often a
// company bought, which acquire reads).
func (c *ctx) bareBuyers(k int, subjs []mention) {
	next := c.w(k + 1)
	if len(subjs) == 0 || c.hedge || !(next == "" || next == "them" || c.toks[k+1].kind == tPunct) {
		return
	}
	sup := -1
	if colon := subjs[0].a - 1; c.w(colon) == ":" {
		sup = c.goodsOwnerBefore(colon)
	} else if next == "them" && c.si > 0 {
		sup = c.st.goodsOwnerIn(c.si - 1)
	}
	if sup < 0 {
		return
	}
	for _, m := range subjs {
		if !c.st.named(m) {
			continue
		}
		c.add(fact{typ: graph.CustomerOf, subj: m.ent, obj: sup, confidence: 0.7,
			time: c.timeNear(k, 0, len(c.toks)), status: c.statusAt(k)})
	}
}

// goodsOwnerBefore returns the owner of goods named in the clause before
// the colon at x, or -1.
func (c *ctx) goodsOwnerBefore(x int) int {
	for j := len(c.s.ments) - 1; j >= 0; j-- {
		if m := c.s.ments[j]; m.b <= x {
			if e := c.goodsOwnerAt(m.a, 1); e >= 0 {
				return e
			}
		}
	}
	return -1
}

// goodsOwnerIn returns the one owner of goods named in sentence si
// ("Y's accelerators", "Y chips"), or -1 when none or two are.
func (st *state) goodsOwnerIn(si int) int {
	s := &st.sents[si]
	if s.sp.headline || len(s.ments) == 0 {
		return -1
	}
	toks := st.loadToks(si)
	c := ctx{st: st, si: si, s: s, toks: toks}
	owner := -1
	for _, m := range s.ments {
		if e := c.goodsOwnerAt(m.a, 1); e >= 0 {
			if owner >= 0 && owner != e {
				return -1
			}
			owner = e
		}
	}
	return owner
}

// hasCustomers: "Y has customers including A and B", "Y, which counts
// clients such as A and B," — the subject of "has" is the supplier.
func (c *ctx) hasCustomers(k int) bool {
	h := k - 1
	if adjLike(c.w(h)) || c.w(h) == "big" || c.w(h) == "major" {
		h-- // "has large customers such as"
	}
	h = c.countBefore(h) // rel_customers_include.go: "has more than 10,000 customers"
	if !haveWords[c.w(h)] || c.hedge {
		return false
	}
	x := k + 1
	if c.w(x) == "," {
		x++
	}
	switch c.w(x) {
	case "including", "like":
		x++
	case "such":
		if c.w(x+1) != "as" {
			return false
		}
		x += 2
	default:
		return false
	}
	sup := c.subjectBefore(h, org)
	first := c.mentionAt(x)
	if sup < 0 || first < 0 || c.hedged(c.s.ments[sup].b, h) {
		return false
	}
	for _, m := range c.st.listFrom(c.s, first) {
		if c.typ(m) == org && !m.ref && m.ent != c.s.ments[sup].ent {
			c.addCustomer(m.ent, c.s.ments[sup].ent, k, 0.75)
		}
	}
	return true
}

var haveWords = set("has", "have", "had", "having", "with", "counts", "count", "boasts", "signed", "won", "added")
