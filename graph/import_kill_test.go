package graph_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph"
	"github.com/cigraph/cigraph/graph/graphtest"
)

const (
	killDocs      = 30
	killClaimsPer = 40
)

// syntheticDoc is article n of a made-up feed: one vendor, many buyers.
func syntheticDoc(n int) graph.Document {
	d := graph.Document{Article: graph.Article{URL: fmt.Sprintf("https://feed.example.test/item/%d", n)}, Published: "2024-01-15"}
	vendor := fmt.Sprintf("Vendor %d", n%5)
	d.Entities = append(d.Entities, graph.Entity{Name: vendor, Type: graph.Org})
	for i := range killClaimsPer {
		buyer := fmt.Sprintf("Buyer %d", i)
		d.Entities = append(d.Entities, graph.Entity{Name: buyer, Type: graph.Org})
		d.Relations = append(d.Relations, graph.Relation{Type: graph.CustomerOf, Subject: buyer, Object: vendor,
			Amount:   &graph.Amount{Value: float64(1000 * (i + 1)), Unit: "USD", Period: "month"},
			Evidence: fmt.Sprintf("Item %d says %s pays %s.", n, buyer, vendor)})
	}
	return d
}

// TestImportKillChild is the child process of TestImportKilledMidway: it
// imports the synthetic feed and reports each commit. It does nothing when
// run normally.
func TestImportKillChild(t *testing.T) {
	if os.Getenv("CIGRAPH_IMPORT_CHILD") != "1" {
		return
	}
	store, err := graph.Open(context.Background(), graphtest.Config(t))
	require.NoError(t, err)
	for n := range killDocs {
		res, err := store.ImportDocument(context.Background(), syntheticDoc(n))
		require.NoError(t, err)
		fmt.Printf("committed %s\n", res.ArticleID)
	}
}

func TestImportKilledMidway(t *testing.T) {
	store := graphtest.Open(t)
	cmd := exec.Command(os.Args[0], "-test.run=^TestImportKillChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), "CIGRAPH_IMPORT_CHILD=1")
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	var committed []string
	sc := bufio.NewScanner(out)
	for sc.Scan() && len(committed) < 3 {
		if id, ok := strings.CutPrefix(sc.Text(), "committed "); ok {
			committed = append(committed, id)
		}
	}
	require.NoError(t, cmd.Process.Kill()) // SIGKILL, most likely inside the next transaction
	_ = cmd.Wait()
	require.Len(t, committed, 3, "child reported commits")

	perArticle := graphtest.Rows(t, `MATCH (a:Article) OPTIONAL MATCH (c:Claim)-[:REPORTED_IN]->(a)
		RETURN a.id AS id, count(c) AS claims`, nil)
	stored := map[string]int64{}
	for _, r := range perArticle {
		stored[r["id"].(string)] = r["claims"].(int64)
	}
	for _, id := range committed {
		assert.Contains(t, stored, id, "committed article lost")
	}
	for id, n := range stored {
		assert.EqualValues(t, killClaimsPer, n, "article %s is incomplete", id)
	}
	assert.Less(t, len(stored), killDocs, "the child was killed before the end")
	orphans := graphtest.Rows(t, "MATCH (c:Claim) WHERE NOT (c)-[:REPORTED_IN]->() RETURN count(c) AS n", nil)
	assert.EqualValues(t, 0, orphans[0]["n"])

	// Running the feed again completes it without duplicating anything.
	for n := range killDocs {
		_, err := store.ImportDocument(context.Background(), syntheticDoc(n))
		require.NoError(t, err)
	}
	counts, err := store.Counts(context.Background())
	require.NoError(t, err)
	assert.Equal(t, killDocs, counts.Articles)
	assert.Equal(t, killDocs*killClaimsPer, counts.Claims)
	assert.Equal(t, killClaimsPer+5, counts.Entities)
}
