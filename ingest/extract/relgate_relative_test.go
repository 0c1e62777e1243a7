package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRelativeGate: hasRelative only skips work. relativeEnd,
// inOtherRelative and relativeTimeAfter answer the same at every pair of
// tokens of the gate texts whether the gate holds or is forced open.
func TestRelativeGate(t *testing.T) {
	texts := append(relGateTexts(t), "Acme, which sells chips to Globex, bought Initech in 2021, who left Google in 2020.",
		"Baidu's cloud business, that sells to Xiaomi, generated $4 billion, whose growth slowed, in 2023.")
	for _, text := range texts {
		low := lowerASCII(text)
		for _, sp := range splitSentences(text, nil) {
			toks := testTokens(t, text[sp.start:sp.end], low[sp.start:sp.end])
			gated := &ctx{toks: toks, s: &sentence{toks: toks, sum: summarize(toks)}}
			open := &ctx{toks: toks, s: &sentence{toks: toks, sum: summarize(toks)}, relRead: true, relAny: true}
			for k := range toks {
				assert.Equal(t, open.relativeEnd(k), gated.relativeEnd(k), text)
				for a := range toks {
					assert.Equal(t, open.inOtherRelative(a, k), gated.inOtherRelative(a, k), text)
					assert.Equal(t, open.relativeTimeAfter(k, a), gated.relativeTimeAfter(k, a), text)
				}
			}
		}
	}
}
