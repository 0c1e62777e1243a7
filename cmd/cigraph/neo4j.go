package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"time"

	"github.com/cigraph/cigraph/graph"
	"github.com/cigraph/cigraph/graph/neo4jlocal"
)

func init() {
	register("neo4j", "start, stop, inspect the local Neo4j, or run a command against it", runNeo4j)
}

const neo4jUsage = `usage: cigraph neo4j start|stop|status [--data DIR] [--port N]
       cigraph neo4j exec [--data DIR] [--port N] -- CMD [ARGS...]

start   run the local Neo4j of the data folder in the background
stop    stop it cleanly
status  running or stopped, URI, pid, memory, node and relationship counts
exec    run CMD with NEO4J_URI set, starting Neo4j first (or reusing it) and
        stopping it afterwards if exec started it; exits with CMD's code`

func runNeo4j(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(env.Stdout, neo4jUsage)
		return nil
	}
	fs := flag.NewFlagSet("neo4j "+args[0], flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	data := addDataFlag(fs, env)
	port := fs.Int("port", 0, "Bolt port on 127.0.0.1 (0 picks a free one)")
	if err := fs.Parse(args[1:]); err != nil {
		return &ExitError{Code: 2, Err: err}
	}
	cfg := localConfig(env, *data, *port)
	switch args[0] {
	case "start":
		return neo4jStart(ctx, env, cfg)
	case "stop":
		return neo4jStop(ctx, env, cfg.DataDir)
	case "status":
		return neo4jStatus(ctx, env, cfg.DataDir)
	case "exec":
		return neo4jExec(ctx, env, cfg, fs.Args())
	}
	return &ExitError{Code: 2, Err: fmt.Errorf("neo4j: unknown action %q\n%s", args[0], neo4jUsage)}
}

func neo4jStart(ctx context.Context, env *Env, cfg neo4jlocal.Config) error {
	if st, ok := neo4jlocal.Status(cfg.DataDir); ok {
		fmt.Fprintf(env.Stdout, "neo4j already running at %s (pid %d, data %s)\n", st.URI, st.PID, cfg.DataDir)
		return nil
	}
	cfg.Detached = true
	srv, err := neo4jlocal.Start(ctx, cfg)
	if err != nil {
		return err
	}
	srv.Detach()
	fmt.Fprintf(env.Stdout, "neo4j running at %s (pid %d, data %s, started in %s)\n",
		srv.URI(), srv.PID(), cfg.DataDir, srv.StartDuration().Round(10*time.Millisecond))
	return nil
}

func neo4jStop(ctx context.Context, env *Env, dataDir string) error {
	t0 := time.Now()
	err := neo4jlocal.StopRunning(ctx, dataDir)
	if errors.Is(err, neo4jlocal.ErrNotRunning) {
		fmt.Fprintf(env.Stdout, "neo4j not running (data %s)\n", dataDir)
		return nil
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "neo4j stopped (data %s, in %s)\n", dataDir, time.Since(t0).Round(10*time.Millisecond))
	return nil
}

func neo4jStatus(ctx context.Context, env *Env, dataDir string) error {
	st, ok := neo4jlocal.Status(dataDir)
	if !ok {
		fmt.Fprintf(env.Stdout, "neo4j stopped (data %s)\n", dataDir)
		if _, err := os.Stat(filepath.Join(dataDir, "neo4j")); err == nil {
			fmt.Fprintf(env.Stdout, "  a graph is stored there: `cigraph neo4j start --data %[1]s` and run status again for its counts,\n"+
				"  or query it directly: cigraph query --data %[1]s -e '{ articles(first: 5) { edges { node { title } } } }'\n", dataDir)
		}
		return nil
	}
	fmt.Fprintf(env.Stdout, "neo4j running\n  uri      %s\n  pid      %d\n  data     %s\n  started  %s\n",
		st.URI, st.PID, dataDir, st.Started.Local().Format(time.RFC3339))
	if rss, err := neo4jlocal.RSS(st.PID); err == nil {
		fmt.Fprintf(env.Stdout, "  memory   %d MiB resident\n", rss>>20)
	}
	counts, err := countGraph(ctx, env, st.URI)
	if err != nil {
		return fmt.Errorf("neo4j status: %w", err)
	}
	fmt.Fprintf(env.Stdout, "  nodes    %d entities, %d articles, %d claims\n  rels     %d\n",
		counts.Entities, counts.Articles, counts.Claims, counts.Relationships)
	return nil
}

func countGraph(ctx context.Context, env *Env, uri string) (graph.Counts, error) {
	store, err := graph.Open(ctx, graph.Config{URI: uri, Log: env.Log, ConnectTimeout: 5 * time.Second})
	if err != nil {
		return graph.Counts{}, err
	}
	defer store.Close(context.WithoutCancel(ctx))
	return store.Counts(ctx)
}

// neo4jExec runs argv with NEO4J_URI pointing at the local Neo4j.
func neo4jExec(ctx context.Context, env *Env, cfg neo4jlocal.Config, argv []string) error {
	if len(argv) == 0 {
		return &ExitError{Code: 2, Err: fmt.Errorf("neo4j exec: no command\n%s", neo4jUsage)}
	}
	uri, srv, release, err := neo4jlocal.Use(ctx, cfg)
	if err != nil {
		return err
	}
	if srv != nil {
		defer stopServer(ctx, env, srv)
	} else {
		defer release()
	}
	return runChild(ctx, env, uri, argv)
}

// runChild runs argv to completion; a cancelled ctx (SIGINT/SIGTERM) sends
// it SIGTERM, then SIGKILL after 30s.
func runChild(ctx context.Context, env *Env, uri string, argv []string) error {
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = env.Stdin, env.Stdout, env.Stderr
	cmd.Env = append(os.Environ(), "NEO4J_URI="+uri)
	cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGTERM) }
	cmd.WaitDelay = 30 * time.Second
	err := cmd.Run()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code := ee.ExitCode()
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			code = 128 + int(ws.Signal()) // as a shell reports it
		}
		return &ExitError{Code: code, Err: fmt.Errorf("%s: %w", argv[0], err)}
	}
	if err != nil {
		return fmt.Errorf("neo4j exec %s: %w", argv[0], err)
	}
	return nil
}
