package neo4jlocal

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func fakeLauncher(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "lib"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, launcherJar), []byte("jar"), 0o644))
	old := time.Now().Add(-time.Hour)
	require.NoError(t, os.Chtimes(filepath.Join(dir, launcherJar), old, old))
	require.NoError(t, os.Chtimes(filepath.Join(dir, "lib"), old, old))
	return dir
}

func TestClassArchiveRecordedOnceThenUsed(t *testing.T) {
	dir := fakeLauncher(t)
	args, tmp := cdsArgs(dir)
	require.NotEmpty(t, tmp, "no archive yet: record one")
	assert.Contains(t, args, "-XX:ArchiveClassesAtExit="+tmp)

	_, tmp2 := cdsArgs(dir)
	assert.Empty(t, tmp2, "a second server does not record while the first does")

	require.NoError(t, os.WriteFile(tmp, []byte("classes"), 0o444))
	publishCDS(tmp, true)
	jsa := filepath.Join(dir, cdsArchive)
	require.FileExists(t, jsa)
	assert.NoFileExists(t, tmp)
	assert.NoFileExists(t, jsa+".recording")

	args, tmp = cdsArgs(dir)
	assert.Empty(t, tmp)
	assert.Contains(t, args, "-XX:SharedArchiveFile="+jsa)

	// A rebuilt launcher makes the archive stale: record again.
	require.NoError(t, os.Chtimes(filepath.Join(dir, "lib"), time.Now().Add(time.Minute), time.Now().Add(time.Minute)))
	_, tmp = cdsArgs(dir)
	assert.NotEmpty(t, tmp)
	publishCDS(tmp, false) // e.g. the server was killed: drop it
	assert.NoFileExists(t, jsa+".recording")
}
