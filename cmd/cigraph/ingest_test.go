package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph"
	"github.com/cigraph/cigraph/graph/graphtest"
)

func testEnv(vars map[string]string) (*Env, *bytes.Buffer) {
	out := &bytes.Buffer{}
	return &Env{Stdin: strings.NewReader(""), Stdout: out, Stderr: out,
		Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Getenv: func(k string) string { return vars[k] }}, out
}

// badDocs are broken extraction files, in our own words, with the field
// each error must name.
var badDocs = map[string]struct{ body, want string }{
	"malformed.json": {`{"entities": [ {"name": "Acme", "type": "ORG"} `, "malformed JSON"},
	"badtype.json": {`{"entities": [{"name": "Acme", "type": "ORG"}, {"name": "Globex", "type": "ORG"}],
		"relations": [{"type": "LIKES", "subject": "Acme", "object": "Globex", "evidence": "Acme likes Globex."}]}`,
		`relations[0].type: unknown relation type "LIKES"`},
	"undeclared.json": {`{"entities": [{"name": "Acme", "type": "ORG"}],
		"relations": [{"type": "CUSTOMER_OF", "subject": "Acme", "object": "Initech", "evidence": "Acme buys from Initech."}]}`,
		`relations[0].object: "Initech" is not a declared entity`},
	"negative.json": {`{"entities": [{"name": "Acme", "type": "ORG"}, {"name": "Globex", "type": "ORG"}],
		"relations": [{"type": "CUSTOMER_OF", "subject": "Acme", "object": "Globex", "evidence": "Acme pays Globex.",
		"amount": {"value": -5, "unit": "USD", "period": "month"}}]}`, "relations[0].amount.value: negative amount"},
	"share.json": {`{"entities": [{"name": "Acme", "type": "ORG"}, {"name": "Globex", "type": "ORG"}],
		"relations": [{"type": "CUSTOMER_OF", "subject": "Acme", "object": "Globex", "evidence": "Acme is Globex.",
		"share_percent": 140}]}`, "relations[0].share_percent: 140 is over 100"},
	"wrongshape.json": {`{"entities": [{"name": "Acme", "type": "ORG"}], "relations": [{"type": "OFFERS", "subject": "Acme",
		"object": "Acme", "amount": {"value": "lots"}, "evidence": "x"}]}`, "relations.amount.value: string is not a float64"},
}

func TestIngestExtractedBatch(t *testing.T) {
	store := graphtest.Open(t)
	dir := t.TempDir()
	var files []string
	for name, bad := range badDocs {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(bad.body), 0o600))
		files = append(files, p)
	}
	gold := graphtest.GoldFiles(t)
	files = append([]string{gold[0]}, append(files, gold[1:]...)...)
	env, out := testEnv(map[string]string{"NEO4J_URI": graphtest.URI(t)})

	args := append([]string{"ingest", "--extracted"}, files...)
	err := run(context.Background(), env, append(args, "--data", filepath.Join(dir, "data")))
	var ee *ExitError
	require.ErrorAs(t, err, &ee, out.String())
	assert.Equal(t, 3, ee.Code)
	for name, bad := range badDocs {
		assert.Contains(t, out.String(), "FAIL "+filepath.Join(dir, name)+": ", name)
		assert.Contains(t, out.String(), bad.want, name)
	}
	assert.Contains(t, out.String(), fmt.Sprintf("%d files: %d loaded, %d failed", len(files), len(gold), len(badDocs)))

	counts, err := store.Counts(context.Background())
	require.NoError(t, err)
	assert.Equal(t, len(gold), counts.Articles)
	for _, name := range []string{"Acme", "Globex", "Initech"} {
		_, err := store.EntityByName(context.Background(), name)
		assert.ErrorIs(t, err, graph.ErrNotFound, name)
	}

	out.Reset() // again: everything already stored
	err = run(context.Background(), env, append([]string{"ingest", "--extracted", "--data", dir}, gold...))
	require.NoError(t, err)
	assert.Contains(t, out.String(), "already stored")
	after, err := store.Counts(context.Background())
	require.NoError(t, err)
	assert.Equal(t, counts, after)
}

