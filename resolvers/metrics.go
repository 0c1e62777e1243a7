package resolvers

import (
	"context"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics are the server's Prometheus metrics, on a registry of its own.
type Metrics struct {
	log        *slog.Logger
	reg        *prometheus.Registry
	requests   *prometheus.CounterVec
	latency    *prometheus.HistogramVec
	operations *prometheus.CounterVec
	ingested   *prometheus.CounterVec
	runs       *prometheus.CounterVec
	facts      *prometheus.CounterVec
}

// roundTripper is a store that counts its Neo4j transactions.
type roundTripper interface{ RoundTrips() int64 }

// NewMetrics builds the metrics of a server; serve makes them before the
// handler so the unattended ingestion of --sources can report into them
// (see ObserveRun). store may count its Neo4j round trips.
func NewMetrics(store any, log *slog.Logger) *Metrics {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	m := &Metrics{
		log: log,
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "cigraph_http_requests_total", Help: "HTTP requests by handler and status code."},
			[]string{"handler", "code"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "cigraph_http_request_duration_seconds", Help: "HTTP request latency by handler.",
			Buckets: prometheus.ExponentialBuckets(0.001, 2.5, 12)}, []string{"handler"}),
		operations: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "cigraph_graphql_operations_total", Help: "GraphQL operations by type and result."},
			[]string{"type", "result"}),
		ingested: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "cigraph_ingest_documents_total",
			Help: "Documents ingested by path (api: ingestText; sources: the --sources scheduler) and outcome."},
			[]string{"via", "outcome"}),
		runs: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "cigraph_ingest_runs_total", Help: "Ingestion runs of the --sources scheduler by status."},
			[]string{"status"}),
		facts: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "cigraph_ingest_facts_total", Help: "Facts (claims) stored by ingestion, by path."},
			[]string{"via"}),
	}
	m.reg.MustRegister(m.requests, m.latency, m.operations, m.ingested, m.runs, m.facts,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if rt, ok := store.(roundTripper); ok {
		m.reg.MustRegister(prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "cigraph_neo4j_round_trips_total", Help: "Neo4j transactions run by the store."},
			func() float64 { return float64(rt.RoundTrips()) }))
	}
	return m
}

// ingest counts one ingestText document and the claims it stored.
func (m *Metrics) ingest(outcome string, facts int) {
	m.ingested.WithLabelValues("api", outcome).Inc()
	m.facts.WithLabelValues("api").Add(float64(facts))
}

// handler serves /metrics.
func (m *Metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

// instrument counts and times the requests of one handler.
func (m *Metrics) instrument(name string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, code: http.StatusOK}
		next.ServeHTTP(rec, r)
		took := time.Since(start)
		m.requests.WithLabelValues(name, strconv.Itoa(rec.code)).Inc()
		m.latency.WithLabelValues(name).Observe(took.Seconds())
		level := slog.LevelDebug
		if took > time.Second || rec.code >= 500 {
			level = slog.LevelInfo // slow or failed requests show at the default level
		}
		m.log.LogAttrs(r.Context(), level, "http", slog.String("method", r.Method),
			slog.String("path", r.URL.Path), slog.Int("status", rec.code), slog.Duration("took", took))
	})
}

// countOperations is a gqlgen operation middleware counting results.
func (m *Metrics) countOperations(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	oc := graphql.GetOperationContext(ctx)
	kind := "unknown"
	if oc.Operation != nil {
		kind = string(oc.Operation.Operation)
	}
	rh := next(ctx)
	return func(ctx context.Context) *graphql.Response {
		resp := rh(ctx)
		result := "ok"
		if resp != nil && len(resp.Errors) > 0 {
			result = "error"
		}
		m.operations.WithLabelValues(kind, result).Inc()
		return resp
	}
}

type statusRecorder struct {
	http.ResponseWriter
	code int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.code = code
	s.ResponseWriter.WriteHeader(code)
}
