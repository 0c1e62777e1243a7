package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/export"
	"github.com/cigraph/cigraph/graph"
	"github.com/cigraph/cigraph/graph/graphtest"
)

func loadGold(t *testing.T) *graph.Store {
	store := graphtest.Open(t)
	for _, f := range graphtest.GoldFiles(t) {
		graphtest.LoadGold(t, store, f)
	}
	return store
}

func TestExportCommandFormats(t *testing.T) {
	store := loadGold(t)
	ctx := context.Background()
	counts, err := store.Counts(ctx)
	require.NoError(t, err)
	vars := map[string]string{"NEO4J_URI": graphtest.URI(t)}
	dir := t.TempDir()

	// JSONL of the whole graph to stdout: every entity, then the claims.
	env, out, errb := cliEnv("", vars)
	require.NoError(t, run(ctx, env, []string{"export", "--format", "jsonl"}), errb.String())
	records := map[string]int{}
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var rec struct{ Record, Evidence string }
		require.NoError(t, json.Unmarshal([]byte(line), &rec))
		records[rec.Record]++
		if rec.Record == "claim" {
			assert.NotEmpty(t, rec.Evidence)
		}
	}
	assert.Equal(t, counts.Entities, records["node"])
	assert.Greater(t, records["claim"], 10)

	// GraphML around TikTok into a file: valid XML, TikTok and Microsoft
	// connected, each metric a node linked from its entity.
	gml := filepath.Join(dir, "tiktok.graphml")
	env, _, errb = cliEnv("", vars)
	require.NoError(t, run(ctx, env, []string{"export", "--format", "graphml", "--around", "TikTok", "--depth", "1", "--out", gml}), errb.String())
	var doc struct {
		Graph struct {
			Nodes []struct {
				ID string `xml:"id,attr"`
			} `xml:"node"`
			Edges []struct {
				Source, Target string `xml:",attr"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	raw, err := os.ReadFile(gml)
	require.NoError(t, err)
	require.NoError(t, xml.Unmarshal(raw, &doc))
	entities, metrics := 0, 0
	for _, n := range doc.Graph.Nodes {
		if strings.HasPrefix(n.ID, "c:") {
			metrics++
		} else {
			entities++
		}
	}
	assert.Less(t, entities, counts.Entities)
	assert.Positive(t, metrics, "metric claims are nodes")
	assert.Equal(t, metrics, strings.Count(string(raw), "<data key=\"e_type\">"+export.HasMetric+"</data>"))
	assert.Contains(t, string(raw), `source="org:tiktok"`)

	// CSV into a folder, rolled up.
	csvDir := filepath.Join(dir, "csv")
	env, _, errb = cliEnv("", vars)
	require.NoError(t, run(ctx, env, []string{"export", "--format", "csv", "--rollup", "--out", csvDir}), errb.String())
	for _, name := range []string{"nodes.csv", "edges.csv", "metrics.csv"} {
		f, err := os.Open(filepath.Join(csvDir, name))
		require.NoError(t, err)
		rows, err := csv.NewReader(f).ReadAll()
		f.Close()
		require.NoError(t, err, name)
		assert.Greater(t, len(rows), 1, name)
	}
}

func TestExportCommandErrors(t *testing.T) {
	for name, c := range map[string]struct {
		args []string
		want string
	}{
		"format":  {[]string{"--format", "xlsx"}, `export format "xlsx"`},
		"csv out": {[]string{"--format", "csv"}, "csv needs --out DIR"},
		"extra":   {[]string{"--format", "jsonl", "stray"}, "unexpected arguments"},
	} {
		env, _, errb := cliEnv("", nil)
		err := run(context.Background(), env, append([]string{"export"}, c.args...))
		require.Error(t, err, name)
		assert.Equal(t, 2, exitCode(env, err), name)
		assert.Contains(t, errb.String(), c.want, name)
	}
	env, _, errb := cliEnv("", map[string]string{"NEO4J_URI": graphtest.URI(t)})
	graphtest.Open(t)
	err := run(context.Background(), env, []string{"export", "--around", "Nobody Inc"})
	require.Error(t, err)
	assert.Equal(t, 1, exitCode(env, err))
	assert.Contains(t, errb.String(), "not found")
}
