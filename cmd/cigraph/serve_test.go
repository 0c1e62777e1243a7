package main

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph/graphtest"
)

// `cigraph serve` answers on its address and shuts down cleanly when its
// context ends (what SIGTERM does in main).
func TestServeStartsAndShutsDown(t *testing.T) {
	graphtest.URI(t) // needs the test Neo4j
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := ln.Addr().String()
	require.NoError(t, ln.Close())

	var logs bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard, Getenv: os.Getenv,
		Log: slog.New(slog.NewTextHandler(&logs, nil))}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- run(ctx, env, []string{"serve", "--addr", addr, "--data", t.TempDir()}) }()

	var resp *http.Response
	require.Eventually(t, func() bool {
		resp, err = http.Get("http://" + addr + "/readyz")
		return err == nil && resp.StatusCode == http.StatusOK
	}, 30*time.Second, 100*time.Millisecond)
	_ = resp.Body.Close()
	resp, err = http.Post("http://"+addr+"/graphql", "application/json", strings.NewReader(`{"query":"{ stats { entities } }"}`))
	require.NoError(t, err)
	body, _ := io.ReadAll(resp.Body)
	_ = resp.Body.Close()
	assert.Contains(t, string(body), `"stats"`)

	cancel()
	select {
	case err := <-done:
		assert.NoError(t, err)
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not shut down")
	}
	assert.Contains(t, logs.String(), "shutting down")
}

// `cigraph serve --sources` ingests unattended and /metrics counts what
// that scheduler stored, not only the API's ingestText.
func TestServeSourcesCountedInMetrics(t *testing.T) {
	graphtest.Wipe(t, graphtest.Config(t))
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "news"), 0o755))
	doc := "---\ntitle: Metrics check\nurl: https://example.test/metrics-check\npublished: 2024-05-02\n---\n" +
		strings.Repeat("Contoso Ltd said on Thursday that it buys cloud services from Fabrikam Inc. under a three-year agreement. ", 4) + "\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "news", "one.md"), []byte(doc), 0o644))
	yaml := "sources:\n  - name: local\n    folder: news\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "sources.yaml"), []byte(yaml), 0o644))
	metrics := serveUntilRunCounted(t, "--sources", filepath.Join(dir, "sources.yaml"))
	assert.Contains(t, metrics, `cigraph_ingest_documents_total{outcome="new",via="sources"} 1`)
	assert.Contains(t, metrics, `cigraph_ingest_facts_total{via="sources"}`)
}

func freeAddr(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer func() { _ = ln.Close() }()
	return ln.Addr().String()
}

// syncBuffer is a log sink safe for the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestTxTimeoutStaysUnderRequestTimeout(t *testing.T) {
	for _, req := range []time.Duration{2 * time.Second, 10 * time.Second, 35 * time.Second, 5 * time.Minute} {
		tx := txTimeout(req)
		assert.Positive(t, tx, req)
		assert.Less(t, tx, req, req)
	}
	assert.Equal(t, 30*time.Second, txTimeout(35*time.Second))
}

// serveUntilRunCounted runs `cigraph serve` with extra args on a free port
// until /metrics counts a finished ingest run, and returns the metrics page.
func serveUntilRunCounted(t *testing.T, args ...string) string {
	t.Helper()
	addr := freeAddr(t)
	var logs syncBuffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard, Getenv: os.Getenv,
		Log: slog.New(slog.NewTextHandler(&logs, nil))}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, env, append([]string{"serve", "--addr", addr, "--data", t.TempDir(), "--warm=false"}, args...))
	}()
	defer func() { cancel(); <-done }()

	var metrics string
	ok := assert.Eventually(t, func() bool {
		resp, err := http.Get("http://" + addr + "/metrics")
		if err != nil {
			return false
		}
		b, _ := io.ReadAll(resp.Body)
		_ = resp.Body.Close()
		metrics = string(b)
		return strings.Contains(metrics, `cigraph_ingest_runs_total{`)
	}, 60*time.Second, 200*time.Millisecond)
	require.True(t, ok, "no run was counted; logs:\n%s", logs.String())
	require.True(t, strings.Contains(metrics, `cigraph_ingest_runs_total{status="ok"} 1`), "logs:\n%s", logs.String())
	return metrics
}
