package neo4jlocal

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"golang.org/x/sys/unix"
)

// Files through which other processes share a server one command started
// for itself. Each user holds a shared lock on the users file while it uses
// the server; the starter, when it ends while the server is still in use,
// hands it over by creating the hand-over file. The java launcher then runs
// on until the last lock is gone (Launcher.watchParent).
//
// The locks are open-file-description locks (F_OFD_SETLK): they conflict
// with the JVM's fcntl record locks, and, unlike classic record locks, a
// process closing another descriptor of the file does not drop its own.
const (
	usersName    = "neo4j.users"
	handoverName = "neo4j.handover"
)

// Borrow marks this process as a user of the running server of dataDir
// until release is called (or the process dies): a server that another
// command started for itself then keeps running until we are done.
func Borrow(dataDir string) (release func(), err error) {
	f, err := os.OpenFile(filepath.Join(dataDir, usersName), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("neo4jlocal: borrow: %w", err)
	}
	if err := ofdLock(f, unix.F_RDLCK, true); err != nil {
		_ = f.Close()
		return nil, fmt.Errorf("neo4jlocal: borrow %s: %w", dataDir, err)
	}
	return func() { _ = f.Close() }, nil
}

// borrowed reports whether some process borrows the server of dataDir.
func borrowed(dataDir string) bool {
	f, err := os.OpenFile(filepath.Join(dataDir, usersName), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return false
	}
	defer f.Close() // drops the probe's lock
	err = ofdLock(f, unix.F_WRLCK, false)
	return errors.Is(err, unix.EAGAIN) || errors.Is(err, unix.EACCES)
}

// ofdLock locks the whole of f; wait blocks until the lock is granted.
func ofdLock(f *os.File, typ int16, wait bool) error {
	cmd := unix.F_OFD_SETLK
	if wait {
		cmd = unix.F_OFD_SETLKW
	}
	lk := unix.Flock_t{Type: typ, Whence: 0, Start: 0, Len: 0}
	return unix.FcntlFlock(f.Fd(), cmd, &lk)
}

// handOver leaves the server running for its borrowers: the launcher stops
// it by itself once the last of them is done (the folder's lock and the
// state file stay with the java process).
func (s *Server) handOver() error {
	if err := os.WriteFile(filepath.Join(s.cfg.DataDir, handoverName), nil, 0o644); err != nil {
		return fmt.Errorf("neo4jlocal: hand over: %w", err)
	}
	s.cfg.Log.Info("local neo4j left running for the other cigraph commands using it; it stops when they end",
		"data", s.cfg.DataDir, "pid", s.PID())
	s.handed = true
	s.release()
	return nil
}

// Use returns the URI of the local Neo4j of cfg.DataDir, starting it when
// it is not running. Either srv is the caller's to Stop (it started here),
// or release ends the loan of a server another command started (Borrow).
// A server that is exiting at that instant holds the users file until it
// has gone (Launcher.holdForExit), so the loan waits for it and a new
// server is started instead of connecting to one going away.
func Use(ctx context.Context, cfg Config) (uri string, srv *Server, release func(), err error) {
	for attempt := 0; ; attempt++ {
		uri, srv, err = Ensure(ctx, cfg)
		if err != nil || srv != nil {
			return uri, srv, func() {}, err
		}
		release, ok, err := borrowRunning(cfg.DataDir)
		if err != nil || ok {
			return uri, nil, release, err
		}
		if attempt == 2 {
			return "", nil, nil, fmt.Errorf("%w: the local neo4j of %s kept exiting while borrowed", ErrStartFailed, cfg.DataDir)
		}
	}
}

// borrowRunning borrows the server of dataDir and then checks that it still
// runs: ok is false (and nothing is held) when it exited meanwhile.
func borrowRunning(dataDir string) (release func(), ok bool, err error) {
	release, err = Borrow(dataDir)
	if err != nil {
		return nil, false, err
	}
	if _, ok = Running(dataDir); !ok {
		release()
		return nil, false, nil
	}
	return release, true, nil
}
