package graph_test

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/cigraph/cigraph/graph"
	"github.com/cigraph/cigraph/graph/graphtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Articles that share entities, imported at once by several workers, do
// not deadlock: every import takes its locks in one order (entities by
// id, roll-ups by type and pair). The store here does not retry, so a
// deadlock would surface as an error instead of a retry.
func TestConcurrentImportsDoNotDeadlock(t *testing.T) {
	graphtest.Open(t) // wiped, with the schema
	cfg := graphtest.Config(t)
	cfg.RetryTime = time.Nanosecond
	ctx := context.Background()
	store, err := graph.Open(ctx, cfg)
	require.NoError(t, err)
	defer store.Close(ctx)

	const workers, each = 4, 10
	var mu sync.Mutex
	var errs []error
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				if _, err := store.ImportDocument(ctx, lockDoc(w, i)); err != nil {
					mu.Lock()
					errs = append(errs, err)
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	require.Empty(t, errs)
	counts, err := store.Counts(ctx)
	require.NoError(t, err)
	assert.Equal(t, workers*each, counts.Articles)
}

// lockDoc is article i of worker w: the same six companies as every other
// article, named and related in an order that differs between workers.
func lockDoc(w, i int) graph.Document {
	names := []string{"Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay"}
	if w%2 == 1 {
		slices.Reverse(names)
	}
	k := (i + w) % len(names)
	names = append(names[k:], names[:k]...)
	doc := graph.Document{
		Article:   graph.Article{URL: fmt.Sprintf("https://example.test/locks/%d/%d", w, i), Text: fmt.Sprintf("Story %d of desk %d.", i, w)},
		Published: "2024-05-02",
	}
	for j, n := range names {
		doc.Entities = append(doc.Entities, graph.Entity{Name: n, Type: graph.Org})
		next := names[(j+1)%len(names)]
		doc.Relations = append(doc.Relations,
			graph.Relation{Type: graph.CustomerOf, Subject: n, Object: next, Status: "current", Evidence: n + " buys from " + next + "."},
			graph.Relation{Type: graph.PartnersWith, Subject: next, Object: n, Status: "current", Evidence: next + " works with " + n + "."})
	}
	return doc
}
