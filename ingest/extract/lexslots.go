package extract

// lexSlots maps lexicon entries to the document's entities (entityFor):
// a slice indexed by entry, not a map[int]int, so a lookup is one load
// and a compare. Each slot carries the stamp of the document that set it,
// so a new document starts empty without clearing the slice (reset).
type lexSlots struct {
	stamp uint32 // the current document's stamp, minus one
	slots []lexSlot
}

type lexSlot struct {
	stamp uint32 // lexSlots.stamp+1 when set for this document (0: never)
	ent   int32
}

// maxLexSlots bounds the slice: a larger entry number is not kept, and
// entityFor finds its entity through byKey, with the same answer.
const maxLexSlots = 1 << 16

// get returns the entity of entry lex, if set for this document.
func (l *lexSlots) get(lex int) (int, bool) {
	if lex < len(l.slots) && l.slots[lex].stamp == l.stamp+1 {
		return int(l.slots[lex].ent), true
	}
	return 0, false
}

// set notes entity ent for entry lex (unless lex is past maxLexSlots).
func (l *lexSlots) set(lex, ent int) {
	if lex >= maxLexSlots {
		return
	}
	if lex >= len(l.slots) {
		l.slots = append(l.slots, make([]lexSlot, lex+1-len(l.slots))...)
	}
	l.slots[lex] = lexSlot{stamp: l.stamp + 1, ent: int32(ent)}
}

// reset forgets every slot: the stamps set so far no longer match. When
// the stamp wraps around, the slots are cleared, so no old stamp matches.
func (l *lexSlots) reset() {
	l.stamp++
	if l.stamp+1 == 0 {
		clear(l.slots)
		l.stamp = 0
	}
}
