package ingest_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph"
	"github.com/cigraph/cigraph/graph/graphtest"
	"github.com/cigraph/cigraph/ingest"
	"github.com/cigraph/cigraph/ingest/sources"
)

func TestWeighByTrust(t *testing.T) {
	ex := graph.Extraction{
		Relations: []graph.Relation{{Type: graph.CustomerOf, Subject: "A", Object: "B", Confidence: 0.8}, {Type: graph.CustomerOf, Subject: "C", Object: "D"}},
		Metrics:   []graph.Metric{{Subject: "A", Metric: "revenue", Value: 1, Confidence: 0.5}},
	}
	got := ingest.WeighByTrust(ex, 0.5)
	assert.InDelta(t, 0.4, got.Relations[0].Confidence, 1e-9)
	assert.InDelta(t, 0.5, got.Relations[1].Confidence, 1e-9, "unset confidence counts as 1")
	assert.InDelta(t, 0.25, got.Metrics[0].Confidence, 1e-9)
	assert.InDelta(t, 0.8, ex.Relations[0].Confidence, 1e-9, "input untouched")
	assert.Equal(t, ex, ingest.WeighByTrust(ex, 1), "full trust changes nothing")
	assert.InDelta(t, 0.01, ingest.WeighByTrust(ex, 0).Relations[0].Confidence, 1e-9, "never zero (unknown)")
}

func TestSourceTrustWeighsStoredConfidence(t *testing.T) {
	store := graphtest.Open(t)
	ctx := context.Background()
	wire, blog := t.TempDir(), t.TempDir()
	write := func(dir, buyer string) {
		body := fmt.Sprintf("---\ntitle: %s deal\nurl: https://%s.example/%s\n---\n\n%s\n",
			buyer, filepath.Base(dir), buyer, story(buyer, "Contoso"))
		require.NoError(t, os.WriteFile(filepath.Join(dir, buyer+".md"), []byte(body), 0o600))
	}
	write(wire, "Alpha")
	write(blog, "Bravo")
	y := fmt.Sprintf("sources:\n- {name: wire, folder: %s, trust: 0.9}\n- {name: blog, folder: %s, trust: 0.2}\n", wire, blog)
	srcs, err := sources.Parse([]byte(y), t.TempDir())
	require.NoError(t, err)
	inner := testExtractor()
	sure := ingest.ExtractFunc(func(ctx context.Context, text string, pub time.Time, url string) (graph.Extraction, error) {
		ex, err := inner.Extract(ctx, text, pub, url)
		for i := range ex.Relations {
			ex.Relations[i].Confidence = 0.8
		}
		return ex, err
	})
	run, err := ingest.New(ingest.Config{Workers: 2}, store, sure, nil).RunOnce(ctx, srcs, ingest.RunOptions{Trigger: "test"})
	require.NoError(t, err)
	require.Equal(t, 2, run.New)
	for buyer, want := range map[string]float64{"Alpha": 0.72, "Bravo": 0.16} {
		claims, err := store.Claims(ctx, graph.ClaimFilter{Subject: buyer, First: 10})
		require.NoError(t, err)
		require.Len(t, claims, 1, buyer)
		assert.InDelta(t, want, claims[0].Confidence, 1e-9, buyer)
	}
}
