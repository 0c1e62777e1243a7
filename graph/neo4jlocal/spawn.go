package neo4jlocal

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

const readyLine = "CIGRAPH-NEO4J-READY"

// spawn runs the launcher and waits until it answers. A free port picked
// here can be taken by someone else before Neo4j binds it: then it retries
// on another one.
func spawn(ctx context.Context, cfg Config, java, launcher string, lock *os.File) (*Server, error) {
	for attempt := 1; ; attempt++ {
		port, err := pickPort(cfg.Port)
		if err != nil {
			return nil, err
		}
		srv, err := spawnOn(ctx, cfg, java, launcher, lock, port)
		if err == nil || cfg.Port != 0 || attempt == 3 || !strings.Contains(err.Error(), "Address already in use") {
			return srv, err
		}
		cfg.Log.Warn("local neo4j: free port was taken meanwhile, retrying", "port", port)
	}
}

func pickPort(port int) (int, error) {
	if port != 0 {
		return port, nil
	}
	return freePort()
}

// spawnOn starts the launcher in its own session on port.
func spawnOn(ctx context.Context, cfg Config, java, launcher string, lock *os.File, port int) (*Server, error) {
	out, err := os.Create(filepath.Join(cfg.DataDir, logName))
	if err != nil {
		return nil, fmt.Errorf("neo4jlocal: log file: %w", err)
	}
	defer out.Close()
	_ = os.Remove(filepath.Join(cfg.DataDir, handoverName)) // left by an earlier server
	cds, cdsTmp := cdsArgs(launcher)
	cmd := exec.Command(java, javaArgs(cfg, launcher, port, cds)...)
	cmd.Stdout, cmd.Stderr = out, out
	cmd.ExtraFiles = []*os.File{lock}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	cfg.Log.Debug("starting local neo4j", "cmd", cmd.String())
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrStartFailed, java, err)
	}
	srv := &Server{cfg: cfg, cmd: cmd, pid: cmd.Process.Pid, lock: lock, cdsTmp: cdsTmp,
		done: make(chan struct{}), uri: fmt.Sprintf("bolt://127.0.0.1:%d", port)}
	go func() { _ = cmd.Wait(); close(srv.done) }()
	if err := srv.waitReady(ctx); err != nil {
		_ = srv.terminate(context.WithoutCancel(ctx))
		return nil, err
	}
	srv.ready = true
	st := State{PID: srv.PID(), Port: port, URI: srv.uri, Started: time.Now().UTC(), CDSTmp: cdsTmp}
	if err := writeState(cfg.DataDir, st); err != nil {
		_ = srv.terminate(context.WithoutCancel(ctx))
		return nil, err
	}
	return srv, nil
}

// waitReady waits for the ready line, then for the driver to connect,
// within cfg.StartTimeout; failures carry the tail of Neo4j's output.
func (s *Server) waitReady(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.StartTimeout)
	defer cancel()
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for !s.printedReady() {
		select {
		case <-s.done:
			return s.failure("exited before it was ready")
		case <-ctx.Done():
			return s.failure(notReady(ctx, s.cfg.StartTimeout))
		case <-tick.C:
		}
	}
	if err := verify(ctx, s.uri); err != nil {
		return s.failure(fmt.Sprintf("bolt does not answer: %v", err))
	}
	return nil
}

func notReady(ctx context.Context, timeout time.Duration) string {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return fmt.Sprintf("not ready after %s", timeout)
	}
	return fmt.Sprintf("start interrupted (%v)", context.Cause(ctx))
}

func (s *Server) printedReady() bool {
	b, _ := os.ReadFile(filepath.Join(s.cfg.DataDir, logName))
	return bytes.Contains(b, []byte(readyLine))
}

func (s *Server) failure(what string) error {
	return fmt.Errorf("%w: %s on %s: %s\n--- last lines of %s ---\n%s", ErrStartFailed, what,
		s.uri, s.cfg.DataDir, logName, LogTail(s.cfg.DataDir, 30))
}

// verify connects with the driver until it succeeds or ctx ends.
func verify(ctx context.Context, uri string) error {
	drv, err := neo4j.NewDriverWithContext(uri, neo4j.NoAuth(), func(c *config.Config) {
		c.SocketConnectTimeout = 2 * time.Second
	})
	if err != nil {
		return err
	}
	defer drv.Close(context.WithoutCancel(ctx))
	for {
		err = drv.VerifyConnectivity(ctx)
		if err == nil || ctx.Err() != nil {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// LogTail returns the last n lines of the launcher's output in dataDir.
func LogTail(dataDir string, n int) string {
	b, err := os.ReadFile(filepath.Join(dataDir, logName))
	if err != nil {
		return "(no output: " + err.Error() + ")"
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
