package resolvers

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/cigraph/cigraph/gqlschema"
	"github.com/cigraph/cigraph/graph"
)

// maxDepthCap bounds dependency traversals.
const maxDepthCap = 6

func required(field, v string) error {
	if strings.TrimSpace(v) == "" {
		return fmt.Errorf("%s: must not be empty: %w", field, graph.ErrInvalid)
	}
	return nil
}

func (r queryResolver) Entity(ctx context.Context, name string) (*graph.EntityNode, error) {
	if err := required("name", name); err != nil {
		return nil, err
	}
	e, err := r.store.EntityByName(ctx, name)
	if err != nil {
		return nil, err
	}
	return &e, nil
}

func (r queryResolver) Search(ctx context.Context, text string, first *int) ([]*graph.EntityNode, error) {
	n, err := r.limits.pageSize(first, 10)
	if err != nil {
		return nil, err
	}
	if err := required("text", text); err != nil {
		return nil, err
	}
	found, err := r.store.SearchEntities(ctx, text, n)
	return ptrs(found), err
}

func (r queryResolver) Exposure(ctx context.Context, supplier, to string, product, asOf, knownAt *string) (*graph.Exposure, error) {
	q := graph.ExposureQuery{Supplier: supplier, To: to, Product: deref(product)}
	if err := firstErr(required("supplier", supplier), required("to", to)); err != nil {
		return nil, err
	}
	var err error
	if q.AsOf, q.KnownAt, err = parseClocks(asOf, knownAt); err != nil {
		return nil, err
	}
	return r.store.Exposure(ctx, q)
}

func (r queryResolver) Concentration(ctx context.Context, supplier string, product, asOf, knownAt *string, topN *int) (*graph.Concentration, error) {
	q := graph.ConcentrationQuery{Supplier: supplier, Product: deref(product), TopN: orInt(topN, 3)}
	if err := required("supplier", supplier); err != nil {
		return nil, err
	}
	if q.TopN < 1 || q.TopN > r.limits.MaxFirst {
		return nil, fmt.Errorf("topN: %d is not in 1..%d: %w", q.TopN, r.limits.MaxFirst, graph.ErrInvalid)
	}
	var err error
	if q.AsOf, q.KnownAt, err = parseClocks(asOf, knownAt); err != nil {
		return nil, err
	}
	return r.store.Concentration(ctx, q)
}

func (r queryResolver) Dependencies(ctx context.Context, of string, direction *graph.Direction, maxDepth *int, types []string, asOf *string) ([]*graph.Path, error) {
	q := graph.DependencyQuery{Of: of, Direction: graph.Downstream, MaxDepth: orInt(maxDepth, 4), Types: types}
	if direction != nil {
		q.Direction = *direction
	}
	if err := firstErr(required("of", of), checkDepth(q.MaxDepth), checkTypes(types)); err != nil {
		return nil, err
	}
	var err error
	if q.AsOf, err = parseWhen("asOf", asOf); err != nil {
		return nil, err
	}
	paths, err := r.store.Dependencies(ctx, q)
	return ptrs(paths), err
}

func checkDepth(d int) error {
	if d < 1 || d > maxDepthCap {
		return fmt.Errorf("maxDepth: %d is not in 1..%d: %w", d, maxDepthCap, graph.ErrInvalid)
	}
	return nil
}

func checkTypes(types []string) error {
	for i, t := range types {
		if !slices.Contains(graph.RelationTypes, t) {
			return fmt.Errorf("types[%d]: unknown relation type %q: %w", i, t, graph.ErrInvalid)
		}
	}
	return nil
}

func (r queryResolver) Coopetition(ctx context.Context, of *string) ([]*graph.CoopetitionPair, error) {
	pairs, err := r.store.Coopetition(ctx, deref(of))
	return ptrs(pairs), err
}

func (r queryResolver) Switches(ctx context.Context, of *string) ([]*graph.Switch, error) {
	sw, err := r.store.Switches(ctx, deref(of))
	return ptrs(sw), err
}

func (r queryResolver) Stats(ctx context.Context) (*graph.Counts, error) {
	c, err := r.store.Counts(ctx)
	if err != nil {
		return nil, err
	}
	return &c, nil
}

// ptrs turns a slice of values into the slice of pointers gqlgen wants.
func ptrs[T any](in []T) []*T {
	out := make([]*T, len(in))
	for i := range in {
		out[i] = &in[i]
	}
	return out
}

func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

var _ gqlschema.QueryResolver = queryResolver{}
