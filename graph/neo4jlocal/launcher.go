package neo4jlocal

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
)

const launcherJar = "neo4j-launcher.jar"

const installHint = "install Java 17 and Maven (apt-get install -y openjdk-17-jdk-headless maven), then build the launcher with `make launcher`"

// prerequisites finds java and the built launcher, or says what is missing.
func prerequisites(cfg Config) (java, launcher string, err error) {
	java, err = findJava()
	if err != nil {
		return "", "", err
	}
	launcher, err = findLauncher(cfg.LauncherDir)
	return java, launcher, err
}

func findJava() (string, error) {
	if home := os.Getenv("JAVA_HOME"); home != "" {
		p := filepath.Join(home, "bin", "java")
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p, nil
		}
	}
	p, err := exec.LookPath("java")
	if err != nil {
		return "", fmt.Errorf("%w in PATH or JAVA_HOME: %s", ErrNoJava, installHint)
	}
	return p, nil
}

// findLauncher returns the launcher's target folder.
func findLauncher(explicit string) (string, error) {
	if explicit != "" {
		if dir, ok := launcherIn(explicit); ok {
			return dir, nil
		}
		return "", fmt.Errorf("%w: no %s and lib/ in %s: %s", ErrNoLauncher, launcherJar, explicit, installHint)
	}
	for _, dir := range launcherCandidates() {
		if found, ok := launcherIn(dir); ok {
			return found, nil
		}
	}
	return "", fmt.Errorf("%w: graph/neo4jlocal/launcher/target not found (or set CIGRAPH_NEO4J_LAUNCHER): %s", ErrNoLauncher, installHint)
}

// launcherIn accepts either the target folder or the launcher folder.
func launcherIn(dir string) (string, bool) {
	for _, d := range []string{dir, filepath.Join(dir, "target")} {
		if isFile(filepath.Join(d, launcherJar)) && isDir(filepath.Join(d, "lib")) {
			abs, err := filepath.Abs(d)
			return abs, err == nil
		}
	}
	return "", false
}

func launcherCandidates() []string {
	var dirs []string
	if env := os.Getenv("CIGRAPH_NEO4J_LAUNCHER"); env != "" {
		dirs = append(dirs, env)
	}
	rel := filepath.Join("graph", "neo4jlocal", "launcher", "target")
	if exe, err := os.Executable(); err == nil {
		dirs = append(dirs, upwards(filepath.Dir(exe), rel)...)
	}
	if wd, err := os.Getwd(); err == nil {
		dirs = append(dirs, upwards(wd, rel)...)
	}
	return dirs
}

// upwards lists dir/rel for dir and each of its parents.
func upwards(dir, rel string) []string {
	var out []string
	for {
		out = append(out, filepath.Join(dir, rel))
		parent := filepath.Dir(dir)
		if parent == dir {
			return out
		}
		dir = parent
	}
}

// javaArgs is the command line of the launcher.
func javaArgs(cfg Config, launcher string, port int, cds []string) []string {
	cp := filepath.Join(launcher, launcherJar) + string(os.PathListSeparator) + filepath.Join(launcher, "lib", "*")
	args := []string{
		"-Xms" + strconv.Itoa(min(cfg.HeapMB, 256)) + "m",
		"-Xmx" + strconv.Itoa(cfg.HeapMB) + "m",
		"-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
		"-XX:+ExitOnOutOfMemoryError", "-XX:-OmitStackTraceInFastThrow",
		"-Djdk.nio.maxCachedBufferSize=1024", "-Dio.netty.tryReflectionSetAccessible=true",
		"-Dlog4j2.disable.jmx=true",
		"--add-opens=java.base/java.nio=ALL-UNNAMED",
		"--add-opens=java.base/java.io=ALL-UNNAMED",
		"--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
	}
	args = append(args, cds...)
	args = append(args, cfg.JavaOpts...)
	args = append(args, "-cp", cp, "cigraph.neo4jlocal.Launcher",
		"--home", filepath.Join(cfg.DataDir, "neo4j"),
		"--port", strconv.Itoa(port),
		"--pagecache", strconv.Itoa(cfg.PageCacheMB)+"m")
	if !cfg.Detached {
		args = append(args, "--watch-pid", strconv.Itoa(os.Getpid()),
			"--users", filepath.Join(cfg.DataDir, usersName),
			"--handover", filepath.Join(cfg.DataDir, handoverName))
	}
	return args
}

// freePort asks the kernel for a free TCP port on 127.0.0.1.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("neo4jlocal: pick a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}
