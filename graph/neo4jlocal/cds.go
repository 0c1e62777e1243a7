package neo4jlocal

import (
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// Class-data sharing: the first server that runs with a freshly built
// launcher records the classes it loaded into an archive when it exits;
// later starts map that archive instead of loading ~200 jars, which halves
// the start time. A stale or broken archive is ignored by the JVM.
const cdsArchive = "neo4j-classes.jsa"

// cdsArgs returns the JVM flags to use the archive, or to record it into
// a temporary file (returned as tmp) to be published by publishCDS.
// CIGRAPH_NEO4J_CDS=off disables it.
func cdsArgs(launcher string) (args []string, tmp string) {
	if os.Getenv("CIGRAPH_NEO4J_CDS") == "off" {
		return nil, ""
	}
	jsa := filepath.Join(launcher, cdsArchive)
	if cdsCurrent(launcher, jsa) {
		return []string{"-XX:SharedArchiveFile=" + jsa, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"}, ""
	}
	if !claimRecording(jsa) {
		return nil, "" // another server is recording it right now
	}
	tmp = fmt.Sprintf("%s.tmp.%d.%d", jsa, os.Getpid(), time.Now().UnixNano())
	return []string{"-XX:ArchiveClassesAtExit=" + tmp, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"}, tmp
}

// claimRecording lets one server at a time record the archive (recording
// slows its start and stop); a claim older than 15 minutes is abandoned.
func claimRecording(jsa string) bool {
	marker := jsa + ".recording"
	if st, err := os.Stat(marker); err == nil && time.Since(st.ModTime()) > 15*time.Minute {
		_ = os.Remove(marker)
	}
	f, err := os.OpenFile(marker, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if err != nil {
		return false
	}
	_ = f.Close()
	return true
}

// cdsCurrent reports whether the archive is newer than the launcher's jars.
func cdsCurrent(launcher, jsa string) bool {
	st, err := os.Stat(jsa)
	if err != nil || st.Size() == 0 {
		return false
	}
	for _, p := range []string{filepath.Join(launcher, launcherJar), filepath.Join(launcher, "lib")} {
		if dep, err := os.Stat(p); err != nil || dep.ModTime().After(st.ModTime()) {
			return false
		}
	}
	return true
}

// publishCDS moves a recorded archive into place (atomically: concurrent
// recorders just replace each other's complete file); keep=false drops it.
func publishCDS(tmp string, keep bool) {
	if tmp == "" {
		return
	}
	defer os.Remove(filepath.Join(filepath.Dir(tmp), cdsArchive+".recording"))
	if st, err := os.Stat(tmp); keep && err == nil && st.Size() > 0 {
		if os.Rename(tmp, filepath.Join(filepath.Dir(tmp), cdsArchive)) == nil {
			return
		}
	}
	_ = os.Remove(tmp)
}
