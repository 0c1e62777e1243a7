// Package neo4jlocal runs a real local Neo4j Community server for `serve`
// without NEO4J_URI, for tests and for CI: an embedded Neo4j with Bolt on
// 127.0.0.1, built by Maven under launcher/ and started and stopped from Go
// as a java child process. One data folder holds one server: a file lock
// and a state file let a second command find and reuse it.
package neo4jlocal

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"time"
)

// Sentinel errors of the package.
var (
	ErrNoJava      = errors.New("java not found")
	ErrNoLauncher  = errors.New("neo4j launcher not built")
	ErrLocked      = errors.New("local neo4j of this data folder is already running or starting")
	ErrStartFailed = errors.New("local neo4j failed to start")
	ErrNotRunning  = errors.New("local neo4j is not running")
)

// Config says where and how to run the local Neo4j.
type Config struct {
	DataDir     string // the store, logs, lock and state file live here
	Port        int    // Bolt port on 127.0.0.1; 0 picks a free one
	HeapMB      int    // JVM heap (default 1024)
	PageCacheMB int    // Neo4j page cache (default 128)
	// LauncherDir is the launcher's target folder (neo4j-launcher.jar and
	// lib/). Default: $CIGRAPH_NEO4J_LAUNCHER, then next to the executable
	// (../graph/neo4jlocal/launcher/target), then up from the working directory.
	LauncherDir  string
	StartTimeout time.Duration // default 90s
	Log          *slog.Logger  // nil discards
	// JavaOpts are extra JVM options, after the defaults (for example
	// "-XX:TieredStopAtLevel=4" for full JIT on long-running servers).
	JavaOpts []string
	// Detached starts a server that outlives this process (cigraph neo4j
	// start); otherwise it exits by itself when this process dies.
	Detached bool
}

func (c Config) withDefaults() (Config, error) {
	if c.DataDir == "" {
		return c, fmt.Errorf("neo4jlocal: empty data folder")
	}
	abs, err := filepath.Abs(c.DataDir)
	if err != nil {
		return c, fmt.Errorf("neo4jlocal: data folder %q: %w", c.DataDir, err)
	}
	c.DataDir = abs
	if c.HeapMB <= 0 {
		c.HeapMB = 1024
	}
	if c.PageCacheMB <= 0 {
		c.PageCacheMB = 128
	}
	if c.StartTimeout <= 0 {
		c.StartTimeout = 90 * time.Second
	}
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
	return c, nil
}

// Server is a local Neo4j started by this process.
type Server struct {
	cfg    Config
	cmd    *exec.Cmd
	pid    int
	uri    string
	lock   *os.File
	done   chan struct{} // closed when the java process has exited
	start  time.Duration
	ready  bool   // answered once: its class archive is worth keeping
	cdsTmp string // class archive it records at exit, if any
	handed bool   // left running for borrowers (handOver)
}

// URI is the Bolt URI of the server, bolt://127.0.0.1:PORT.
func (s *Server) URI() string { return s.uri }

// PID is the process id of the java process.
func (s *Server) PID() int { return s.pid }

// StartDuration is how long Start took until Neo4j answered.
func (s *Server) StartDuration() time.Duration { return s.start }

// Start runs a local Neo4j on cfg.DataDir and returns once it answers Bolt.
// It fails with ErrLocked when the folder's server is already running.
func Start(ctx context.Context, cfg Config) (*Server, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	t0 := time.Now()
	java, launcher, err := prerequisites(cfg)
	if err != nil {
		return nil, err
	}
	lock, err := acquireLock(cfg.DataDir)
	if err != nil {
		return nil, err
	}
	srv, err := spawn(ctx, cfg, java, launcher, lock)
	if err != nil {
		_ = lock.Close()
		return nil, err
	}
	srv.start = time.Since(t0)
	cfg.Log.Info("local neo4j started", "uri", srv.uri, "pid", srv.PID(), "took", srv.start.Round(time.Millisecond))
	return srv, nil
}

// Stop shuts Neo4j down with SIGTERM, waits for it within ctx (at most
// 60s), then kills it. It is safe to call more than once. While other
// commands still use the server (Borrow), Stop hands it over instead: it
// keeps running and stops by itself when the last of them is done.
func (s *Server) Stop(ctx context.Context) error {
	if s.handed {
		return nil
	}
	if !s.exited() && borrowed(s.cfg.DataDir) {
		return s.handOver()
	}
	defer s.release()
	defer removeState(s.cfg.DataDir, s.PID())
	return s.terminate(ctx)
}

// terminate ends the java process (keeping the folder's lock).
func (s *Server) terminate(ctx context.Context) error {
	defer func() { publishCDS(s.cdsTmp, s.ready); s.cdsTmp = "" }()
	if s.exited() {
		return nil
	}
	_ = syscall.Kill(-s.PID(), syscall.SIGTERM)
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	select {
	case <-s.done:
		s.cfg.Log.Info("local neo4j stopped", "pid", s.PID())
		return nil
	case <-ctx.Done():
	}
	s.ready = false // a killed JVM may leave a partial class archive
	_ = syscall.Kill(-s.PID(), syscall.SIGKILL)
	<-s.done
	return fmt.Errorf("local neo4j pid %d did not stop in time, killed: %w", s.PID(), ctx.Err())
}

// Detach lets the server outlive this process: it keeps running (and keeps
// the folder's lock) until `Stop`ped through StopRunning.
func (s *Server) Detach() {
	s.release()
	_ = s.cmd.Process.Release()
}

func (s *Server) release() {
	if s.lock != nil {
		_ = s.lock.Close()
		s.lock = nil
	}
}

func (s *Server) exited() bool {
	select {
	case <-s.done:
		return true
	default:
		return false
	}
}