func TestIngestExtractedMetadataOverride(t *testing.T) {
	store := graphtest.Open(t)
	env, out := testEnv(map[string]string{"NEO4J_URI": graphtest.URI(t)})
	gold := graphtest.GoldFiles(t)
	err := run(context.Background(), env, []string{"ingest", "--extracted", gold[0], "--url", "https://Example.test/x?utm_source=a",
		"--publisher", "Example News", "--published", "2024-07-01", "--title", "A title"})
	require.NoError(t, err, out.String())
	arts, err := store.Articles(context.Background(), 10, "")
	require.NoError(t, err)
	require.Len(t, arts, 1)
	assert.Equal(t, "https://example.test/x", arts[0].URL)
	assert.Equal(t, "Example News", arts[0].Publisher)
	assert.Equal(t, "A title", arts[0].Title)
	assert.Equal(t, "2024-07-01", arts[0].PublishedAt.Format(time.DateOnly))

	err = run(context.Background(), env, append([]string{"ingest", "--extracted", "--url", "https://example.test/y"}, gold...))
	var ee *ExitError
	require.ErrorAs(t, err, &ee)
	assert.Equal(t, 2, ee.Code)
}

func TestIngestUnreachableGraph(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := ln.Addr().String()
	require.NoError(t, ln.Close())
	env, _ := testEnv(map[string]string{"NEO4J_URI": "bolt://" + addr})
	start := time.Now()
	err = run(context.Background(), env, []string{"ingest", "--extracted", graphtest.GoldFiles(t)[0]})
	require.Error(t, err)
	assert.ErrorIs(t, err, graph.ErrUnavailable)
	assert.Contains(t, err.Error(), addr)
	assert.Less(t, time.Since(start), 15*time.Second)
}

func TestIngestDispatch(t *testing.T) {
	saved := ingestOther
	t.Cleanup(func() { ingestOther = saved })
	env, _ := testEnv(nil)

	ingestOther = nil
	err := run(context.Background(), env, []string{"ingest", "notes.txt"})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "no text ingestion")

	var got []string
	ingestOther = func(_ context.Context, _ *Env, args []string) error { got = args; return errors.New("called") }
	err = run(context.Background(), env, []string{"ingest", "--sources", "feeds.txt", "--every", "1h", "--published", "2024-01-01"})
	assert.EqualError(t, err, "called")
	assert.Equal(t, []string{"--sources", "feeds.txt", "--every", "1h", "--published", "2024-01-01"}, got)
}

func TestIngestCancelledBetweenDocuments(t *testing.T) {
	store := graphtest.Open(t)
	gold := graphtest.GoldFiles(t)
	env, out := testEnv(nil)
	ctx, cancel := context.WithCancel(context.Background())
	imp := importerFunc(func(ictx context.Context, doc graph.Document) (graph.ImportResult, error) {
		defer cancel() // the process is stopped right after the first commit
		return store.ImportDocument(ictx, doc)
	})
	err := ingestExtracted(ctx, env, imp, gold, docMeta{})
	require.ErrorIs(t, err, context.Canceled, out.String())
	counts, err := store.Counts(context.Background())
	require.NoError(t, err)
	assert.Equal(t, 1, counts.Articles, "the committed document stays, the next is not started")
}

type importerFunc func(ctx context.Context, doc graph.Document) (graph.ImportResult, error)

func (f importerFunc) ImportDocument(ctx context.Context, doc graph.Document) (graph.ImportResult, error) {
	return f(ctx, doc)
}

func TestIngestBadScheduleRefusedBeforeNeo4j(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	env, _ := testEnv(map[string]string{"CIGRAPH_DATA": data})
	for _, args := range [][]string{
		{"ingest", "--sources", "sample.yaml", "--cron", "every tuesday"},
		{"ingest", "--sources", "sample.yaml", "--every", "-5m"},
	} {
		err := run(context.Background(), env, args)
		var ee *ExitError
		require.ErrorAs(t, err, &ee, args)
		assert.Equal(t, 2, ee.Code, args)
		assert.NoDirExists(t, data, "no Neo4j was started for a bad flag")
	}
}
