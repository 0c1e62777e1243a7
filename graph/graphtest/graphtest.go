// Package graphtest holds the test helpers for code that needs Neo4j: it
// opens the test database named by NEO4J_URI, wipes it, and loads fixtures
// such as the gold annotations in ../shared.
package graphtest

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/cigraph/cigraph/graph"
)

// URI returns NEO4J_URI or fails the test with how to get one.
func URI(t testing.TB) string {
	t.Helper()
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		t.Fatalf("NEO4J_URI is not set: run tests via `make test` or set NEO4J_URI (for example with `bin/cigraph neo4j exec --data DIR -- go test ./...`)")
	}
	return uri
}

// Config is the store configuration for the test database (NEO4J_USER and
// NEO4J_PASSWORD are used when set).
func Config(t testing.TB) graph.Config {
	return graph.Config{URI: URI(t), User: os.Getenv("NEO4J_USER"), Password: os.Getenv("NEO4J_PASSWORD"),
		Database: os.Getenv("NEO4J_DATABASE"), ConnectTimeout: 15 * time.Second}
}

// Open connects to the test database, ensures the schema, deletes every
// node and relationship, and closes the store when the test ends.
func Open(t testing.TB) *graph.Store {
	t.Helper()
	ctx := context.Background()
	cfg := Config(t)
	Wipe(t, cfg)
	store, err := graph.Open(ctx, cfg)
	if err != nil {
		t.Fatalf("open Neo4j at %s: %v", cfg.URI, err)
	}
	t.Cleanup(func() { _ = store.Close(context.Background()) })
	schemaOnce.Do(func() { schemaErr = store.EnsureSchema(ctx) })
	if schemaErr != nil {
		t.Fatalf("ensure schema: %v", schemaErr)
	}
	return store
}

// The schema outlives Wipe, so one EnsureSchema (with its wait for the
// indexes) per test process is enough.
var (
	schemaOnce sync.Once
	schemaErr  error
)

// Wipe deletes all data (not the schema) in batches.
func Wipe(t testing.TB, cfg graph.Config) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	auth := neo4j.NoAuth()
	if cfg.User != "" {
		auth = neo4j.BasicAuth(cfg.User, cfg.Password, "")
	}
	drv, err := neo4j.NewDriverWithContext(cfg.URI, auth)
	if err != nil {
		t.Fatalf("neo4j driver for %s: %v", cfg.URI, err)
	}
	defer drv.Close(ctx)
	sess := drv.NewSession(ctx, neo4j.SessionConfig{DatabaseName: cfg.Database})
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		t.Fatalf("wipe Neo4j at %s: %v", cfg.URI, err)
	}
}

// ModuleRoot is the directory holding go.mod, found upwards from the
// working directory.
func ModuleRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatalf("getwd: %v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatalf("no go.mod above the working directory")
		}
		dir = parent
	}
}

// SharedDir is ../shared next to the module root (seeds, gold files, eval).
func SharedDir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join(ModuleRoot(t), "..", "shared")
	if _, err := os.Stat(dir); err != nil {
		t.Fatalf("shared folder: %v", err)
	}
	return dir
}

// GoldFiles lists the seed gold annotations (seeds/gold/*.json).
func GoldFiles(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(SharedDir(t), "seeds", "gold", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no gold files under %s (err %v)", SharedDir(t), err)
	}
	return files
}

// ReadDocument decodes one gold or extracted JSON file.
func ReadDocument(t testing.TB, path string) graph.Document {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	var doc graph.Document
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatalf("decode %s: %v", path, err)
	}
	return doc
}

// LoadGold imports one gold file into store and returns the document.
func LoadGold(t testing.TB, store *graph.Store, path string) graph.Document {
	t.Helper()
	doc := ReadDocument(t, path)
	if doc.Extractor == "" {
		doc.Extractor = "gold"
	}
	if _, err := store.ImportDocument(context.Background(), doc); err != nil {
		t.Fatalf("import %s: %v", path, err)
	}
	return doc
}

// Rows runs a read-only Cypher statement against the test database and
// returns its records as maps; tests use it to check what the store wrote
// (roll-up relationships, edges) without going through the API under test.
func Rows(t testing.TB, cypher string, params map[string]any) []map[string]any {
	t.Helper()
	cfg := Config(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	auth := neo4j.NoAuth()
	if cfg.User != "" {
		auth = neo4j.BasicAuth(cfg.User, cfg.Password, "")
	}
	drv, err := neo4j.NewDriverWithContext(cfg.URI, auth)
	if err != nil {
		t.Fatalf("neo4j driver: %v", err)
	}
	defer drv.Close(ctx)
	res, err := neo4j.ExecuteQuery(ctx, drv, cypher, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(cfg.Database), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		t.Fatalf("query %q: %v", cypher, err)
	}
	out := make([]map[string]any, len(res.Records))
	for i, r := range res.Records {
		out[i] = r.AsMap()
	}
	return out
}
