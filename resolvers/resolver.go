// Package resolvers serves cigraph's GraphQL API: thin resolvers over the
// graph store, per-request dataloaders, the error presenter, the request
// limits, and the HTTP handler with the embedded playground, health checks
// and Prometheus metrics.
package resolvers

import (
	"context"
	"log/slog"
	"time"

	"github.com/cigraph/cigraph/gqlschema"
	"github.com/cigraph/cigraph/graph"
)

// Finder reads entities, claims and articles.
type Finder interface {
	EntityByName(ctx context.Context, name string) (graph.EntityNode, error)
	EntitiesByIDs(ctx context.Context, ids []string) (map[string]graph.EntityNode, error)
	SearchEntities(ctx context.Context, text string, first int) ([]graph.EntityNode, error)
	Claims(ctx context.Context, f graph.ClaimFilter) ([]graph.Claim, error)
	Articles(ctx context.Context, first int, after string) ([]graph.ArticleNode, error)
	Counts(ctx context.Context) (graph.Counts, error)
}

// Analytics answers the product's questions, one round trip each.
type Analytics interface {
	Exposure(ctx context.Context, q graph.ExposureQuery) (*graph.Exposure, error)
	Concentration(ctx context.Context, q graph.ConcentrationQuery) (*graph.Concentration, error)
	Dependencies(ctx context.Context, q graph.DependencyQuery) ([]graph.Path, error)
	Coopetition(ctx context.Context, of string) ([]graph.CoopetitionPair, error)
	Switches(ctx context.Context, of string) ([]graph.Switch, error)
}

// Corrections are the analyst's mutations.
type Corrections interface {
	MergeEntities(ctx context.Context, keep, merge string) (graph.EntityNode, error)
	RetractClaim(ctx context.Context, id, reason string) (graph.Claim, error)
	AssertClaim(ctx context.Context, in graph.AssertInput) (graph.Claim, error)
}

// Importer stores one extracted document.
type Importer interface {
	ImportDocument(ctx context.Context, doc graph.Document) (graph.ImportResult, error)
}

// Store is everything the API needs of the graph.
type Store interface {
	Finder
	Analytics
	Corrections
	Importer
	Pipeline
	Ping(ctx context.Context) error
}

// Extractor turns an article's text into facts.
type Extractor interface {
	Extract(ctx context.Context, text string, published time.Time, url string) (graph.Extraction, error)
}

// Resolver is the root of the resolver tree; it is the one place the
// API's dependencies are wired.
type Resolver struct {
	store     Store
	extractor Extractor
	limits    Limits
	log       *slog.Logger
	metrics   *Metrics
	now       func() time.Time
}

var _ gqlschema.ResolverRoot = (*Resolver)(nil)

// Query returns the query resolvers.
func (r *Resolver) Query() gqlschema.QueryResolver { return queryResolver{r} }

// Mutation returns the mutation resolvers.
func (r *Resolver) Mutation() gqlschema.MutationResolver { return mutationResolver{r} }

// Claim returns the claim field resolvers.
func (r *Resolver) Claim() gqlschema.ClaimResolver { return claimResolver{r} }

// Entity returns the entity field resolvers.
func (r *Resolver) Entity() gqlschema.EntityResolver { return entityResolver{r} }

type queryResolver struct{ *Resolver }
type mutationResolver struct{ *Resolver }
type claimResolver struct{ *Resolver }
type entityResolver struct{ *Resolver }
