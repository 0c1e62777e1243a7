package resolvers

import (
	"context"
	"crypto/subtle"
	"net/http"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// Limits bound what one request may ask; each is checked before any
// database call.
type Limits struct {
	MaxBodyBytes  int64         // request body cap
	MaxTokens     int           // parser token limit
	MaxDepth      int           // selection depth (introspection excluded)
	MaxAliases    int           // aliased fields per operation
	MaxComplexity int           // gqlgen complexity
	MaxFirst      int           // cap on `first` and `topN`
	Timeout       time.Duration // per request; keep the Neo4j tx timeout under it
	PingAfter     time.Duration // a root field this slow checks Neo4j is up
}

// DefaultLimits are generous for analysts and tight for abuse.
func DefaultLimits() Limits {
	return Limits{MaxBodyBytes: 1 << 20, MaxTokens: 10000, MaxDepth: 10, MaxAliases: 20,
		MaxComplexity: 5000, MaxFirst: 100, Timeout: 30 * time.Second, PingAfter: time.Second}
}

func (l Limits) withDefaults() Limits {
	d := DefaultLimits()
	pick := func(v, def int) int {
		if v <= 0 {
			return def
		}
		return v
	}
	l.MaxTokens, l.MaxDepth = pick(l.MaxTokens, d.MaxTokens), pick(l.MaxDepth, d.MaxDepth)
	l.MaxAliases, l.MaxComplexity = pick(l.MaxAliases, d.MaxAliases), pick(l.MaxComplexity, d.MaxComplexity)
	l.MaxFirst = pick(l.MaxFirst, d.MaxFirst)
	if l.MaxBodyBytes <= 0 {
		l.MaxBodyBytes = d.MaxBodyBytes
	}
	if l.Timeout <= 0 {
		l.Timeout = d.Timeout
	}
	if l.PingAfter <= 0 {
		l.PingAfter = d.PingAfter
	}
	return l
}

// shapeLimit rejects operations that are too deep or use too many aliases.
// With noIntrospection it also refuses __schema and __type up front.
type shapeLimit struct {
	maxDepth, maxAliases int
	noIntrospection      bool
}

func (shapeLimit) ExtensionName() string                   { return "ShapeLimit" }
func (shapeLimit) Validate(graphql.ExecutableSchema) error { return nil }

func (s shapeLimit) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	w := &shapeWalk{limit: s}
	w.walk(oc.Operation.SelectionSet, 1)
	switch {
	case w.introspects && s.noIntrospection:
		return codedError(CodeInvalid, "introspection is disabled on this server")
	case w.depth > s.maxDepth:
		return codedError(CodeInvalid, "query depth exceeds the limit of %d", s.maxDepth)
	case w.aliases > s.maxAliases:
		return codedError(CodeInvalid, "query uses %d aliases, over the limit of %d", w.aliases, s.maxAliases)
	}
	return nil
}

type shapeWalk struct {
	limit          shapeLimit
	depth, aliases int
	introspects    bool
}

// walk measures depth and counts aliases, stopping as soon as a limit is
// passed so a hostile query cannot make it expensive.
func (w *shapeWalk) walk(set ast.SelectionSet, depth int) {
	if w.depth > w.limit.maxDepth || w.aliases > w.limit.maxAliases {
		return
	}
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if strings.HasPrefix(s.Name, "__") {
				w.introspects = w.introspects || s.Name != "__typename"
				continue // introspection has its own switch
			}
			if s.Alias != "" && s.Alias != s.Name {
				w.aliases++
			}
			w.depth = max(w.depth, depth)
			w.walk(s.SelectionSet, depth+1)
		case *ast.InlineFragment:
			w.walk(s.SelectionSet, depth)
		case *ast.FragmentSpread:
			if s.Definition != nil {
				w.walk(s.Definition.SelectionSet, depth)
			}
		}
	}
}

// Auth says who may do what: mutations need Token; reads need ReadToken
// (or Token) when ReadToken is set.
type Auth struct {
	Token     string
	ReadToken string
}

type bearerKey struct{}

type methodKey struct{}

// getQueriesOnly refuses mutations sent over GET (guard records the method).
type getQueriesOnly struct{}

func (getQueriesOnly) ExtensionName() string                   { return "GetQueriesOnly" }
func (getQueriesOnly) Validate(graphql.ExecutableSchema) error { return nil }

func (getQueriesOnly) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	method, _ := ctx.Value(methodKey{}).(string)
	if oc.Operation == nil || method != http.MethodGet || oc.Operation.Operation == ast.Query {
		return nil
	}
	return codedError(CodeInvalid, "GET requests only allow query operations: send %ss with POST", oc.Operation.Operation)
}

func withBearer(ctx context.Context, header string) context.Context {
	tok, ok := strings.CutPrefix(header, "Bearer ")
	if !ok {
		return ctx
	}
	return context.WithValue(ctx, bearerKey{}, strings.TrimSpace(tok))
}

func bearer(ctx context.Context) string {
	s, _ := ctx.Value(bearerKey{}).(string)
	return s
}

func (Auth) ExtensionName() string                   { return "BearerAuth" }
func (Auth) Validate(graphql.ExecutableSchema) error { return nil }

func (a Auth) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	got := bearer(ctx)
	if oc.Operation.Operation == ast.Mutation {
		switch {
		case a.Token == "":
			return codedError(CodeUnauthenticated, "mutations are disabled: start the server with --token or CIGRAPH_TOKEN")
		case !same(got, a.Token):
			return codedError(CodeUnauthenticated, "mutations need the header Authorization: Bearer <token>")
		}
		return nil
	}
	if a.ReadToken != "" && !same(got, a.ReadToken) && !(a.Token != "" && same(got, a.Token)) {
		return codedError(CodeUnauthenticated, "queries need the header Authorization: Bearer <token>")
	}
	return nil
}

func same(got, want string) bool {
	return got != "" && subtle.ConstantTimeCompare([]byte(got), []byte(want)) == 1
}
