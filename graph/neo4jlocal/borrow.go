package neo4jlocal

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"time"
)

// usersName is the file other processes hold a shared lock on while they
// use a server they did not start (see Borrow).
const usersName = "neo4j.users"

// BorrowWait bounds how long a server started for one command waits, when
// that command ends, for other commands still using it.
var BorrowWait = 30 * time.Second

// Borrow marks this process as a user of the running server of dataDir
// until release is called (or the process dies): a server that another
// command started for itself then waits for us before it stops.
func Borrow(dataDir string) (release func(), err error) {
	f, err := os.OpenFile(filepath.Join(dataDir, usersName), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("neo4jlocal: borrow: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_SH); err != nil {
		_ = f.Close()
		return nil, fmt.Errorf("neo4jlocal: borrow %s: %w", dataDir, err)
	}
	return func() { _ = f.Close() }, nil
}

// waitBorrowers waits, within ctx and BorrowWait, until no other process
// borrows the server, and reports whether it is free.
func (s *Server) waitBorrowers(ctx context.Context) bool {
	f, err := os.OpenFile(filepath.Join(s.cfg.DataDir, usersName), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return true
	}
	defer f.Close()
	ctx, cancel := context.WithTimeout(ctx, BorrowWait)
	defer cancel()
	for logged := false; ; logged = true {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if !errors.Is(err, syscall.EWOULDBLOCK) {
			return err == nil // released with f's Close
		}
		if !logged {
			s.cfg.Log.Info("waiting for other cigraph commands using this neo4j", "data", s.cfg.DataDir, "max", BorrowWait)
		}
		select {
		case <-ctx.Done():
			s.cfg.Log.Warn("stopping local neo4j while other commands still use it", "data", s.cfg.DataDir)
			return false
		case <-time.After(200 * time.Millisecond):
		}
	}
}
