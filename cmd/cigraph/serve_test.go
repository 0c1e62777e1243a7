package main

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
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
