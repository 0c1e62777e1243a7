package extract

import "github.com/cigraph/cigraph/graph"

// output builds the ONTOLOGY JSON: used or cued entities, deduplicated facts.
func (st *state) output() graph.Extraction {
	out := graph.Extraction{Metrics: make([]graph.Metric, 0, len(st.metrics))}
	for _, f := range st.facts {
		st.ents[f.subj].used, st.ents[f.obj].used = true, true
	}
	for _, m := range st.metrics {
		st.ents[m.subj].used = true
	}
	st.finalNames()
	out.Entities = st.outEntities()
	seen := &st.outMaps().seenRel
	viaProduct := st.productVendors()
	st.mergeBare()
	pubMonth := "" // the default time of relOut, formatted once
	if !st.pub.IsZero() && len(st.facts) > 0 {
		pubMonth = formatDate(st.pub, false) // st.pub.Format("2006-01")
	}
	out.Relations = st.outRelations(seen, viaProduct, pubMonth) // outdedup.go
	seenM := st.seenMet
	for _, m := range st.metrics {
		n := len(seenM)
		if seenM[metricKey{m.subj, m.metric, m.value}] = true; len(seenM) > n {
			out.Metrics = append(out.Metrics, st.metricOut(m))
		}
	}
	return out
}

// outEntities lists the used or cued entities (counted first: the slice
// is returned, and most entities of a long article are left out). The
// aliases of all entities share one block, each capped: an append to one
// copies it instead of writing over the next.
func (st *state) outEntities() []graph.Entity {
	n, forms := 0, 0
	for i := range st.ents {
		if e := &st.ents[i]; listed(e) {
			n, forms = n+1, forms+len(e.forms)
		}
	}
	out := make([]graph.Entity, 0, n)
	var block []string // made at the first alias: most entities have none
	for i := range st.ents {
		if e := &st.ents[i]; listed(e) {
			a := len(block)
			block = appendAliases(block, e, forms)
			forms -= len(e.forms)
			aliases := []string{} // none: an empty list, not null
			if len(block) > a {
				aliases = block[a:len(block):len(block)]
			}
			out = append(out, graph.Entity{Name: e.name, Type: e.typ, Aliases: aliases})
		}
	}
	return out
}

// listed: entity e is listed in the output (outEntities).
func listed(e *entity) bool {
	return !(e.mentions == 0 || e.publisher && !e.used || !e.cued && !e.used && e.mid < 2)
}

// mergeBare folds a fact without amount or share into a fact of the same
// type, pair and status that has one, filling its product and time.
func (st *state) mergeBare() {
	type pair = factPair
	rich := &st.rich
	for i := range st.facts { // the first rich fact of each key wins
		if f := &st.facts[i]; f.amount != nil || f.share != nil {
			rich.addFirst(pair{f.typ, f.status, f.subj, f.obj}, i)
		}
	}
	if len(rich.facts) == 0 {
		return // no rich fact: every fact stays
	}
	out := st.facts[:0]
	for _, f := range st.facts {
		if f.amount != nil || f.share != nil || f.role != "" { // kept: no lookup needed
			out = append(out, f)
			continue
		}
		j := rich.find(pair{f.typ, f.status, f.subj, f.obj})
		if j < 0 || f.time != "" && f.time != st.facts[j].time {
			out = append(out, f)
			continue
		}
		if g := &st.facts[j]; g.prod == 0 {
			g.prod = f.prod
		}
	}
	st.facts = out
}

// factPair keys mergeBare: facts of one type, status and pair.
type factPair struct {
	typ, status string
	subj, obj   int
}

// relKey identifies an output relation for deduplication (relSet). The
// subject, object and product are name numbers (nameNum) instead of names:
// two numbers compare faster than two strings, and pack into one pair.
type relKey struct {
	typ, time       string
	subj, obj, prod int32
	amt             graph.Amount
	hasAmt          bool
	share           float64 // by value: two facts with the same share are one
	hasShare        bool
}

