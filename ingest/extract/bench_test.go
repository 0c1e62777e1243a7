package extract

import (
	"context"
	"strings"
	"testing"
	"time"
)

// benchSentences are our own sentences; the corpus repeats them with varied
// names into articles of a few kilobytes.
var benchSentences = []string{
	"%s Inc. said on Tuesday it will acquire %s for $2.5 billion in cash, its largest deal since 2019.",
	"The company's chief executive said the transaction, worth about $2.7 billion including debt, should close in the first quarter.",
	"%s accounted for almost 30% of %s's revenue last year, up from 22% in 2022.",
	"%s, a startup based in Austin, pays %s nearly $4 million per month for cloud services.",
	"Analysts expect revenue to reach $900 million this year, with a gross margin of about 40%.",
	"%s CEO Jordan Miles said the partnership with %s would expand to Europe by the end of the decade.",
	"Shares of %s fell 3% after the report, while rival %s gained 1.2%.",
	"Advertisement",
	"%s previously rented servers from %s but switched to its own data centers in March.",
}

var benchNames = []string{"Northwind Labs", "Bluefin Robotics", "Acme Cloud", "Kestrel Batteries", "Zephyr Motors",
	"Halcyon Trucks", "Orbital Systems", "Pebble Analytics", "Lumen Grid", "Granite Capital"}

func benchCorpus(articles int) []string {
	out := make([]string, articles)
	for a := range out {
		var b strings.Builder
		for k := 0; k < 4; k++ {
			for i, s := range benchSentences {
				x, y := benchNames[(a+i+k)%len(benchNames)], benchNames[(a+i+k+3)%len(benchNames)]
				n := strings.Count(s, "%s")
				args := []any{x, y}[:n]
				b.WriteString(sprintf(s, args...))
				b.WriteByte('\n')
			}
		}
		out[a] = b.String()
	}
	return out
}

func sprintf(f string, args ...any) string {
	for _, a := range args {
		f = strings.Replace(f, "%s", a.(string), 1)
	}
	return f
}

// newsSentences are our own background sentences of the kind most of a news
// story is made of: quotes, context and colour without a relation.
var newsSentences = []string{
	"The announcement comes as the industry grapples with slowing demand and rising interest rates.",
	"\"We are very excited about what this means for our customers,\" %s said in a statement.",
	"Executives have spent the past year trying to convince investors that the strategy is working.",
	"The move was first reported by local media earlier this week.",
	"Analysts said the outcome would depend largely on how regulators in Washington and Brussels respond.",
	"It was not immediately clear how many employees would be affected by the changes.",
	"%s did not respond to a request for comment.",
	"The company has been expanding its presence in Asia, where competition for talent remains fierce.",
	"Some critics argue that the technology is still far from ready for widespread use.",
	"Read more",
	"For now, the focus remains on delivering products that people actually want to buy.",
	"The sector has seen a wave of layoffs since the start of the year as firms cut costs.",
	"Observers expect more details to emerge at the annual developer conference in the spring.",
	"Still, many in the industry remain cautious about making long-term bets.",
}

// newsCorpus mixes mostly background sentences with a few fact sentences,
// the way a typical article reads.
func newsCorpus(articles int) []string {
	out := make([]string, articles)
	for a := range out {
		var b strings.Builder
		b.WriteString(benchNames[a%len(benchNames)] + " rethinks its plans\n\n")
		for k := 0; k < 3; k++ {
			for i, s := range newsSentences {
				b.WriteString(sprintf(s, benchNames[(a+i+k)%len(benchNames)]))
				b.WriteByte(' ')
				if i%5 == 4 {
					b.WriteString("\n\n")
				}
			}
			f := benchSentences[(a+k)%len(benchSentences)]
			x, y := benchNames[(a+k)%len(benchNames)], benchNames[(a+k+3)%len(benchNames)]
			b.WriteString(sprintf(f, []any{x, y}[:strings.Count(f, "%s")]...))
			b.WriteString("\n\n")
		}
		out[a] = b.String()
	}
	return out
}

// BenchmarkExtract reports throughput in MB/s over ~4 MB of fact-dense
// articles (every sentence carries a relation or an amount).
func BenchmarkExtract(b *testing.B) { benchDocs(b, benchCorpus(1000)) }

// BenchmarkExtractNews reports throughput on typical news, where most
// sentences carry no fact.
func BenchmarkExtractNews(b *testing.B) { benchDocs(b, newsCorpus(1000)) }

// BenchmarkExtractParallel runs the dense corpus on every core at once: the
// extractor keeps only per-document state, so it is safe for concurrent use.
func BenchmarkExtractParallel(b *testing.B) {
	r := rules(b)
	docs := benchCorpus(200)
	pub := time.Date(2024, 6, 5, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(totalLen(docs)))
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			for _, d := range docs {
				if _, err := r.Extract(context.Background(), Input{Text: d, Published: pub}); err != nil {
					b.Error(err)
					return
				}
			}
		}
	})
}

func totalLen(docs []string) int {
	total := 0
	for _, d := range docs {
		total += len(d)
	}
	return total
}

func benchDocs(b *testing.B, docs []string) {
	r := rules(b)
	total := 0
	for _, d := range docs {
		total += len(d)
	}
	pub := time.Date(2024, 6, 5, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if _, err := r.Extract(context.Background(), Input{Text: d, Published: pub}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkTokenize reports the throughput of the tokenizer alone (its
// fast paths, token.go) over the news and fact-dense corpora, split into
// sentences first.
func BenchmarkTokenize(b *testing.B) {
	docs := append(newsCorpus(100), benchCorpus(100)...)
	lows, spans := make([]string, len(docs)), make([][]span, len(docs))
	for i, d := range docs {
		lows[i], spans[i] = lowerASCII(d), splitSentences(d, nil)
	}
	b.SetBytes(int64(totalLen(docs)))
	var toks []token
	for i := 0; i < b.N; i++ {
		for k, d := range docs {
			toks = toks[:0]
			for _, sp := range spans[k] {
				toks = tokenize(d, lows[k], sp.start, sp.end, toks)
			}
		}
	}
}
