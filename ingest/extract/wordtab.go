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
	// filter has one bit per 16 hash bits of every key: most words are no
	// key, and the 8 KiB filter (in L1 cache) rejects them without a probe.
	filter [1024]uint64
}

// wslot is one table slot; n == 0 marks it free (the empty key is kept
// aside). tag holds high hash bits, so most probes skip the key compare.
// last is the key's last block as wordHash reads it: for keys of at most
// eight bytes it and the length are the whole key, compared in registers.
type wslot struct {
	off, n, tag uint32
	val, last   uint64
}

// newWordTable builds a table holding the entries of m at most a quarter
// full: most lookups miss, and a miss ends at the first free slot.
func newWordTable(m map[string]uint64) *wordTable {
	size := 16
	for size < 4*len(m) {
		size <<= 1
	}
	t := &wordTable{slots: make([]wslot, size), mask: uint64(size - 1)}
	var b strings.Builder
	for k, v := range m {
		if k == "" {
			t.emptyVal, t.hasEmpty = v, true
			continue
		}
		h, last := wordHash(k)
		i := h & t.mask
		for t.slots[i].n != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = wslot{off: uint32(b.Len()), n: uint32(len(k)), tag: uint32(h >> 32), val: v, last: last}
		f := h >> 40 & 0xffff
		t.filter[f>>6] |= 1 << (f & 63)
		b.WriteString(k)
	}
	t.keys = b.String()
	return t
}

// boolTable builds a table of the true keys of m (has).
func boolTable(m map[string]bool) *wordTable {
	t := map[string]uint64{}
	for k, v := range m {
		if v {
			t[k] = 1
		}
	}
	return newWordTable(t)
}

// has reports a key of a boolTable.
func (t *wordTable) has(s string) bool {
	_, ok := t.get(s)
	return ok
}

// get returns the value of s and whether s is a key.
func (t *wordTable) get(s string) (uint64, bool) {
	var h, last uint64
	if n := len(s); n >= 4 && n <= 8 {
		h, last = wordHash4to8(s) // most words: no call
	} else if n == 0 {
		return t.emptyVal, t.hasEmpty
	} else {
		h, last = wordHash(s)
	}
	return t.getHashed(h, last, len(s), s)
}

// getHashed is get for a word of n bytes whose wordHash is h, last. The
// key is compared through last for a word of at most 8 bytes; a longer
// word s is compared whole.
func (t *wordTable) getHashed(h, last uint64, n int, s string) (uint64, bool) {
	if !t.mayHold(h) {
		return 0, false
	}
	tag := uint32(h >> 32)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		sl := &t.slots[i]
		if sl.n == 0 {
			return 0, false
		}
		if sl.tag == tag && int(sl.n) == n && sl.last == last &&
			(n <= 8 || t.keys[sl.off:sl.off+sl.n] == s) {
			return sl.val, true
		}
	}
}

// get8 is get for the word of n <= 8 bytes held in the low bytes of x,
// hashed from that register.
func (t *wordTable) get8(x uint64, n int) uint64 {
	h, v := hash8(x, n)
	if !t.mayHold(h) {
		return 0
	}
	return t.find8(h, v, n)
}

// find8 is getHashed for a word of n <= 8 bytes that passed the filter,
// without the call when the word is the key of its first slot, or when
// that slot is free (most lookups).
func (t *wordTable) find8(h, v uint64, n int) uint64 {
	sl := &t.slots[h&t.mask]
	if sl.tag == uint32(h>>32) && int(sl.n) == n && sl.last == v {
		return sl.val
	}
	if sl.n == 0 {
		return 0
	}
	c, _ := t.getHashed(h, v, n, "")
	return c
}

// lookup8 is getHashed for a word of n <= 8 bytes that passed the
// filter, without the call when the word is the key of its first slot or
// that slot is free (most lookups).
func (t *wordTable) lookup8(h, v uint64, n int) (uint64, bool) {
	sl := &t.slots[h&t.mask]
	if sl.tag == uint32(h>>32) && int(sl.n) == n && sl.last == v {
		return sl.val, true
	}
	if sl.n == 0 {
		return 0, false
	}
	return t.getHashed(h, v, n, "")
}

// probe8 is find8 when its answer needs no call: the word's first slot
// holds it or is free (ok false: that slot holds another key).
func (t *wordTable) probe8(h, v uint64, n int) (uint64, bool) {
	sl := &t.slots[h&t.mask]
	if sl.tag == uint32(h>>32) && int(sl.n) == n && sl.last == v {
		return sl.val, true
	}
	return 0, sl.n == 0
}

// find16 is getHashed for a word s of 9 to 16 bytes whose first eight
// bytes are x0 and last eight v: the key of its first slot is compared in
// registers (its first and last eight bytes cover it), with no call to
// getHashed and none to compare strings, unless that slot holds another
// key with the same tag, length and last bytes, or another key at all.
func (t *wordTable) find16(h, v, x0 uint64, n int, s string) uint64 {
	if !t.mayHold(h) {
		return 0
	}
	sl := &t.slots[h&t.mask]
	if sl.n == 0 {
		return 0
	}
	if sl.tag == uint32(h>>32) && int(sl.n) == n && sl.last == v && load64(t.keys[sl.off:]) == x0 {
		return sl.val
	}
	c, _ := t.getHashed(h, v, n, s)
	return c
}

// mayHold: the filter does not rule out a key with the wordHash h.
func (t *wordTable) mayHold(h uint64) bool {
	f := h >> 40 & 0xffff
	return t.filter[f>>6]&(1<<(f&63)) != 0
}

// wordHash mixes s eight bytes at a time (one multiply per block, not per
// byte: most words fit one block). The last block is read with
// overlapping loads instead of byte by byte; the length is mixed in first,
// so words of different lengths still differ. It also returns the last
// block, which with the length is the whole of a word of at most 8 bytes.
func wordHash(s string) (uint64, uint64) {
	n := len(s)
	h := uint64(n) * 0x9e3779b97f4a7c15
	for k := 0; k+8 < n; k += 8 {
		h = (h ^ load64(s[k:k+8])) * 0xff51afd7ed558ccd // (fixed windows: no pointer masking)
		h ^= h >> 32
	}
	var v uint64
	switch {
	case n >= 8:
		v = load64(s[n-8 : n])
	case n >= 4:
		v = uint64(load32(s)) | uint64(load32(s[n-4:n]))<<32
	case n > 0:
		v = uint64(s[0]) | uint64(s[n/2])<<8 | uint64(s[n-1])<<16
	}
	h = (h ^ v) * 0xc4ceb9fe1a85ec53
	return h ^ h>>29, v
}

// wordHash4to8 is wordHash for a word of 4 to 8 bytes, small enough to
// be inlined into get (TestWordHash4to8 checks they agree).
func wordHash4to8(s string) (uint64, uint64) {
	n := len(s)
	v := uint64(load32(s)) | uint64(load32(s[n-4:]))<<32
	h := (uint64(n)*0x9e3779b97f4a7c15 ^ v) * 0xc4ceb9fe1a85ec53
	return h ^ h>>29, v
}

// load64 reads the first eight bytes of s, little-endian (one load).
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// load32 reads the first four bytes of s, little-endian (one load).
func load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}
