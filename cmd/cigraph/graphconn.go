package main

import (
	"context"
	"flag"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/cigraph/cigraph/graph"
	"github.com/cigraph/cigraph/graph/neo4jlocal"
)

// addDataFlag registers the common --data flag (default $CIGRAPH_DATA, else ./data).
func addDataFlag(fs *flag.FlagSet, env *Env) *string {
	def := env.Getenv("CIGRAPH_DATA")
	if def == "" {
		def = "./data"
	}
	return fs.String("data", def, "data folder of the local Neo4j (env CIGRAPH_DATA)")
}

// openGraph opens the graph for a command: the server of NEO4J_URI when it
// is set, else the running local Neo4j of dataDir, else a local Neo4j
// started for this command and stopped by the returned cleanup.
// Options adjust the store configuration (for example serve's transaction
// timeout, kept under its request timeout).
func openGraph(ctx context.Context, env *Env, dataDir string, opts ...func(*graph.Config)) (*graph.Store, func(), error) {
	uri, stopLocal, err := graphURI(ctx, env, dataDir)
	if err != nil {
		return nil, nil, err
	}
	cfg := graph.Config{URI: uri, User: env.Getenv("NEO4J_USER"),
		Password: env.Getenv("NEO4J_PASSWORD"), Database: env.Getenv("NEO4J_DATABASE"), Log: env.Log}
	for _, opt := range opts {
		opt(&cfg)
	}
	store, err := graph.Open(ctx, cfg)
	if err != nil {
		stopLocal()
		return nil, nil, err
	}
	cleanup := func() {
		_ = store.Close(context.WithoutCancel(ctx))
		stopLocal()
	}
	if err := store.EnsureSchema(ctx); err != nil {
		cleanup()
		return nil, nil, fmt.Errorf("schema: %w", err)
	}
	return store, cleanup, nil
}

// graphURI picks the Neo4j to use; stop stops a local server started here
// (a no-op otherwise). The java child also exits by itself if this process
// dies without running stop.
func graphURI(ctx context.Context, env *Env, dataDir string) (uri string, stop func(), err error) {
	if uri := env.Getenv("NEO4J_URI"); uri != "" {
		return uri, func() {}, nil
	}
	uri, srv, release, err := neo4jlocal.Use(ctx, localConfig(env, dataDir, 0))
	if err != nil {
		return "", nil, err
	}
	if srv == nil {
		return uri, release, nil
	}
	return uri, func() { stopServer(ctx, env, srv) }, nil
}

func stopServer(ctx context.Context, env *Env, srv *neo4jlocal.Server) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Minute)
	defer cancel()
	if err := srv.Stop(ctx); err != nil {
		env.Log.Warn("stopping local neo4j", "err", err)
	}
}

// localConfig is the local Neo4j of dataDir; CIGRAPH_NEO4J_HEAP_MB and
// CIGRAPH_NEO4J_PAGECACHE_MB override the memory defaults,
// CIGRAPH_NEO4J_JAVA_OPTS adds JVM options.
func localConfig(env *Env, dataDir string, port int) neo4jlocal.Config {
	return neo4jlocal.Config{DataDir: dataDir, Port: port, Log: env.Log,
		HeapMB:      envInt(env, "CIGRAPH_NEO4J_HEAP_MB"),
		PageCacheMB: envInt(env, "CIGRAPH_NEO4J_PAGECACHE_MB"),
		JavaOpts:    strings.Fields(env.Getenv("CIGRAPH_NEO4J_JAVA_OPTS"))}
}

func envInt(env *Env, name string) int {
	n, _ := strconv.Atoi(env.Getenv(name))
	return n
}
