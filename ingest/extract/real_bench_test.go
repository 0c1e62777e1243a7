package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// realTexts reads the article texts of the seed gold and the dev set from
// ../shared (real published news, read at run time, never copied).
func realTexts(b *testing.B) []string {
	var out []string
	for _, dir := range []string{filepath.Join(sharedDir, "seeds", "gold"), filepath.Join(sharedDir, "eval", "dev")} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			var doc struct{ Text string }
			if err := json.Unmarshal(raw, &doc); err != nil {
				b.Fatal(err)
			}
			out = append(out, doc.Text)
		}
	}
	if len(out) == 0 {
		b.Fatalf("no gold texts under %s", sharedDir)
	}
	return out
}

// BenchmarkExtractReal reports throughput on the seed and dev articles:
// real news, passages chosen because they are rich in facts.
func BenchmarkExtractReal(b *testing.B) { benchDocs(b, realTexts(b)) }
