package extract

import "strings"

// wordTable is a read-only open-addressing hash table from words to class
// bits. classify looks up every token, and for short keys one multiply-xor
// hash plus a linear probe over a flat slot array beats a Go map.
type wordTable struct {
	slots    []wslot
	keys     string // every key, back to back
	mask     uint64
	emptyVal uint64 // the value of the empty key
	hasEmpty bool
}

// wslot is one table slot; n == 0 marks it free (the empty key is kept aside).
type wslot struct {
	off, n uint32
	val    uint64
}

// newWordTable builds a table holding the entries of m at most half full.
func newWordTable(m map[string]uint64) *wordTable {
	size := 16
	for size < 2*len(m) {
		size <<= 1
	}
	t := &wordTable{slots: make([]wslot, size), mask: uint64(size - 1)}
	var b strings.Builder
	for k, v := range m {
		if k == "" {
			t.emptyVal, t.hasEmpty = v, true
			continue
		}
		i := wordHash(k) & t.mask
		for t.slots[i].n != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = wslot{off: uint32(b.Len()), n: uint32(len(k)), val: v}
		b.WriteString(k)
	}
	t.keys = b.String()
	return t
}

// get returns the value of s and whether s is a key.
func (t *wordTable) get(s string) (uint64, bool) {
	if s == "" {
		return t.emptyVal, t.hasEmpty
	}
	for i := wordHash(s) & t.mask; ; i = (i + 1) & t.mask {
		sl := &t.slots[i]
		if sl.n == 0 {
			return 0, false
		}
		if int(sl.n) == len(s) && t.keys[sl.off:sl.off+sl.n] == s {
			return sl.val, true
		}
	}
}

// wordHash is FNV-1a over the bytes of s, with a final mix of the high bits
// into the low ones used for the slot index.
func wordHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h ^ h>>29
}
