// Command cigraph is the one binary of the project: it serves the GraphQL
// API, ingests news, extracts facts, runs queries and manages the local
// Neo4j. Each subcommand lives in its own file and registers itself here.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"sort"
	"syscall"
)

// Env is what a subcommand may touch of the outside world.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Log    *slog.Logger
	Getenv func(string) string
}

// command is one subcommand: `cigraph NAME args...`.
type command struct {
	summary string
	run     func(ctx context.Context, env *Env, args []string) error
}

var commands = map[string]command{}

// register adds a subcommand; called from init functions of the command files.
func register(name, summary string, run func(ctx context.Context, env *Env, args []string) error) {
	commands[name] = command{summary: summary, run: run}
}

// ExitError carries a specific exit code (for example "some documents failed").
type ExitError struct {
	Code int
	Err  error
}

func (e *ExitError) Error() string { return e.Err.Error() }
func (e *ExitError) Unwrap() error { return e.Err }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	env := &Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv,
		Log: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: logLevel()}))}
	err := run(ctx, env, os.Args[1:])
	stop()
	os.Exit(exitCode(env, err))
}

func run(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(env.Stdout)
		return nil
	}
	cmd, ok := commands[args[0]]
	if !ok {
		usage(env.Stderr)
		return &ExitError{Code: 2, Err: fmt.Errorf("unknown command %q", args[0])}
	}
	return cmd.run(ctx, env, args[1:])
}

func exitCode(env *Env, err error) int {
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return 0
	}
	fmt.Fprintln(env.Stderr, "cigraph:", err)
	var ee *ExitError
	if errors.As(err, &ee) {
		return ee.Code
	}
	return 1
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: cigraph COMMAND [flags] [args]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-9s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'cigraph COMMAND -h' for the flags of a command.")
}

func logLevel() slog.Level {
	if os.Getenv("CIGRAPH_DEBUG") != "" {
		return slog.LevelDebug
	}
	return slog.LevelInfo
}
