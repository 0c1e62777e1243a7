package neo4jlocal

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Files kept in the data folder next to the store (DataDir/neo4j).
const (
	lockName  = "neo4j.lock"
	stateName = "neo4j.state.json"
	logName   = "neo4j.out"
)

// State is what a running local Neo4j leaves in its data folder.
type State struct {
	PID     int       `json:"pid"`
	Port    int       `json:"port"`
	URI     string    `json:"uri"`
	Started time.Time `json:"started"`
	CDSTmp  string    `json:"cdsTmp,omitempty"` // class archive recorded at exit
}

// acquireLock takes the folder's exclusive lock without waiting. The java
// child inherits the descriptor, so the lock is held as long as Neo4j runs,
// even when the process that started it has exited.
func acquireLock(dataDir string) (*os.File, error) {
	if err := os.MkdirAll(dataDir, 0o755); err != nil {
		return nil, fmt.Errorf("neo4jlocal: data folder: %w", err)
	}
	f, err := os.OpenFile(filepath.Join(dataDir, lockName), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("neo4jlocal: lock: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		_ = f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("%w: %s", ErrLocked, dataDir)
		}
		return nil, fmt.Errorf("neo4jlocal: lock %s: %w", dataDir, err)
	}
	return f, nil
}

// locked reports whether some process holds the folder's lock.
func locked(dataDir string) bool {
	f, err := acquireLock(dataDir)
	if err != nil {
		return errors.Is(err, ErrLocked)
	}
	_ = f.Close()
	return false
}

func writeState(dataDir string, st State) error {
	b, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	tmp := filepath.Join(dataDir, stateName+".tmp")
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return fmt.Errorf("neo4jlocal: state file: %w", err)
	}
	return os.Rename(tmp, filepath.Join(dataDir, stateName))
}

func readState(dataDir string) (State, error) {
	var st State
	b, err := os.ReadFile(filepath.Join(dataDir, stateName))
	if err != nil {
		return st, err
	}
	return st, json.Unmarshal(b, &st)
}

// removeState deletes the state file if it still describes pid.
func removeState(dataDir string, pid int) {
	if st, err := readState(dataDir); err == nil && st.PID == pid {
		_ = os.Remove(filepath.Join(dataDir, stateName))
	}
}

// Status describes the local Neo4j of dataDir: ok is true when it runs and
// has answered (it holds the lock and has written its state file). The
// state file of a server that has exited by itself (one handed over to
// borrowers) is removed on the way.
func Status(dataDir string) (State, bool) {
	dataDir, err := filepath.Abs(dataDir)
	if err != nil {
		return State{}, false
	}
	st, err := readState(dataDir)
	if err != nil {
		return State{}, false
	}
	if !alive(st.PID) {
		removeState(dataDir, st.PID)
		return State{}, false
	}
	return st, locked(dataDir)
}

// Running returns the Bolt URI of the local Neo4j of dataDir when it runs.
func Running(dataDir string) (uri string, ok bool) {
	st, ok := Status(dataDir)
	return st.URI, ok
}

// StopRunning stops the local Neo4j of dataDir started by any process
// (SIGTERM, then SIGKILL when it has not exited within ctx or 60s).
func StopRunning(ctx context.Context, dataDir string) error {
	st, ok := Status(dataDir)
	if !ok {
		return fmt.Errorf("%w: %s", ErrNotRunning, dataDir)
	}
	abs, _ := filepath.Abs(dataDir)
	defer removeState(abs, st.PID)
	_ = syscall.Kill(-st.PID, syscall.SIGTERM)
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	if waitGone(ctx, abs, st.PID) {
		publishCDS(st.CDSTmp, true)
		return nil
	}
	_ = syscall.Kill(-st.PID, syscall.SIGKILL)
	waitGone(context.Background(), abs, st.PID)
	publishCDS(st.CDSTmp, false)
	return fmt.Errorf("local neo4j pid %d did not stop in time, killed: %w", st.PID, ctx.Err())
}

// waitGone polls until the process has exited and released the lock.
func waitGone(ctx context.Context, dataDir string, pid int) bool {
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	for alive(pid) || locked(dataDir) {
		select {
		case <-ctx.Done():
			return false
		case <-t.C:
		}
	}
	return true
}

// alive reports whether pid is a live (not zombie) process.
func alive(pid int) bool {
	if pid <= 0 || syscall.Kill(pid, 0) != nil {
		return false
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return true // no procfs: trust kill(0)
	}
	fields := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+1:]))
	return len(fields) == 0 || fields[0] != "Z"
}

// RSS is the resident memory of pid in bytes (Linux /proc).
func RSS(pid int) (int64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, fmt.Errorf("neo4jlocal: rss of %d: %w", pid, err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb * 1024, err
		}
	}
	return 0, fmt.Errorf("neo4jlocal: rss of %d: no VmRSS", pid)
}
