package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"sync/atomic"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// Config says how to reach Neo4j.
type Config struct {
	URI      string // bolt://, neo4j:// or neo4j+s://
	User     string
	Password string
	Database string       // "" means the server default
	Log      *slog.Logger // nil discards
	// ConnectTimeout bounds Open's connectivity check (default 10s).
	ConnectTimeout time.Duration
	// TxTimeout is the server-side transaction timeout (default 30s).
	TxTimeout time.Duration
	// RetryTime bounds the retries of a transaction that failed with a
	// transient error such as a lock timeout (default 30s; tests set it
	// tiny to see the first failure).
	RetryTime time.Duration
}

// Store is the Neo4j-backed knowledge graph. It is safe for concurrent use.
type Store struct {
	driver     neo4j.DriverWithContext
	db         string
	log        *slog.Logger
	txTimeout  time.Duration
	roundTrips atomic.Int64
}

// Open connects to Neo4j and verifies connectivity within cfg.ConnectTimeout.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.ConnectTimeout == 0 {
		cfg.ConnectTimeout = 10 * time.Second
	}
	if cfg.TxTimeout == 0 {
		cfg.TxTimeout = 30 * time.Second
	}
	if cfg.RetryTime == 0 {
		cfg.RetryTime = 30 * time.Second
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	auth := neo4j.NoAuth()
	if cfg.User != "" {
		auth = neo4j.BasicAuth(cfg.User, cfg.Password, "")
	}
	drv, err := neo4j.NewDriverWithContext(cfg.URI, auth, func(c *config.Config) {
		c.SocketConnectTimeout = cfg.ConnectTimeout
		c.ConnectionAcquisitionTimeout = cfg.ConnectTimeout
		c.MaxTransactionRetryTime = cfg.RetryTime
	})
	if err != nil {
		return nil, fmt.Errorf("neo4j %s: %w: %v", cfg.URI, ErrUnavailable, err)
	}
	vctx, cancel := context.WithTimeout(ctx, cfg.ConnectTimeout)
	defer cancel()
	t0 := time.Now()
	if err := drv.VerifyConnectivity(vctx); err != nil {
		_ = drv.Close(ctx)
		return nil, fmt.Errorf("neo4j %s unreachable (gave up after %s, limit %s): %w: %v", cfg.URI,
			time.Since(t0).Round(time.Millisecond), cfg.ConnectTimeout, ErrUnavailable, err)
	}
	return &Store{driver: drv, db: cfg.Database, log: cfg.Log, txTimeout: cfg.TxTimeout}, nil
}

// Close releases the driver.
func (s *Store) Close(ctx context.Context) error { return s.driver.Close(ctx) }

// Ping checks that Neo4j answers.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.driver.VerifyConnectivity(ctx); err != nil {
		return fmt.Errorf("%w: %v", ErrUnavailable, err)
	}
	return nil
}

// RoundTrips is the number of transactions run so far (reads and writes);
// the API exports it as a metric and tests use it to count round trips.
func (s *Store) RoundTrips() int64 { return s.roundTrips.Load() }

// read runs fn in a retried read transaction: one round trip.
func (s *Store) read(ctx context.Context, fn func(tx neo4j.ManagedTransaction) (any, error)) (any, error) {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeRead})
	defer sess.Close(ctx)
	s.roundTrips.Add(1)
	res, err := sess.ExecuteRead(ctx, fn, neo4j.WithTxTimeout(s.txTimeout))
	return res, mapErr(err)
}

// write runs fn in a retried write transaction: one round trip.
func (s *Store) write(ctx context.Context, fn func(tx neo4j.ManagedTransaction) (any, error)) (any, error) {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(ctx)
	s.roundTrips.Add(1)
	res, err := sess.ExecuteWrite(ctx, fn, neo4j.WithTxTimeout(s.txTimeout))
	return res, mapErr(err)
}

// mapErr turns connectivity failures into ErrUnavailable and keeps our
// own sentinel errors as they are.
func mapErr(err error) error {
	if err == nil {
		return nil
	}
	var ce *neo4j.ConnectivityError
	var ne net.Error
	if errors.As(err, &ce) || errors.As(err, &ne) || neo4j.IsRetryable(err) {
		return fmt.Errorf("%w: %v", ErrUnavailable, err)
	}
	return err
}
