package resolvers

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/cigraph/cigraph/graph"
)

// watchdog makes a dead database fail fast: when a root field is still
// running after PingAfter, it pings Neo4j, and if that fails it cancels the
// field instead of letting the driver retry until the request timeout.
func (r *Resolver) watchdog(ctx context.Context, next graphql.RootResolver) graphql.Marshaler {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	timer := time.AfterFunc(r.limits.PingAfter, func() {
		pctx, pcancel := context.WithTimeout(ctx, r.limits.PingAfter)
		defer pcancel()
		if err := r.store.Ping(pctx); err != nil && ctx.Err() == nil {
			cancel(fmt.Errorf("%w: ping: %v", graph.ErrUnavailable, err))
		}
	})
	defer timer.Stop()
	return next(ctx)
}

// isDriverUnavailable recognises driver errors that mean the database
// could not be reached or answered in time (the store may pass them on
// unwrapped).
func isDriverUnavailable(err error) bool {
	var limit *neo4j.TransactionExecutionLimit
	var conn *neo4j.ConnectivityError
	return errors.As(err, &limit) || errors.As(err, &conn)
}
