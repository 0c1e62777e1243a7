package resolvers

import (
	"context"
	"errors"
	"time"

	"github.com/vikstrous/dataloadgen"

	"github.com/cigraph/cigraph/graph"
)

// loaders batch nested lookups of one request into one round trip each.
type loaders struct {
	entities *dataloadgen.Loader[string, graph.EntityNode]
}

type loadersKey struct{}

// withLoaders gives the request its own loaders (no caching across requests).
func (r *Resolver) withLoaders(ctx context.Context) context.Context {
	l := &loaders{
		entities: dataloadgen.NewMappedLoader(r.store.EntitiesByIDs, dataloadgen.WithWait(time.Millisecond)),
	}
	return context.WithValue(ctx, loadersKey{}, l)
}

func (r *Resolver) loadersOf(ctx context.Context) *loaders {
	if l, ok := ctx.Value(loadersKey{}).(*loaders); ok {
		return l
	}
	// Outside the HTTP handler (direct resolver calls): a loader of its own.
	return r.withLoaders(ctx).Value(loadersKey{}).(*loaders)
}

// entity completes a reference that carries only an id; filled nodes are
// returned as they are, without a round trip.
func (r *Resolver) entity(ctx context.Context, e *graph.EntityNode) (*graph.EntityNode, error) {
	if e == nil || e.Name != "" || e.ID == "" {
		return e, nil
	}
	return r.entityByID(ctx, e.ID)
}

func (r *Resolver) entityByID(ctx context.Context, id string) (*graph.EntityNode, error) {
	got, err := r.loadersOf(ctx).entities.Load(ctx, id)
	if errors.Is(err, dataloadgen.ErrNotFound) {
		return nil, nil // a dangling reference reads as null, not as an error
	}
	if err != nil {
		return nil, err
	}
	return &got, nil
}

func (r claimResolver) Subject(ctx context.Context, c *graph.Claim) (*graph.EntityNode, error) {
	return r.entity(ctx, c.Subject)
}

func (r claimResolver) Object(ctx context.Context, c *graph.Claim) (*graph.EntityNode, error) {
	return r.entity(ctx, c.Object)
}

func (r claimResolver) Product(ctx context.Context, c *graph.Claim) (*graph.EntityNode, error) {
	return r.entity(ctx, c.Product)
}

func (r entityResolver) MergedInto(ctx context.Context, e *graph.EntityNode) (*graph.EntityNode, error) {
	if e.MergedInto == "" {
		return nil, nil
	}
	return r.entityByID(ctx, e.MergedInto)
}
