package main

import (
	"bytes"
	"context"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph/neo4jlocal"
)

// neo4jTestEnv is an Env whose environment holds only vars (no NEO4J_URI
// inherited from `make test`), so the local Neo4j of the folder is used.
func neo4jTestEnv(vars map[string]string) (*Env, *bytes.Buffer) {
	out := &bytes.Buffer{}
	return &Env{Stdout: out, Stderr: out, Log: slog.New(slog.DiscardHandler),
		Getenv: func(k string) string { return vars[k] }}, out
}

func TestNeo4jStartStatusExecStop(t *testing.T) {
	ctx := context.Background()
	data := filepath.Join(t.TempDir(), "data")
	env, out := neo4jTestEnv(map[string]string{"CIGRAPH_NEO4J_HEAP_MB": "512"})
	t.Cleanup(func() { _ = neo4jlocal.StopRunning(ctx, data) })

	require.NoError(t, run(ctx, env, []string{"neo4j", "start", "--data", data}))
	assert.Contains(t, out.String(), "neo4j running at bolt://127.0.0.1:")
	uri, ok := neo4jlocal.Running(data)
	require.True(t, ok)

	out.Reset()
	require.NoError(t, run(ctx, env, []string{"neo4j", "status", "--data", data}))
	assert.Contains(t, out.String(), uri)
	assert.Contains(t, out.String(), "MiB resident")
	assert.Contains(t, out.String(), "0 entities")

	// exec reuses the running server, passes its URI and CMD's exit code, and leaves it running.
	err := run(ctx, env, []string{"neo4j", "exec", "--data", data, "--", "sh", "-c", `test "$NEO4J_URI" = "` + uri + `" && exit 3`})
	var ee *ExitError
	require.ErrorAs(t, err, &ee)
	assert.Equal(t, 3, ee.Code)
	_, ok = neo4jlocal.Running(data)
	require.True(t, ok, "exec must not stop a server it did not start")

	// openGraph reuses it too and its cleanup leaves it running.
	store, cleanup, err := openGraph(ctx, env, data)
	require.NoError(t, err)
	_, err = store.Counts(ctx)
	require.NoError(t, err)
	cleanup()
	_, ok = neo4jlocal.Running(data)
	require.True(t, ok)

	out.Reset()
	require.NoError(t, run(ctx, env, []string{"neo4j", "stop", "--data", data}))
	assert.Contains(t, out.String(), "neo4j stopped")
	out.Reset()
	require.NoError(t, run(ctx, env, []string{"neo4j", "status", "--data", data}))
	assert.Contains(t, out.String(), "neo4j stopped")
	assert.Contains(t, out.String(), "a graph is stored there", "status points at the stored graph")
}

func TestNeo4jExecStartsAndStops(t *testing.T) {
	ctx := context.Background()
	data := filepath.Join(t.TempDir(), "data")
	env, _ := neo4jTestEnv(map[string]string{"CIGRAPH_NEO4J_HEAP_MB": "512"})
	t.Cleanup(func() { _ = neo4jlocal.StopRunning(ctx, data) })

	t0 := time.Now()
	require.NoError(t, run(ctx, env, []string{"neo4j", "exec", "--data", data, "--", "sh", "-c", `case "$NEO4J_URI" in bolt://127.0.0.1:*) exit 0;; esac; exit 1`}))
	t.Logf("exec with a cold start took %s", time.Since(t0))
	_, ok := neo4jlocal.Running(data)
	assert.False(t, ok, "exec stops the server it started")

	err := run(ctx, env, []string{"neo4j", "exec", "--data", data})
	var ee *ExitError
	require.ErrorAs(t, err, &ee)
	assert.Equal(t, 2, ee.Code)
}

func TestOpenGraphUsesNeo4jURI(t *testing.T) {
	// An unreachable NEO4J_URI is used as given: no local server is started.
	env, _ := neo4jTestEnv(map[string]string{"NEO4J_URI": "bolt://127.0.0.1:1"})
	data := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_, _, err := openGraph(ctx, env, data)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "bolt://127.0.0.1:1")
	assert.NoFileExists(t, filepath.Join(data, "neo4j.lock"))
}
