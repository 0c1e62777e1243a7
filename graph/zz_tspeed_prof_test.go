//go:build tspeedprof

package graph_test

import (
	"context"
	"testing"
	"time"

	"github.com/cigraph/cigraph/graph"
	"github.com/cigraph/cigraph/graph/graphtest"
)

func TestTspeedPhases(t *testing.T) {
	ctx := context.Background()
	cfg := graphtest.Config(t)
	for i := 0; i < 3; i++ {
		t0 := time.Now()
		graphtest.Wipe(t, cfg)
		t1 := time.Now()
		store, err := graph.Open(ctx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		t2 := time.Now()
		if err := store.EnsureSchema(ctx); err != nil {
			t.Fatal(err)
		}
		t3 := time.Now()
		t.Logf("wipe %v open %v schema %v", t1.Sub(t0), t2.Sub(t1), t3.Sub(t2))
		for _, f := range graphtest.GoldFiles(t) {
			doc := graphtest.ReadDocument(t, f)
			doc.Extractor = "gold"
			s := time.Now()
			_, err := store.ImportDocument(ctx, doc)
			t.Logf("import %s (%d rel %d met): %v err=%v", f[len(f)-20:], len(doc.Relations), len(doc.Metrics), time.Since(s), err)
			s = time.Now()
			_, err = store.ImportDocument(ctx, doc)
			t.Logf("  reimport %v err=%v", time.Since(s), err)
		}
		store.Close(ctx)
	}
}

func TestTspeedMerge(t *testing.T) {
	ctx := context.Background()
	tm := func(name string, f func() error) {
		s := time.Now()
		err := f()
		t.Logf("%-12s %8v err=%v", name, time.Since(s).Round(time.Millisecond), err)
	}
	for round := 0; round < 2; round++ {
		var store *graph.Store
		tm("open", func() error { store = graphtest.Open(t); return nil })
		for _, f := range graphtest.GoldFiles(t) {
			tm("load", func() error { graphtest.LoadGold(t, store, f); return nil })
		}
		tm("counts", func() error { _, err := store.Counts(ctx); return err })
		tm("merge", func() error { _, err := store.MergeEntities(ctx, "ByteDance", "TikTok"); return err })
		var cs []graph.Claim
		tm("claims", func() error {
			var err error
			cs, err = store.Claims(ctx, graph.ClaimFilter{Subject: "Intuit", Object: "Amazon", Type: graph.CustomerOf})
			return err
		})
		tm("retract", func() error { _, err := store.RetractClaim(ctx, cs[0].ID, "x"); return err })
		for i := 0; i < 2; i++ {
			tm("byname", func() error { _, err := store.EntityByName(ctx, "TikTok"); return err })
			tm("exposure", func() error {
				_, err := store.Exposure(ctx, graph.ExposureQuery{Supplier: "Microsoft", To: "ByteDance"})
				return err
			})
			tm("switches", func() error { _, err := store.Switches(ctx, "Intuit"); return err })
			tm("deps", func() error {
				_, err := store.Dependencies(ctx, graph.DependencyQuery{Of: "OpenAI", Direction: graph.Downstream})
				return err
			})
			tm("byids", func() error { _, err := store.ClaimsByIDs(ctx, []string{cs[0].ID}); return err })
			for _, f := range graphtest.GoldFiles(t) {
				tm("reload", func() error { graphtest.LoadGold(t, store, f); return nil })
			}
		}
	}
}

func TestTspeedSettings(t *testing.T) {
	for _, r := range graphtest.Rows(t, "SHOW SETTINGS YIELD name, value, isDynamic WHERE name CONTAINS 'cypher' RETURN name, value, isDynamic", nil) {
		t.Log(r)
	}
}