// nameNum numbers the final name of entity i: two entities get the same
// number iff their names are equal ("" is 0, as for no product).
func (st *state) nameNum(i int) int32 {
	if len(st.entNums) != len(st.ents) {
		st.entNums = append(st.entNums[:0], make([]int32, len(st.ents))...)
	}
	if n := st.entNums[i]; n != 0 {
		return n
	}
	name := st.ents[i].name
	if name == "" {
		return 0
	}
	n, ok := st.nameNums[name]
	if !ok {
		n = int32(len(st.nameNums)) + 1
		st.nameNums[name] = n
	}
	st.entNums[i] = n
	return n
}

type metricKey struct {
	subj   int
	metric string
	value  float64
}

// redundant drops "X uses OpenAI" when "X uses GPT-4 (OpenAI)" is also read.
func (st *state) redundant(f fact, viaProduct map[vendorKey]bool) bool {
	return f.amount == nil && f.share == nil && viaProduct[vendorKey{f.typ, f.subj, f.obj}]
}

type vendorKey struct {
	typ        string
	subj, vend int
}

// productVendors lists (type, subject, vendor) for facts whose object is a
// product of that vendor.
func (st *state) productVendors() map[vendorKey]bool {
	out := st.via
	for _, g := range st.facts {
		if st.ents[g.obj].typ != graph.Product {
			continue
		}
		if v, ok := st.vendorOf(g.obj); ok && v != g.obj {
			out[vendorKey{g.typ, g.subj, v}] = true
		}
	}
	return out
}

// appendAliases appends the forms of e other than its name, once each;
// a nil out is made with room for forms aliases.
func appendAliases(out []string, e *entity, forms int) []string {
	a := len(out)
	for _, f := range e.forms {
		if f != e.name && !contains2(out[a:], f) {
			if out == nil {
				out = make([]string, 0, forms)
			}
			out = append(out, f)
		}
	}
	return out
}

func contains2(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// relOut is fact f as output; pubMonth is the month of publication, the
// time of a current CUSTOMER_OF or ACQUIRES fact that states none ("" when
// the date is unknown).
func (st *state) relOut(f fact, pubMonth string) graph.Relation {
	r := graph.Relation{Type: f.typ, Subject: st.ents[f.subj].name, Object: st.ents[f.obj].name,
		Amount: f.amount, SharePercent: f.share, Status: f.status, Time: relTime(&f, pubMonth), Role: f.role,
		Confidence: f.confidence, Evidence: st.sents[f.sent].text}
	if f.prod > 0 {
		r.Product = st.ents[f.prod-1].name
	}
	return r
}

// relTime is the time of fact f as output.
func relTime(f *fact, pubMonth string) string {
	if f.time == "" && f.status == graph.StatusCurrent && (f.typ == graph.CustomerOf || f.typ == graph.Acquires) {
		return pubMonth
	}
	return f.time
}

// finalNames sets each canonical name to the fullest plain form the text
// uses ("Microsoft" for "Microsoft Corp.", "Sam Altman" for "Altman"),
// never a former name ("formerly X", names_former.go).
// Only the names output reads are set: those of the entities of facts and
// metrics (used, marked first) and the listed ones.
func (st *state) finalNames() {
	for i := range st.ents {
		e := &st.ents[i]
		if !e.used && !listed(e) {
			continue
		}
		best := ""
		for _, f := range e.forms {
			if len(f) < len(best) || f == e.former || codeForm(f) || st.lineVersionForm(e, f) { // names_ticker.go, names_line.go
				continue // its plain name, a substring, cannot win; a former name or a code never does
			}
			p := st.lexThe(e, plainName(f, st.lx.isSuffix)) // names_the.go
			if len(p) > len(best) || len(p) == len(best) && p < best {
				best = p
			}
		}
		if best != "" {
			e.name = best
		}
	}
}
