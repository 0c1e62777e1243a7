package extract

// Coordinated lists of names: "Microsoft, OpenAI, General Motors, and
// Toyota", read once per sentence into the list arena.

// listFrom returns mention j and the mentions coordinated with it
// ("Microsoft, OpenAI, General Motors, and Toyota").
func (st *state) listFrom(s *sentence, j int) []mention {
	return appendList(make([]mention, 0, 1), s, j)
}

// listFrom is st.listFrom for the sentence of c, cut from the list arena
// c.lists: frames ask for lists many times per sentence, and a list lives
// only while the frame that asked runs, so the arena is emptied per
// sentence (relate). A full arena is replaced, never overwritten.
func (c *ctx) listFrom(j int) []mention {
	n := len(c.s.ments) - j // a list holds at most the mentions from j on
	if cap(c.lists)-len(c.lists) < n {
		c.lists = make([]mention, 0, max(64, 2*cap(c.lists), n))
	}
	a := len(c.lists)
	l := appendList(c.lists[a:a], c.s, j)
	c.lists = c.lists[:a+len(l)]
	return l[:len(l):len(l)] // an append by the caller copies
}

// appendList is listFrom into out[:0]: listAt probes many starts into one
// stack buffer and copies only the list it returns.
func appendList(out []mention, s *sentence, j int) []mention {
	out = append(out[:0], s.ments[j])
	if j > 0 && bracketGloss(s, s.ments[j-1], s.ments[j]) {
		return out // names_bracket_list.go: "(TikTok), Tencent" lists no TikTok
	}
	for k := j + 1; k < len(s.ments); k++ {
		prev, m := s.ments[k-1], s.ments[k]
		if m.a == prev.a {
			out = append(out, m) // plural reference: several entities at one place
			continue
		}
		if prev.poss && m.a == prev.b+1 && len(out) > 0 && out[len(out)-1].a == prev.a {
			out[len(out)-1] = m // "OpenAI's ChatGPT": the head noun is the item
			continue
		}
		if bracketGloss(s, prev, m) { // names_bracket_list.go
			continue
		}
		if m.ref && clauseOpenerPronoun(s, prev, m) {
			break // ", and its volume rose": a new clause, not an item
		}
		if g := gapFrom(s, prev, m.a); m.a < prev.b || !onlyJoiners(s.toks[g:m.a]) {
			break // (a name inside a description: "The iPhone maker")
		}
		out = append(out, m)
	}
	return out
}

// clauseOpenerPronoun reports a possessive pronoun after ", and" that
// opens a new clause: "for Amazon, Shopify and Uber, and its volume rose".
func clauseOpenerPronoun(s *sentence, prev, m mention) bool {
	if m.a < 2 || m.a-prev.b > 3 || !possPronoun[s.toks[m.a].low] {
		return false
	}
	return s.toks[m.a-1].low == "and" && s.toks[m.a-2].s == ","
}

var possPronoun = set("its", "their")

func onlyJoiners(ts []token) bool {
	if len(ts) == 0 || len(ts) > 6 {
		return false
	}
	joined := false
	for k, t := range ts {
		switch t.low {
		case "as":
			if len(ts) == 1 {
				return false // "counts A as its largest customer": only "as well as" joins
			}
			joined = true
		case ",", "and", "or", "&", "well", "-", "plus":
			joined = true
		default:
			// "Walmart and financial software company Intuit": a description
			if !joined || t.kind != tWord || t.cap || k == len(ts)-1 && !orgishNoun[t.low] {
				return false
			}
		}
	}
	return joined
}
