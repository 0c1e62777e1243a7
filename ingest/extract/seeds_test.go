package extract

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const sharedDir = "../../../shared"

// TestSeedsEndToEnd scores the extractor on the seed gold with the project's
// scorer (read from ../shared at run time) and asserts the seed targets.
func TestSeedsEndToEnd(t *testing.T) {
	gold := filepath.Join(sharedDir, "seeds", "gold")
	files, err := filepath.Glob(filepath.Join(gold, "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, files, "seed gold not found under %s", gold)
	pred := t.TempDir()
	r := rules(t)
	for _, f := range files {
		var doc struct{ Text, Published string }
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		require.NoError(t, json.Unmarshal(b, &doc))
		pub, _ := time.Parse("2006-01-02", doc.Published)
		out, err := r.Extract(context.Background(), Input{Text: doc.Text, Published: pub})
		require.NoError(t, err)
		js, err := json.Marshal(out)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(pred, filepath.Base(f)), js, 0o644))
	}
	cmd := exec.Command("python3", filepath.Join(sharedDir, "eval", "score.py"), gold, "--pred", pred, "--json")
	raw, err := cmd.Output()
	require.NoError(t, err, string(raw))
	text := string(raw)
	res := map[string]map[string]float64{}
	require.NoError(t, json.Unmarshal([]byte(text[strings.Index(text, "{"):strings.LastIndex(text, "}")+1]), &res))
	assert.GreaterOrEqual(t, res["relations"]["f1"], 0.95)
	for _, k := range []string{"amounts", "shares"} {
		assert.Equal(t, res[k]["of"], res[k]["correct"], k)
	}
}
