package extract

import (
	"sync"
	"time"
)

// scratch holds the buffers a state reuses from one article to the next.
type scratch struct {
	toks    []token   // the tokens of every sentence, back to back
	spans   []span    // sentence offsets
	mall    []mention // the mentions of every sentence, back to back
	money   []money   // per-sentence amounts (relate)
	pcts    []percent // per-sentence percentages (relate)
	times   []timex   // per-sentence time expressions (relate)
	clauses []int32   // per-sentence clause starts (relate)
	lists   []mention // per-sentence list arena (relate, listFrom)
	days    dayMemo   // per-article day strings (relate, timestr.go)

	// output's maps, emptied and kept (clearing a map keeps its storage)
	seenRel relSet // outdedup.go
	seenMet map[metricKey]bool
	rich    richIndex // outdedup.go
	via     map[vendorKey]bool

	nameNums map[string]int32 // output's name numbers (nameNum)
	entNums  []int32          // each entity's name number, 0: not yet

	lowBuf []byte // the lowered copy of the document (lowpool.go)

	windowed bool              // long text: tokens only for the sentences in ring
	ring     [ringSize][]token // token buffers of the windowed mode
	owner    [ringSize]int     // the sentence whose tokens each ring slot holds
}

// ringSize is how many sentences keep their tokens in windowed mode: the
// rules look at most two sentences back.
const ringSize = 4

// wholeDocBytes: longer texts are tokenized sentence by sentence.
const wholeDocBytes = 256 << 10

// Pooled states larger than these are dropped instead of kept, so that one
// huge article does not pin its memory.
const (
	poolMaxTokens = 1 << 16
	poolMaxEnts   = 1 << 12
)

var statePool = sync.Pool{New: func() any {
	return &state{byKey: map[string]int{}, normCache: map[string]int32{},
		offerOf: map[int]int{}, leadsOf: map[int]int{}, byFirst: map[string][]int{}, byLast: map[string][]int{}}
}}

// newState takes a state from the pool and prepares it for text.
func newState(lx *Lexicon, text string, pub time.Time) *state {
	st := statePool.Get().(*state)
	st.text, st.lx, st.pub = text, lx, pub
	st.low = st.lowerPooled(text) // lowpool.go
	return st
}

// outMaps makes output's maps on first use; release empties them.
func (st *state) outMaps() *scratch {
	if st.seenMet == nil {
		st.seenMet, st.via = map[metricKey]bool{}, map[vendorKey]bool{}
		st.nameNums = map[string]int32{}
	}
	return &st.scratch
}

// release returns the state to the pool, emptied.
func (st *state) release() {
	if cap(st.toks) > poolMaxTokens || cap(st.ents) > poolMaxEnts || cap(st.mall) > poolMaxTokens {
		return
	}
	clear(st.sents)
	clear(st.ents)
	clear(st.formBlock)
	st.formBlock = st.formBlock[:0]
	clear(st.facts)
	clear(st.metrics)
	// the hint too: st.low's bytes are reused (lowpool.go)
	st.text, st.low, st.lx, st.lastNorm, st.hint = "", "", nil, [2]string{}, [2]string{}
	st.amounts = nil // the output holds pointers into it
	st.sents, st.ents, st.facts, st.metrics = st.sents[:0], st.ents[:0], st.facts[:0], st.metrics[:0]
	st.toks, st.spans, st.mall = st.toks[:0], st.spans[:0], st.mall[:0]
	clear(st.byKey)
	st.absent = absentKey{}
	st.hasFLS = 0
	st.byLex.reset()
	clear(st.normCache)
	st.norms = st.norms[:0]
	clear(st.offerOf)
	clear(st.leadsOf)
	clear(st.byFirst)
	clear(st.byLast)
	st.seenRel.reset()
	clear(st.seenMet)
	st.rich.reset()
	clear(st.via)
	clear(st.nameNums)
	st.entNums = st.entNums[:0]
	st.spk, st.fwds = speakerMemo{}, st.fwds[:0] // coref_speaker.go, coref_forward.go
	statePool.Put(st)
}
