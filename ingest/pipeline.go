// Package ingest is the news pipeline and its scheduler: it expands
// sources (feeds, pages, sitemaps, folders) into documents, fetches them
// through one polite client, extracts their facts and stores them, with a
// bounded worker pool, a per-article timeout, deduplication by canonical
// URL and content hash, and a clean shutdown. Every run and every
// source's state is recorded in the graph.
package ingest

import (
	"context"
	"io"
	"log/slog"
	"sync"
	"time"

	"github.com/cigraph/cigraph/graph"
	"github.com/cigraph/cigraph/ingest/fetch"
)

// Extractor reads facts from story text; ExtractFunc adapts a function.
type Extractor interface {
	Extract(ctx context.Context, text string, published time.Time, url string) (graph.Extraction, error)
}

// ExtractFunc is a function that is an Extractor.
type ExtractFunc func(ctx context.Context, text string, published time.Time, url string) (graph.Extraction, error)

// Extract calls f.
func (f ExtractFunc) Extract(ctx context.Context, text string, published time.Time, url string) (graph.Extraction, error) {
	return f(ctx, text, published, url)
}

// Store is what the pipeline needs of the graph (graph.Store implements it).
type Store interface {
	ImportDocument(ctx context.Context, doc graph.Document) (graph.ImportResult, error)
	ArticleExists(ctx context.Context, key string) (bool, error)
	ArticleByHash(ctx context.Context, contentHash string) (*graph.ArticleNode, error)
	RecordSyndication(ctx context.Context, copy graph.Article, originalID string) (string, error)
	RecordIngestRun(ctx context.Context, run graph.IngestRun) error
	SourceStates(ctx context.Context) (map[string]graph.SourceState, error)
	SaveSourceState(ctx context.Context, st graph.SourceState) error
}

// Fetcher is the HTTP client the pipeline uses (fetch.Client implements it).
type Fetcher interface {
	Get(ctx context.Context, r fetch.Request) (*fetch.Response, error)
}

// Config tunes a Pipeline; zero values take the defaults noted.
type Config struct {
	Workers        int           // concurrent documents, default 4
	ArticleTimeout time.Duration // fetch + extract + store of one document, default 60s
	MaxBackoff     time.Duration // longest wait after repeated source failures, default 24h
	ExtractorName  string        // stored on claims, default "cigraph-rules"
	Log            *slog.Logger  // nil discards
	// Progress receives a progress bar when Terminal is set; otherwise
	// progress goes to Log every LogEvery (default 30s).
	Progress io.Writer
	Terminal bool
	LogEvery time.Duration
	// OnRun, when set, is told of every finished run (metrics, for example).
	OnRun func(graph.IngestRun)
}

func (c *Config) defaults() {
	if c.Workers <= 0 {
		c.Workers = 4
	}
	if c.ArticleTimeout <= 0 {
		c.ArticleTimeout = 60 * time.Second
	}
	if c.MaxBackoff <= 0 {
		c.MaxBackoff = 24 * time.Hour
	}
	if c.ExtractorName == "" {
		c.ExtractorName = "cigraph-rules"
	}
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
	if c.LogEvery <= 0 {
		c.LogEvery = 30 * time.Second
	}
}

// Pipeline turns sources into stored articles. It is safe for concurrent
// use, though runs over the same sources should not overlap.
type Pipeline struct {
	cfg     Config
	store   Store
	extract Extractor
	fetch   Fetcher
	locks   keyedMutex
	now     func() time.Time
}

// New builds a pipeline.
func New(cfg Config, store Store, ex Extractor, f Fetcher) *Pipeline {
	cfg.defaults()
	return &Pipeline{cfg: cfg, store: store, extract: ex, fetch: f, now: time.Now}
}

// lockStory takes the locks of a story's canonical URL (when it has one)
// and content hash, always in that order so two workers cannot deadlock,
// and returns the function that releases both.
func (p *Pipeline) lockStory(canonicalURL, hash string) func() {
	var unlockURL func()
	if canonicalURL != "" {
		unlockURL = p.locks.lock("url:" + canonicalURL)
	}
	unlockHash := p.locks.lock("hash:" + hash)
	return func() {
		unlockHash()
		if unlockURL != nil {
			unlockURL()
		}
	}
}

// keyedMutex serialises work on one key (a canonical URL or a content
// hash), so two copies of a story processed at once are not both stored
// as originals.
type keyedMutex struct {
	mu    sync.Mutex
	locks map[string]*keyedLock
}

type keyedLock struct {
	sync.Mutex
	users int
}

func (k *keyedMutex) lock(key string) func() {
	k.mu.Lock()
	if k.locks == nil {
		k.locks = map[string]*keyedLock{}
	}
	l := k.locks[key]
	if l == nil {
		l = &keyedLock{}
		k.locks[key] = l
	}
	l.users++
	k.mu.Unlock()
	l.Lock()
	return func() {
		l.Unlock()
		k.mu.Lock()
		if l.users--; l.users == 0 {
			delete(k.locks, key)
		}
		k.mu.Unlock()
	}
}
