package extract

import "github.com/cigraph/cigraph/graph"

// Exercised purchase options: an option exercised is an order, "American
// Airlines exercised options for seven more Embraer E175 jets" -> the
// buyer is a customer of the maker. An option only taken ("took options
// on 20 more aircraft") or not exercised ("did not exercise its options")
// buys nothing.

// exerciseVerbs exercise an option (fMore triggers).
var exerciseVerbs = set("exercised", "exercises", "exercise", "exercising")

// exercisedOptions reads "X exercised [its] options for|on N GOODS" at k.
func (c *ctx) exercisedOptions(k int) {
	x := k + 1
	for x < len(c.toks) && x <= k+3 && c.w(x) != "option" && c.w(x) != "options" {
		x++
	}
	if p := c.w(x + 1); p != "for" && p != "on" && p != "to" || c.hedge || c.notExercised(k) {
		return
	}
	subj := c.subjectBefore(k, org)
	if subj < 0 || c.hedged(c.s.ments[subj].b, k) {
		return
	}
	sup := c.ownerOfGoods(x + 2) // rel_frames.go: "for seven more Embraer jets"
	if sup < 0 {
		c.vendorGoods(x+1, c.s.ments[subj:subj+1]) // rel_compute.go: "for 20 more Boeing 787s"
		return
	}
	c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[subj].ent, obj: c.s.ments[sup].ent,
		prod: c.productIn(x+2, len(c.toks)), amount: c.onceAmount(c.moneyNear(k, c.s.ments[subj].b, len(c.toks))),
		time: c.timeNear(k, 0, len(c.toks)), status: c.statusAt(k), confidence: 0.75})
}

// notExercised: the words before the verb at k deny it ("did not
// exercise", "declined to exercise").
func (c *ctx) notExercised(k int) bool {
	switch c.w(k - 1) {
	case "not", "never", "n't":
		return true
	case "to":
		w := c.w(k - 2)
		return w == "declined" || w == "refused" || w == "not"
	}
	return false
}
