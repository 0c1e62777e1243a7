package extract

import "github.com/cigraph/cigraph/graph"

// Frames of telecom-vendor, media and advertising news that start at words
// no other frame reads (fMore, moreFrames dispatches here):
//   - network gear torn out: "Deutsche Telekom ripped out Huawei equipment"
//     (a former customer of the maker; rel_media_frames.go removedGoods)
//   - an account lost: "Publicis lost Coca-Cola's media account to WPP"
//     (rel_won_account.go)
//   - a revenue share: "Alphabet shares 36% of the revenue with Apple"
//     (rel_shares_with.go)

// removeVerbs take network gear out of service.
var removeVerbs = set("ripped", "ripping", "rip", "rips", "removed", "removing", "remove", "removes",
	"stripped", "stripping", "strip", "strips", "phased", "phasing", "phase", "phases", "purged", "purging", "purge")

// removeOutVerbs remove only with "out": "phased out", "ripped out".
var removeOutVerbs = set("ripped", "ripping", "rip", "rips", "phased", "phasing", "phase", "phases")

// mediaTriggers are the words of the frames below.
var mediaTriggers = setUnion(lostVerbs, removeVerbs, set("shares", "shared", "sharing", "splits", "split"))

// mediaFrames runs the frame of the trigger at k.
func (c *ctx) mediaFrames(k int) {
	switch w := c.w(k); {
	case removeVerbs[w]:
		c.removedGoods(k)
	case lostGate.in(lostVerbs, w):
		c.lostAccount(k) // rel_won_account.go
	default:
		c.sharesRevenueWith(k) // rel_shares_with.go
	}
}

// removedGoods: "X ripped out Huawei equipment", "X is removing ZTE and
// Huawei gear from its network", "X phased out equipment from Huawei": X
// was a customer of each maker (former). A removal still to come ("plans
// to remove", "was ordered to rip out") states no end.
func (c *ctx) removedGoods(k int) {
	x := k + 1
	if c.w(x) == "out" {
		x++
	} else if removeOutVerbs[c.w(k)] {
		return // "ripped", "phased" need "out"
	}
	if c.hedge || c.w(k-1) == "to" || c.statusAt(k) == graph.StatusPlanned {
		return
	}
	makers := c.gearMakers(x)
	if len(makers) == 0 {
		return
	}
	subj := c.subjectBefore(k, org)
	if subj < 0 || c.hedged(c.s.ments[subj].b, k) {
		return
	}
	for _, m := range makers {
		c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[subj].ent, obj: m.ent, status: graph.StatusFormer,
			time: c.timeNear(k, 0, len(c.toks)), confidence: 0.7})
	}
}

// gearMakers reads the makers of the goods from token x: "Huawei
// equipment", "Nokia and ZTE gear", "all equipment from Huawei" (or
// "made by", "supplied by").
func (c *ctx) gearMakers(x int) []mention {
	if w := c.w(x); w == "all" || w == "its" || w == "their" || w == "the" {
		x++
	}
	if j := c.mentionAt(x); j >= 0 {
		if c.typ(c.s.ments[j]) != org {
			return nil
		}
		if l := c.listGoods(j); l != nil { // rel_goods_list.go
			return l
		}
		if c.goodsAfter(j) {
			return c.s.ments[j : j+1]
		}
		return nil
	}
	for g := x; g < len(c.toks) && g <= x+2; g++ {
		if t := &c.toks[g]; t.kind != tWord || t.cap {
			return nil
		}
		if !buyNounGate.in(buyNouns, c.w(g)) {
			continue
		}
		p := g + 1
		if w := c.w(p); (w == "made" || w == "supplied" || w == "built") && c.w(p+1) == "by" {
			p++
		} else if w != "from" {
			return nil
		}
		if j := c.mentionAt(p + 1); j >= 0 && c.typ(c.s.ments[j]) == org {
			return c.objectList(j) // rel_supply.go
		}
		return nil
	}
	return nil
}
