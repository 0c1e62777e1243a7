package extract

import "github.com/cigraph/cigraph/graph"

// The two vendors of a switch (rel_switch.go) and the facts about them.

// switchStops end the phrase of a switch verb.
var switchStops = set(",", ";", ":", "(", "but", "while", "which", "because", "and", "who", "as")

// switchParties returns the mentions of the vendor left and the vendor
// taken up by the switch verb at k (-1 when unnamed) and the token where
// the first of them starts.
func (c *ctx) switchParties(k int, kind byte) (old, neu, end int) {
	switch kind {
	case 'r', 'd':
		return c.replacedParties(k, kind)
	case 's': // "standardized on ServiceNow"
		if w := c.w(k + 1); w == "on" || w == "onto" {
			return -1, c.nextMention(k+2, 2, false, org, prod), k + 2
		}
		return -1, -1, k + 1
	}
	old, neu, end = -1, -1, len(c.toks)
	for x := k + 1; x < len(c.toks) && x <= k+14 && !switchStopGate.in(switchStops, c.w(x)); x++ {
		j := -1
		switch c.w(x) {
		case "from", "off": // "from Oracle", "off AWS", "off of AWS"
			if c.w(x+1) == "of" {
				x++
			}
			if j = c.nextMention(x+1, 3, false, org, prod); j >= 0 && old < 0 {
				old = j
			}
		case "to", "onto", "into":
			if c.ownMade(x+1) && neu < 0 {
				neu = -2 // "switched its processors to its own designs": no new vendor
				continue
			}
			if j = c.nextMention(x+1, 3, false, org, prod); j >= 0 && neu < 0 {
				neu = j
			}
		}
		if j >= 0 {
			end = min(end, x)
			x = c.s.ments[j].b - 1
		}
	}
	return old, neu, end
}

// replacedParties: "replaced Salesforce with HubSpot", "swapped out A for
// B", "dropped CrowdStrike in favor of SentinelOne": the object within
// three words of the verb, then the one after "with", "for" or "in favor
// of". A dropped name followed by its shares or a list it left ("dropped
// Intel from the index") is no vendor.
func (c *ctx) replacedParties(k int, kind byte) (old, neu, end int) {
	old = c.nextMention(k+1, 3, false, org, prod)
	if old < 0 {
		return -1, -1, k + 1
	}
	b := c.s.ments[old].b
	for x := k + 1; x < c.s.ments[old].a; x++ {
		if c.toks[x].kind == tPunct || c.toks[x].cap {
			return -1, -1, k + 1
		}
	}
	if kind == 'd' && droppedNot[c.w(b)] {
		return -1, -1, k + 1
	}
	neu = -1
	for x := b; x < len(c.toks) && x <= b+4; x++ {
		w := c.w(x)
		if w == "with" || w == "for" || (w == "favor" || w == "favour") && c.w(x+1) == "of" {
			if w != "with" && w != "for" {
				x++
			}
			neu = c.nextMention(x+1, 3, false, org, prod)
			if neu < 0 && c.ownMade(x+1) {
				neu = -2 // "replaced Intel's chips with its own": no new vendor
			}
			break
		}
		if switchStopGate.in(switchStops, w) && w != "as" {
			break
		}
	}
	return old, neu, c.s.ments[old].a
}

// ownMade: "its own", "their own", "in-house", "homegrown" at x.
func (c *ctx) ownMade(x int) bool {
	w := c.w(x)
	return (w == "its" || w == "their") && c.w(x+1) == "own" || w == "in-house" || w == "homegrown"
}

// droppedNot follow a dropped name that is no vendor: "dropped Intel
// shares", "dropped Intel from the Dow", "dropped its bid".
var droppedNot = set("shares", "stock", "stocks", "stake", "bid", "from", "bonds", "debt", "lawsuit", "suit", "case", "claims")

// switchFact: s is a customer (status) of the vendor named by mention j,
// or of the maker of the product it names; a product without a known
// maker is used.
func (c *ctx) switchFact(s, j int, status, t string) {
	m := c.s.ments[j]
	if n := j + 1; m.poss && n < len(c.s.ments) && c.s.ments[n].a == m.b+1 && c.typ(c.s.ments[n]) == prod {
		m = c.s.ments[n] // "from Oracle's database": the product
	}
	if c.typ(m) != prod {
		c.add(fact{typ: graph.CustomerOf, subj: s, obj: m.ent, status: status, time: t, confidence: 0.7})
		return
	}
	v, ok := c.st.vendorOf(m.ent)
	if !ok {
		c.add(fact{typ: graph.Uses, subj: s, obj: m.ent, status: status, time: t, confidence: 0.7})
		return
	}
	c.add(fact{typ: graph.CustomerOf, subj: s, obj: v, prod: m.ent + 1, status: status, time: t, confidence: 0.7})
}

// droppedAs: "X dropped Y as a supplier" (X was Y's customer), "X dropped
// Y as a client" (Y was X's customer).
func (c *ctx) droppedAs(subj, old, k int) {
	x := c.s.ments[old].b + 1
	if w := c.w(x); w == "a" || w == "an" || w == "its" || w == "their" || w == "the" {
		x++
	}
	s, o := c.s.ments[subj].ent, c.s.ments[old].ent
	switch {
	case custNouns[c.w(x)]:
		c.add(fact{typ: graph.CustomerOf, subj: o, obj: s, status: graph.StatusFormer, confidence: 0.7})
	case supplierNouns[c.w(x)]:
		c.add(fact{typ: graph.CustomerOf, subj: s, obj: o, status: graph.StatusFormer, confidence: 0.7})
	}
}

// supplierNouns name a party that sells to the subject.
var supplierNouns = set("supplier", "suppliers", "vendor", "vendors", "provider", "providers", "contractor", "contractors")
