package extract

import (
	"strings"
	"unsafe"

	"github.com/cigraph/cigraph/graph"
)

// The lowered copy of a document (state.low) is as long as the document and
// was its largest allocation: most of the bytes a typical article allocates,
// and so most of the garbage collections. It is written instead into a
// buffer the pooled state keeps (scratch.lowBuf) and read as a string.
//
// This is the package's one use of unsafe, and it is safe because no string
// into the buffer outlives the extraction that wrote it: tokens, names and
// keys cut from st.low live in the state, which release empties (its maps
// are cleared, its slices cut to zero and rewritten before they are read),
// and the one value that leaves Extract, the graph.Extraction, is detached
// below: every string of it that points into the buffer is copied. So the
// next document may overwrite the bytes. TestLowPoolDetached checks an
// output does not change when the state is reused.

// poolMaxLow: a longer text (a huge article) gets a lowered copy of its
// own, as before, so that a pooled state does not pin that much memory.
const poolMaxLow = 1 << 20

// lowerPooled returns text lowered (lowerASCII) into the state's buffer.
func (st *state) lowerPooled(text string) string {
	if len(text) == 0 || len(text) > poolMaxLow {
		return lowerASCII(text) // (no bytes, or not into the buffer)
	}
	if cap(st.lowBuf) < len(text) {
		st.lowBuf = make([]byte, len(text))
	}
	b := st.lowBuf[:len(text)]
	lowerInto(b, text)
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// lowSpan is where the lowered buffer lies in memory (n == 0: nowhere).
type lowSpan struct{ lo, n uintptr }

// lowSpan returns the span of the buffer, found once for a whole detach.
func (st *state) lowSpan() lowSpan {
	if cap(st.lowBuf) == 0 {
		return lowSpan{}
	}
	return lowSpan{uintptr(unsafe.Pointer(unsafe.SliceData(st.lowBuf[:1]))), uintptr(cap(st.lowBuf))}
}

// has reports whether s points into the buffer (an empty string never does:
// it has no bytes to change).
func (l lowSpan) has(s string) bool {
	return len(s) > 0 && uintptr(unsafe.Pointer(unsafe.StringData(s)))-l.lo < l.n
}

// inLow reports whether s points into the lowered buffer.
func (st *state) inLow(s string) bool { return st.lowSpan().has(s) }

// own copies *p if it points into the buffer (and writes nothing
// otherwise: an amount may be shared). It is small enough to inline: the
// output has thousands of strings, and almost none is copied.
func (l lowSpan) own(p *string) {
	if l.has(*p) {
		*p = strings.Clone(*p)
	}
}

// detach copies the strings of x that point into the lowered buffer
// (TestDetachCoversFields checks every string field of the graph types is
// handled here).
func (st *state) detach(x *graph.Extraction) {
	l := st.lowSpan()
	for i := range x.Entities {
		l.detachEntity(&x.Entities[i])
	}
	for i := range x.Relations {
		l.detachRelation(&x.Relations[i])
	}
	for i := range x.Metrics {
		m := &x.Metrics[i]
		l.own(&m.Subject)
		l.own(&m.Metric)
		l.own(&m.Unit)
		l.own(&m.Period)
		l.own(&m.Qualifier)
		l.own(&m.Time)
		l.own(&m.Evidence)
	}
}

// detachEntity copies an entity's strings that point into the buffer; the
// aliases are copied on write (a slice may be shared).
func (l lowSpan) detachEntity(e *graph.Entity) {
	l.own(&e.Name)
	l.own((*string)(&e.Type))
	for k, a := range e.Aliases {
		if l.has(a) {
			e.Aliases = append([]string(nil), e.Aliases...)
			for j := k; j < len(e.Aliases); j++ {
				l.own(&e.Aliases[j])
			}
			return
		}
	}
}

// detachRelation copies a relation's strings that point into the buffer,
// those of its amount too (amounts are the output's own: st.amounts).
func (l lowSpan) detachRelation(r *graph.Relation) {
	l.own(&r.Type)
	l.own(&r.Subject)
	l.own(&r.Object)
	l.own(&r.Product)
	l.own(&r.Status)
	l.own(&r.Time)
	l.own(&r.Role)
	l.own(&r.Evidence)
	if a := r.Amount; a != nil {
		l.own(&a.Unit)
		l.own(&a.Period)
		l.own(&a.Qualifier)
	}
}
