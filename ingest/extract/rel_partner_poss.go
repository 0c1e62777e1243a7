package extract

// "The Justice Department ... challenged JetBlue's alliance with American
// Airlines": the partner of an alliance noun is its possessor, not the
// subject of the sentence's verb. So is a venture's: in "Ultium Cells,
// GM's joint venture with LG Energy Solution, ..." GM partners, not the
// venture.

// nounPossessor returns the possessive organisation right before the
// partnership noun at k ("JetBlue's alliance", "its Northeast alliance"),
// else subj.
func (c *ctx) nounPossessor(subj, k int) int {
	switch c.w(k) {
	case "alliance", "partnership", "pact", "tie-up", "collaboration", "venture", "ventures":
		if p := c.possessorBefore(k, 3); p >= 0 { // rel_frames2.go
			return p
		}
	}
	return subj
}
