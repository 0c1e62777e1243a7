package neo4jlocal

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// starterEnv makes the test binary act as a short-lived command that starts
// a local Neo4j for itself, prints its URI and exits without stopping it.
const starterEnv = "CIGRAPH_TEST_STARTER_DATA"

func TestMain(m *testing.M) {
	if dir := os.Getenv(starterEnv); dir != "" {
		os.Exit(runStarter(dir))
	}
	os.Exit(m.Run())
}

func runStarter(dir string) int {
	srv, err := Start(context.Background(), Config{DataDir: dir, HeapMB: 512, StartTimeout: 2 * time.Minute})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Println(srv.URI())
	var line string
	_, _ = fmt.Scanln(&line) // exits, without Stop, when told to
	return 0
}

// A command that borrowed the server another command started keeps it when
// that command exits: the server stops only after the loan ends.
func TestStarterExitKeepsBorrowedServer(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), starterEnv+"="+dir)
	stdin, err := cmd.StdinPipe()
	require.NoError(t, err)
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	t.Cleanup(func() { _ = StopRunning(context.Background(), dir) })
	uri, err := bufio.NewReader(out).ReadString('\n')
	require.NoError(t, err)
	uri = strings.TrimSpace(uri)
	require.Eventually(t, func() bool { _, ok := Running(dir); return ok }, time.Minute, 100*time.Millisecond)

	used, srv, release, err := Use(context.Background(), Config{DataDir: dir})
	require.NoError(t, err)
	require.Nil(t, srv, "the running server is reused, not started again")
	require.Equal(t, uri, used)
	_, _ = stdin.Write([]byte("exit\n"))
	require.NoError(t, cmd.Wait())
	time.Sleep(time.Second) // the launcher notices its parent is gone
	require.Equal(t, int64(1), query(t, uri, "RETURN 1"), "server outlives its starter while borrowed")

	release()
	// a command arriving while the server is about to stop either keeps it
	// or waits for its exit and starts a new one: it never gets a dying one
	uri, srv, release, err = Use(context.Background(), Config{DataDir: dir, HeapMB: 512, StartTimeout: 2 * time.Minute})
	require.NoError(t, err)
	require.Equal(t, int64(1), query(t, uri, "RETURN 1"), "the server Use returned answers")
	if srv != nil {
		require.NoError(t, srv.Stop(context.Background()))
	}
	release()
	require.Eventually(t, func() bool { _, ok := Running(dir); return !ok && !locked(dir) }, 30*time.Second, 100*time.Millisecond,
		"server stops once its starter and the last borrower are gone")
}
