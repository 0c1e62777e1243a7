package neo4jlocal

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"golang.org/x/sys/unix"
)

// A launcher that has decided to exit holds the users file until it is
// gone; a command borrowing at that instant waits for it, then finds no
// server (and so starts a new one) instead of using the one going away.
func TestBorrowWaitsForExitingServer(t *testing.T) {
	dir := t.TempDir()
	f, err := os.OpenFile(filepath.Join(dir, usersName), os.O_CREATE|os.O_RDWR, 0o644)
	require.NoError(t, err)
	require.NoError(t, ofdLock(f, unix.F_WRLCK, false), "stands in for Launcher.holdForExit")

	done := make(chan bool, 1)
	go func() {
		release, ok, err := borrowRunning(dir)
		if err == nil && ok {
			release()
		}
		done <- ok
	}()
	select {
	case <-done:
		t.Fatal("borrowed a server that is exiting")
	case <-time.After(300 * time.Millisecond):
	}
	require.NoError(t, f.Close()) // the launcher's process has gone
	select {
	case ok := <-done:
		require.False(t, ok, "no server runs once the exiting one has gone")
	case <-time.After(10 * time.Second):
		t.Fatal("the loan still waits after the exiting server let go")
	}
	require.False(t, borrowed(dir), "nothing is left holding the users file")
}
