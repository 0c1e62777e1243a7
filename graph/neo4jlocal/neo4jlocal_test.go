package neo4jlocal

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func testConfig(t *testing.T) Config {
	t.Helper()
	return Config{DataDir: t.TempDir(), HeapMB: 512, StartTimeout: 2 * time.Minute}
}

// query runs one Cypher statement and returns the first value.
func query(t *testing.T, uri, cypher string) any {
	t.Helper()
	ctx := context.Background()
	drv, err := neo4j.NewDriverWithContext(uri, neo4j.NoAuth())
	require.NoError(t, err)
	defer drv.Close(ctx)
	res, err := neo4j.ExecuteQuery(ctx, drv, cypher, nil, neo4j.EagerResultTransformer)
	require.NoError(t, err)
	require.NotEmpty(t, res.Records)
	return res.Records[0].Values[0]
}

func portFree(port int) bool {
	l, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(port))
	if err != nil {
		return false
	}
	_ = l.Close()
	return true
}

func TestStartQueryStop(t *testing.T) {
	ctx := context.Background()
	cfg := testConfig(t)
	srv, err := Start(ctx, cfg)
	require.NoError(t, err)
	t.Cleanup(func() { _ = srv.Stop(ctx) })
	t.Logf("started in %s, rss %s", srv.StartDuration(), rssOf(srv.PID()))

	assert.Equal(t, int64(1), query(t, srv.URI(), "MERGE (n:Probe {id: 1}) RETURN count(n)"))
	uri, ok := Running(cfg.DataDir)
	require.True(t, ok)
	assert.Equal(t, srv.URI(), uri)
	st, ok := Status(cfg.DataDir)
	require.True(t, ok)
	assert.Equal(t, srv.PID(), st.PID)

	// Another command borrowing the server when its starter stops gets it
	// handed over: it runs on until the loan ends, then stops by itself.
	release, err := Borrow(cfg.DataDir)
	require.NoError(t, err)
	require.NoError(t, srv.Stop(ctx))
	assert.Equal(t, int64(1), query(t, srv.URI(), "MATCH (n:Probe) RETURN count(n)"), "borrowed server still answers")
	_, ok = Running(cfg.DataDir)
	require.True(t, ok, "handed-over server still running")
	release()
	require.Eventually(t, func() bool { _, ok := Running(cfg.DataDir); return !ok }, 30*time.Second, 100*time.Millisecond,
		"handed-over server stops once the last borrower is done")
	// the process is gone a moment before its descriptors (and the lock)
	require.Eventually(t, func() bool { return portFree(st.Port) && !locked(cfg.DataDir) }, 10*time.Second, 100*time.Millisecond,
		"port %d and the folder's lock are free once it stopped", st.Port)
	assert.NoFileExists(t, filepath.Join(cfg.DataDir, stateName))
	require.NoError(t, srv.Stop(ctx), "Stop twice")
}

// A detached server keeps the folder locked for others: a second Start is
// refused, Ensure reuses it, StopRunning stops it from "another process".
func TestDetachedLockAndReuse(t *testing.T) {
	ctx := context.Background()
	cfg := testConfig(t)
	cfg.Detached = true
	srv, err := Start(ctx, cfg)
	require.NoError(t, err)
	t.Cleanup(func() { _ = StopRunning(ctx, cfg.DataDir) })
	srv.Detach()
	t.Logf("detached start took %s", srv.StartDuration())

	_, err = Start(ctx, cfg)
	require.ErrorIs(t, err, ErrLocked)
	uri, again, err := Ensure(ctx, cfg)
	require.NoError(t, err)
	assert.Nil(t, again, "Ensure must reuse, not start")
	assert.Equal(t, srv.URI(), uri)
	assert.Equal(t, int64(1), query(t, uri, "RETURN 1"))

	t0 := time.Now()
	require.NoError(t, StopRunning(ctx, cfg.DataDir))
	t.Logf("StopRunning took %s", time.Since(t0))
	_, ok := Running(cfg.DataDir)
	assert.False(t, ok)
	assert.False(t, locked(cfg.DataDir))
	require.ErrorIs(t, StopRunning(ctx, cfg.DataDir), ErrNotRunning)
}

func TestPortTakenFailsWithLogTail(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	cfg := testConfig(t)
	cfg.Port = l.Addr().(*net.TCPAddr).Port

	t0 := time.Now()
	_, err = Start(context.Background(), cfg)
	require.ErrorIs(t, err, ErrStartFailed)
	assert.Less(t, time.Since(t0), cfg.StartTimeout, "must fail fast, not time out")
	assert.Contains(t, err.Error(), "last lines of "+logName)
	assert.Contains(t, err.Error(), "Address already in use")
	assert.False(t, locked(cfg.DataDir), "lock released after a failed start")
}

func TestMissingJava(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	t.Setenv("JAVA_HOME", "")
	_, err := Start(context.Background(), testConfig(t))
	require.ErrorIs(t, err, ErrNoJava)
	assert.Contains(t, err.Error(), "apt-get install -y openjdk-17-jdk-headless maven")
}

func TestMissingLauncher(t *testing.T) {
	cfg := testConfig(t)
	cfg.LauncherDir = filepath.Join(t.TempDir(), "nowhere")
	_, err := Start(context.Background(), cfg)
	require.ErrorIs(t, err, ErrNoLauncher)
	assert.Contains(t, err.Error(), "make launcher")
	assert.NoFileExists(t, filepath.Join(cfg.DataDir, lockName), "nothing started")
}

func TestFindLauncherFromEnv(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "target", "lib"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "target", launcherJar), nil, 0o644))
	t.Setenv("CIGRAPH_NEO4J_LAUNCHER", dir)
	got, err := findLauncher("")
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(dir, "target"), got)
}

func rssOf(pid int) string {
	n, err := RSS(pid)
	if err != nil {
		return err.Error()
	}
	return strconv.FormatInt(n>>20, 10) + " MiB"
}
