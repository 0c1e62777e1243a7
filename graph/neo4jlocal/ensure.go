package neo4jlocal

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Ensure returns the URI of the local Neo4j of cfg.DataDir, starting it when
// it is not running. srv is nil when an already running server (started by
// another process) is reused: only a non-nil srv is the caller's to Stop.
// When another process is starting it at the same moment, Ensure waits for
// that one instead of starting a second server on the same store.
func Ensure(ctx context.Context, cfg Config) (uri string, srv *Server, err error) {
	cfg, err = cfg.withDefaults()
	if err != nil {
		return "", nil, err
	}
	if uri, ok := Running(cfg.DataDir); ok {
		cfg.Log.Info("reusing local neo4j", "uri", uri, "data", cfg.DataDir)
		return uri, nil, nil
	}
	// The lock may also belong to a server that is just exiting (a handed
	// over one whose last borrower left): once it is free, start anew.
	for attempt := 0; ; attempt++ {
		srv, err = Start(ctx, cfg)
		if err == nil {
			return srv.URI(), srv, nil
		}
		if !errors.Is(err, ErrLocked) {
			return "", nil, err
		}
		uri, err = awaitOther(ctx, cfg)
		if err == nil || attempt == 1 || locked(cfg.DataDir) {
			return uri, nil, err
		}
	}
}

// awaitOther waits for the server another process is starting in the folder.
func awaitOther(ctx context.Context, cfg Config) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, cfg.StartTimeout)
	defer cancel()
	for {
		if uri, ok := Running(cfg.DataDir); ok {
			return uri, nil
		}
		if !locked(cfg.DataDir) {
			return "", fmt.Errorf("%w: the other process starting it gave up: %s\n%s",
				ErrStartFailed, cfg.DataDir, LogTail(cfg.DataDir, 30))
		}
		select {
		case <-ctx.Done():
			return "", fmt.Errorf("%w: waiting for the local neo4j another process is starting in %s: %v",
				ErrStartFailed, cfg.DataDir, ctx.Err())
		case <-time.After(200 * time.Millisecond):
		}
	}
}
