package extract

import "github.com/cigraph/cigraph/graph"

// Carriage and distribution deals: "Charter Communications and Walt Disney
// reached a new carriage agreement", "YouTube TV signed a distribution deal
// with Paramount". The distributor (a cable operator or streaming TV
// service) pays the owner of the channels, so it is its customer; the
// channel owner is a media company of the lexicon (kind media, or a unit
// of one). When neither or both sides own channels, the two are partners.

// carriageWords before a deal noun make it a carriage deal.
var carriageWords = set("carriage", "distribution", "retransmission", "retrans", "carriage-renewal", "programming")

// carriageFormed: the verbs before the deal noun that conclude it.
var carriageFormed = set("reached", "reach", "reaches", "reaching", "signing", "signed", "struck", "inked", "sealed", "finalized",
	"finalised", "renewed", "agreed", "announced", "extended", "secured", "clinched")

// carriageDeal reads the frame at the deal noun k; it reports whether the
// noun was a carriage deal's.
func (c *ctx) carriageDeal(k int) bool {
	if !carriageGate.in(carriageWords, c.w(k-1)) && !carriageGate.in(carriageWords, c.w(k-2)) {
		return false
	}
	v := -1
	for x := k - 2; x >= 0 && x >= k-5; x-- {
		if carriageFormed[c.w(x)] {
			v = x
			break
		}
	}
	if v < 0 || c.hedge || c.w(v-1) == "to" && c.statusAt(v) != graph.StatusPlanned {
		return true // "failed to reach a carriage deal", "talks on a distribution deal"
	}
	a, b := c.carriageParties(k, v)
	if a < 0 || b < 0 || c.hedged(max(0, c.s.ments[a].b), v) || c.pending(c.s.ments[a].b, v) {
		return true
	}
	ae, be := c.partyOrg(c.s.ments[a]), c.partyOrg(c.s.ments[b])
	if ae == be {
		return true
	}
	f := fact{typ: graph.PartnersWith, subj: ae, obj: be, time: c.timeNear(k, 0, len(c.toks)), status: c.statusAt(v), confidence: 0.7}
	c.st.carriageTie(&f)
	c.add(f)
	return true
}

// carriageTie turns the partnership f of a carriage deal into the
// distributor's purchase when exactly one side owns channels (the
// distributor buys from the channel owner).
func (st *state) carriageTie(f *fact) {
	switch ca, cb := st.channelOwner(f.subj), st.channelOwner(f.obj); {
	case cb && !ca:
		f.typ = graph.CustomerOf
	case ca && !cb:
		f.typ, f.subj, f.obj = graph.CustomerOf, f.obj, f.subj
	}
}

// carriageParties: "A and B reached a carriage deal", "A reached a
// carriage deal with B" (the verb at v, the noun at k).
func (c *ctx) carriageParties(k, v int) (int, int) {
	if a, b := c.pairBefore(v); a >= 0 {
		return a, b
	}
	if w := c.w(v - 1); w == "after" || w == "by" || w == "following" || w == "upon" {
		if a, b := c.openingPair(); a >= 0 { // "A and B ended a blackout after reaching a carriage deal"
			return a, b
		}
	}
	subj := c.subjectBefore(v, org, prod)
	with := c.skipTo(k, "with", 2)
	if subj < 0 || with < 0 {
		return -1, -1
	}
	return subj, c.nextMention(with+1, 2, false, org, prod)
}

// openingPair: two organisations or services joined by "and" that open
// the sentence, then a lower-case word, its verb ("YouTube TV and Disney
// ended …").
func (c *ctx) openingPair() (int, int) {
	if len(c.s.ments) < 2 || c.s.ments[0].a > 1 || c.s.ments[0].ref || c.w(c.s.ments[0].b) != "and" {
		return -1, -1
	}
	l := c.listFrom(0)
	if last := l[len(l)-1]; len(l) == 2 && last.b < len(c.toks) && c.toks[last.b].kind == tWord && !c.toks[last.b].cap {
		return 0, c.mentionAt(last.a)
	}
	return -1, -1
}

// pairBefore: two organisations or services joined by "and" right before
// the verb at v ("YouTube TV and Paramount reached …"), else -1, -1.
func (c *ctx) pairBefore(v int) (int, int) {
	for j, m := range c.s.ments {
		if m.b > v || m.ref || c.typ(m) == person {
			continue
		}
		l := c.listFrom(j)
		if last := l[len(l)-1]; len(l) == 2 && last.b <= v && v-last.b <= 1 && c.w(m.b) == "and" {
			return j, c.mentionAt(last.a)
		}
	}
	return -1, -1
}

// partyOrg: the organisation a party stands for (a service stands for its
// maker: "YouTube TV" for YouTube, which buys the channels for it).
func (c *ctx) partyOrg(m mention) int {
	if c.typ(m) != prod {
		return m.ent
	}
	if v, ok := c.st.vendorOf(m.ent); ok {
		return v
	}
	return m.ent
}

// channelOwner: the lexicon calls the organisation a media company, or a
// unit of one ("ESPN" of Walt Disney).
func (st *state) channelOwner(e int) bool {
	x := &st.ents[e]
	if x.typ != graph.Org || x.lex < 0 {
		return false
	}
	l := st.lx.entries[x.lex]
	for d := 0; d < 3; d++ {
		if l.kind == "media" && !l.publisher {
			return true
		}
		if l.owner == "" {
			return false
		}
		var ok bool
		if l, ok = st.lx.lookup(l.owner); !ok {
			return false
		}
	}
	return false
}
