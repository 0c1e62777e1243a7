package extract

import "github.com/cigraph/cigraph/graph"

// Round-six references: "the buyers" after a sentence in which several
// named buyers agreed to buy, and "the unit" after a name introduced as a
// unit ("its sensor unit, Lumo Labs,"). Both would otherwise resolve to the
// latest or most salient company, often the seller or the target.

// buyerNouns are plural references to a group of buyers.
var buyerNouns = set("buyers", "acquirers", "bidders", "purchasers")

// buyerGroup resolves "the buyers" at token i of sentence si to the
// coordinated subject of the latest sentence (this one before i, or up to
// two before) whose verb buys. ok is false when w1 names no buyers; ents
// is empty when no such sentence is found (the reference stays unresolved).
func (st *state) buyerGroup(si, i int, w1 string) (ents []int, ok bool) {
	if !buyerNouns[w1] {
		return nil, false
	}
	for k := si; k >= 0 && k >= si-2; k-- {
		n := st.subjectList(k)
		if n < 2 || k == si && st.sents[k].ments[n-1].a >= i || !st.buysAfter(k, st.sents[k].ments[n-1].b) {
			continue
		}
		out := st.antBuf[:0]
		for _, m := range st.sents[k].ments[:n] {
			out = append(out, m.ent)
		}
		st.antBuf = out[:0]
		return out, true
	}
	return nil, true
}

// buysAfter: an acquisition verb follows token b closely in sentence k
// ("A and B agreed to buy C").
func (st *state) buysAfter(k, b int) bool {
	toks := st.sents[k].toks
	for x := b; x < len(toks) && x <= b+4; x++ {
		if acquireVerbs[toks[x].low] {
			return true
		}
	}
	return false
}

// unitWords introduce a business that belongs to another.
var unitWords = set("unit", "division", "subsidiary", "arm", "business")

// unitAntecedent resolves "the unit" (head at i+1) to the latest
// organisation introduced as a unit up to three sentences back: "its
// sensor unit, Lumo Labs," or "Lumo Labs, a sensor unit".
func (st *state) unitAntecedent(si, i int) (int, bool) {
	toks := st.sents[si].toks
	if i+1 >= len(toks) || toks[i+1].low != "unit" {
		return 0, false
	}
	for k := si; k >= 0 && k >= si-3; k-- {
		ms := st.sents[k].ments
		for j := len(ms) - 1; j >= 0; j-- {
			m := ms[j]
			if k == si && m.a >= i || m.ref || st.ents[m.ent].typ != graph.Org {
				continue
			}
			if unitNear(st.sents[k].toks, m) {
				return m.ent, true
			}
		}
	}
	return 0, false
}

// unitNear: the mention stands in apposition with a unit word: "unit,
// NAME", "unit NAME" or "NAME, a ... unit".
func unitNear(toks []token, m mention) bool {
	if m.b > len(toks) {
		return false
	}
	if a := m.a - 1; a >= 0 && (unitWords[toks[a].low] || toks[a].low == "," && a > 0 && unitWords[toks[a-1].low]) {
		return true
	}
	if m.b >= len(toks) || toks[m.b].low != "," {
		return false
	}
	for x := m.b + 1; x < len(toks) && x <= m.b+5; x++ {
		if unitWords[toks[x].low] {
			return true
		}
		if toks[x].kind == tPunct {
			return false
		}
	}
	return false
}

// subjectOverObject: "X uses Y and runs its servers on Z. ..., who founded
// the company in 2014": a description in a sentence that names no
// organisation before it means the previous sentence's subject, not the
// name that sentence ended on after a preposition.
func (st *state) subjectOverObject(si, i int) (int, bool) {
	if si == 0 || st.orgBefore(si, i) || st.subjectList(si-1) == 0 {
		return 0, false
	}
	prev := &st.sents[si-1]
	subj := prev.ments[0].ent
	for j := len(prev.ments) - 1; j > 0; j-- {
		m := prev.ments[j]
		if st.ents[m.ent].typ != graph.Org || m.ent == subj {
			continue
		}
		return subj, m.a > 0 && m.a <= len(prev.toks) && objectPrepGate.in(objectPreps, prev.toks[m.a-1].low) && !m.poss
	}
	return 0, false
}

// orgBefore: sentence si names an organisation before token i.
func (st *state) orgBefore(si, i int) bool {
	for _, m := range st.sents[si].ments {
		if m.a < i && st.ents[m.ent].typ == graph.Org {
			return true
		}
	}
	return false
}
