package resolvers

import (
	"bytes"
	"context"
	"encoding/json"
	"github.com/cigraph/cigraph/queries"
	"io"
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/cigraph/cigraph/gqlschema"
	"github.com/cigraph/cigraph/web"
)

// Config wires the API.
type Config struct {
	Store     Store
	Extractor Extractor // nil: ingestText answers UNAVAILABLE
	Log       *slog.Logger
	Limits    Limits
	Auth      Auth
	// NoIntrospection turns schema introspection off (it is on by default).
	NoIntrospection bool
	Now             func() time.Time
	// Metrics, when set, are the server's metrics (NewMetrics); else New makes them.
	Metrics *Metrics
}

// New builds the root resolver.
func New(cfg Config) *Resolver {
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Metrics == nil {
		cfg.Metrics = NewMetrics(cfg.Store, cfg.Log)
	}
	return &Resolver{store: cfg.Store, extractor: cfg.Extractor, limits: cfg.Limits.withDefaults(),
		log: cfg.Log, metrics: cfg.Metrics, now: cfg.Now}
}

// NewHandler serves POST/GET /graphql, the playground at /, /healthz,
// /readyz and /metrics on one mux.
func NewHandler(cfg Config) http.Handler {
	r := New(cfg)
	gql := r.graphQL(cfg)
	mux := http.NewServeMux()
	m := r.metrics
	mux.Handle("/graphql", m.instrument("graphql", r.guard(gql)))
	mux.Handle("GET /healthz", m.instrument("healthz", http.HandlerFunc(healthz)))
	mux.Handle("GET /readyz", m.instrument("readyz", http.HandlerFunc(r.readyz)))
	mux.Handle("GET /metrics", m.handler())
	mux.Handle("/", m.instrument("playground", http.FileServerFS(web.Files())))
	qh := m.instrument("queries", queries.Handler(mux))
	mux.Handle("/queries/", qh)
	mux.Handle("/queries", qh)
	return mux
}

// graphQL is the gqlgen server with the limits and the error presenter.
func (r *Resolver) graphQL(cfg Config) *handler.Server {
	es := gqlschema.NewExecutableSchema(gqlschema.Config{Resolvers: r, Complexity: complexity()})
	srv := handler.New(es)
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.SetParserTokenLimit(r.limits.MaxTokens)
	srv.SetErrorPresenter(presentError(r.log))
	srv.SetRecoverFunc(recoverPanic(r.log))
	if !cfg.NoIntrospection {
		srv.Use(extension.Introspection{})
	}
	srv.Use(getQueriesOnly{})
	srv.Use(cfg.Auth)
	srv.Use(shapeLimit{maxDepth: r.limits.MaxDepth, maxAliases: r.limits.MaxAliases, noIntrospection: cfg.NoIntrospection})
	srv.Use(extension.FixedComplexityLimit(r.limits.MaxComplexity))
	srv.AroundOperations(r.metrics.countOperations)
	srv.AroundRootFields(r.watchdog)
	return srv
}

// guard applies the body cap, the method and content-type rules, the
// bearer token, the per-request timeout and the per-request loaders.
func (r *Resolver) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		if req.Method != http.MethodGet && req.Method != http.MethodPost {
			writeError(w, http.StatusMethodNotAllowed, CodeInvalid, "use POST with application/json, or GET for queries")
			return
		}
		if req.Method == http.MethodPost && !r.readBody(w, req) {
			return
		}
		ctx, cancel := context.WithTimeout(req.Context(), r.limits.Timeout)
		defer cancel()
		ctx = context.WithValue(ctx, methodKey{}, req.Method)
		ctx = r.withLoaders(withBearer(ctx, req.Header.Get("Authorization")))
		next.ServeHTTP(w, req.WithContext(ctx))
	})
}

// readBody enforces the body cap and that POSTs are JSON (no forms, no
// multipart uploads); it buffers the body for the transport.
func (r *Resolver) readBody(w http.ResponseWriter, req *http.Request) bool {
	if ct := req.Header.Get("Content-Type"); !isJSON(ct) {
		writeError(w, http.StatusUnsupportedMediaType, CodeInvalid, "POST bodies must be application/json, not "+ct)
		return false
	}
	body, err := io.ReadAll(io.LimitReader(req.Body, r.limits.MaxBodyBytes+1))
	if err != nil {
		writeError(w, http.StatusBadRequest, CodeInvalid, "could not read the request body")
		return false
	}
	if int64(len(body)) > r.limits.MaxBodyBytes {
		writeError(w, http.StatusRequestEntityTooLarge, CodeInvalid, "request body is over the limit of "+itoa(r.limits.MaxBodyBytes)+" bytes")
		return false
	}
	req.Body = io.NopCloser(bytes.NewReader(body))
	return true
}

func (r *Resolver) readyz(w http.ResponseWriter, req *http.Request) {
	ctx, cancel := context.WithTimeout(req.Context(), 3*time.Second)
	defer cancel()
	if err := r.store.Ping(ctx); err != nil {
		r.log.WarnContext(ctx, "readyz: graph unavailable", "err", err)
		http.Error(w, "neo4j unavailable\n", http.StatusServiceUnavailable)
		return
	}
	_, _ = io.WriteString(w, "ready\n")
}

func healthz(w http.ResponseWriter, _ *http.Request) { _, _ = io.WriteString(w, "ok\n") }

// writeError answers with a GraphQL error document.
func writeError(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(graphql.Response{Errors: gqlerror.List{codedError(code, "%s", msg)}})
}
