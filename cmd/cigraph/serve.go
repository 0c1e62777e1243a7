package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/cigraph/cigraph/graph"
	"github.com/cigraph/cigraph/ingest/extract"
	"github.com/cigraph/cigraph/resolvers"
)

func init() {
	register("serve", "serve the GraphQL API and the playground", runServe)
}

type serveFlags struct {
	addr, data, token, readToken string
	sources, allow               string
	noIntrospection, warm        bool
	limits                       resolvers.Limits
}

func parseServeFlags(env *Env, args []string) (serveFlags, error) {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	var f serveFlags
	d := resolvers.DefaultLimits()
	fs.StringVar(&f.addr, "addr", "127.0.0.1:8080", "listen address (use :8080 to listen on every interface)")
	data := addDataFlag(fs, env)
	fs.StringVar(&f.token, "token", env.Getenv("CIGRAPH_TOKEN"), "bearer token mutations need (env CIGRAPH_TOKEN; empty: mutations off)")
	fs.StringVar(&f.readToken, "read-token", env.Getenv("CIGRAPH_READ_TOKEN"), "bearer token queries need (env CIGRAPH_READ_TOKEN; empty: reads open)")
	fs.StringVar(&f.sources, "sources", "", "sources file (YAML) to ingest unattended while serving")
	fs.StringVar(&f.allow, "allow-addresses", "", "comma-separated CIDRs the --sources fetcher's SSRF guard lets through (off by default; for local test servers)")
	fs.BoolVar(&f.noIntrospection, "no-introspection", false, "turn schema introspection off")
	fs.BoolVar(&f.warm, "warm", true, "have Neo4j plan the analytics queries at start (seconds on a large graph), so the first query does not wait for it")
	fs.DurationVar(&f.limits.Timeout, "timeout", 35*time.Second, "per-request timeout (the Neo4j transaction timeout is kept under it)")
	fs.Int64Var(&f.limits.MaxBodyBytes, "max-body", d.MaxBodyBytes, "request body cap in bytes")
	fs.IntVar(&f.limits.MaxDepth, "max-depth", d.MaxDepth, "query depth limit")
	fs.IntVar(&f.limits.MaxAliases, "max-aliases", d.MaxAliases, "aliases per query")
	fs.IntVar(&f.limits.MaxComplexity, "max-complexity", d.MaxComplexity, "query complexity limit")
	fs.IntVar(&f.limits.MaxTokens, "max-tokens", d.MaxTokens, "parser token limit")
	fs.IntVar(&f.limits.MaxFirst, "max-first", d.MaxFirst, "cap on first/topN")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return f, err
		}
		return f, &ExitError{Code: 2, Err: err}
	}
	if _, err := parseAllow(f.allow); err != nil {
		return f, &ExitError{Code: 2, Err: err}
	}
	f.data = *data
	return f, nil
}

func runServe(ctx context.Context, env *Env, args []string) error {
	f, err := parseServeFlags(env, args)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	} else if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", f.addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	x, err := newExtractor()
	if err != nil {
		_ = ln.Close()
		return err
	}
	store, cleanup, err := openGraph(ctx, env, f.data, func(c *graph.Config) { c.TxTimeout = txTimeout(f.limits.Timeout) })
	if err != nil {
		_ = ln.Close()
		return err
	}
	defer cleanup()
	metrics := resolvers.NewMetrics(store, env.Log)
	wait, err := startSourceScheduler(ctx, env, store, f.sources, f.allow, metrics.ObserveRun)
	if err != nil {
		_ = ln.Close()
		return err
	}
	defer wait()
	if f.warm {
		warmed := make(chan struct{})
		go func() { defer close(warmed); warmQueries(ctx, env, store) }()
		defer func() { <-warmed }() // before cleanup closes the store
	}
	h := resolvers.NewHandler(resolvers.Config{Store: store, Extractor: x, Log: env.Log,
		Limits: f.limits, Auth: resolvers.Auth{Token: f.token, ReadToken: f.readToken},
		NoIntrospection: f.noIntrospection, Metrics: metrics})
	return serveHTTP(ctx, env, ln, h, f)
}

// warmQueries has Neo4j plan the analytics statements while the server
// starts, so the first analyst does not wait seconds for query planning.
func warmQueries(ctx context.Context, env *Env, store *graph.Store) {
	took, err := store.Warm(ctx)
	if err != nil {
		if ctx.Err() == nil {
			env.Log.Warn("warming analytics queries", "err", err)
		}
		return
	}
	env.Log.Info("analytics queries planned", "took", took.Round(time.Millisecond))
}

// txTimeout keeps the Neo4j transaction timeout under the request timeout,
// so a slow query ends in the database before the request gives up.
func txTimeout(request time.Duration) time.Duration {
	if request > 10*time.Second {
		return request - 5*time.Second
	}
	return request * 3 / 4
}

// serveHTTP serves until ctx ends (SIGINT/SIGTERM), then shuts down cleanly.
func serveHTTP(ctx context.Context, env *Env, ln net.Listener, h http.Handler, f serveFlags) error {
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout: time.Minute, WriteTimeout: f.limits.Timeout + 10*time.Second, IdleTimeout: 2 * time.Minute}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	env.Log.Info("serving", "url", "http://"+ln.Addr().String()+"/", "graphql", "/graphql",
		"mutations", f.token != "", "read_token", f.readToken != "", "introspection", !f.noIntrospection)
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	env.Log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 15*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}

// extractorAdapter fits the rule extractor to the API's small interface.
type extractorAdapter struct{ x extract.Extractor }

func (a extractorAdapter) Extract(ctx context.Context, text string, published time.Time, url string) (graph.Extraction, error) {
	return a.x.Extract(ctx, extract.Input{Text: text, Published: published, URL: url})
}

// newExtractor is the extractor ingestText uses.
func newExtractor() (resolvers.Extractor, error) {
	rules, err := extract.NewRules(nil)
	if err != nil {
		return nil, fmt.Errorf("extractor: %w", err)
	}
	return extractorAdapter{rules}, nil
}
