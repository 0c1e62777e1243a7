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

// BenchmarkExtract reports throughput in MB/s over ~4 MB of articles.
func BenchmarkExtract(b *testing.B) {
	r := rules(b)
	docs := benchCorpus(1000)
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
