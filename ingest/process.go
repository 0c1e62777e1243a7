package ingest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/cigraph/cigraph/graph"
	"github.com/cigraph/cigraph/ingest/article"
	"github.com/cigraph/cigraph/ingest/fetch"
)

// process handles one document within the article timeout. It returns
// what it did and, on failure, a message naming the document and reason.
// On shutdown (ctx cancelled) fetching and reading are abandoned at once,
// since nothing is written yet, while extraction and the import (one
// transaction) run on a context detached from ctx and finish.
func (p *Pipeline) process(ctx context.Context, j job, meta Meta) (graph.IngestCounts, string) {
	if ctx.Err() != nil {
		return graph.IngestCounts{}, "" // shutting down: abandoned before it started
	}
	deadline := time.Now().Add(p.cfg.ArticleTimeout)
	lctx, cancelLoad := context.WithDeadline(ctx, deadline)
	defer cancelLoad()
	sctx, cancelStore := context.WithDeadline(context.WithoutCancel(ctx), deadline)
	defer cancelStore()
	c, err := p.safeProcessDoc(lctx, sctx, j, meta)
	name := first(j.path, j.url, j.hint.link, j.hint.title, "document")
	if err != nil && ctx.Err() != nil && errors.Is(err, context.Canceled) {
		p.cfg.Log.DebugContext(ctx, "document abandoned on shutdown", "source", j.sr.src.Name, "doc", name)
		return graph.IngestCounts{}, "" // shutdown, not a failure: the next run takes it
	}
	if err != nil {
		c.Failed++
		p.cfg.Log.DebugContext(ctx, "document failed", "source", j.sr.src.Name, "doc", name, "err", err)
		return c, name + ": " + err.Error()
	}
	return c, ""
}

// safeProcessDoc turns a panic on a hostile document (in the HTML parser or
// the extractor) into that document's failure, so the run goes on.
func (p *Pipeline) safeProcessDoc(lctx, sctx context.Context, j job, meta Meta) (c graph.IngestCounts, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error on this document: %v", r)
		}
	}()
	return p.processDoc(lctx, sctx, j, meta)
}

// processDoc loads a document on lctx (abandoned on shutdown) and stores
// it on sctx (finished on shutdown).
func (p *Pipeline) processDoc(lctx, sctx context.Context, j job, meta Meta) (graph.IngestCounts, error) {
	var c graph.IngestCounts
	if link := article.CanonicalURL(j.url); link != "" && j.hint.fetch {
		if dup, err := p.store.ArticleExists(lctx, link); err != nil || dup {
			c.Duplicate = boolInt(dup)
			return c, err
		}
	}
	a, err := p.load(lctx, j)
	if err != nil {
		return c, err
	}
	c.Fetched = 1
	applyMeta(a, j.hint, meta)
	return p.store1(sctx, a, j.sr.src.Trust, c)
}

// load produces the article of a job: a local file, a fetched page, or
// the text the feed or JSONL line carried.
func (p *Pipeline) load(ctx context.Context, j job) (*article.Article, error) {
	if j.path != "" {
		data, err := readCapped(j.path, maxFileBytes)
		if err != nil {
			return nil, err
		}
		return article.Parse(j.path, data, "")
	}
	if j.hint.fetch && j.url != "" {
		a, err := p.page(ctx, j.url)
		if err == nil || len(strings.Fields(j.hint.text)) < article.MinWords {
			return a, err
		}
		p.cfg.Log.DebugContext(ctx, "page failed, using feed text", "url", j.url, "err", err)
	}
	a := &article.Article{Title: j.hint.title, URL: article.CanonicalURL(j.hint.link), Text: j.hint.text}
	if len(strings.Fields(a.Text)) < article.MinWords {
		return nil, article.ErrNoText
	}
	return a, nil
}

func (p *Pipeline) page(ctx context.Context, url string) (*article.Article, error) {
	resp, err := p.fetch.Get(ctx, fetch.Request{URL: url})
	if err != nil {
		return nil, err
	}
	return article.FromHTML(resp.Body, resp.ContentType, resp.URL)
}

// applyMeta fills what the document lacks from the source's hints, and
// lets explicit overrides win.
func applyMeta(a *article.Article, h docHint, m Meta) {
	a.Title = first(m.Title, a.Title, h.title)
	a.URL = article.CanonicalURL(first(m.URL, a.URL, h.link))
	a.Publisher = first(m.Publisher, h.publisher, a.Publisher, h.fallback)
	switch {
	case !m.Published.IsZero():
		a.Published = m.Published
	case a.Published.IsZero():
		a.Published = h.published
	}
}

// store1 deduplicates and stores one article. Under locks on its canonical
// URL and its content hash (so one worker at a time decides about one
// story, however many feeds or tracking-param variants bring it): a stored URL, or the same text from the same publisher, is a
// duplicate; the same text from another publisher is a syndicated copy
// linked to the original; anything else is extracted and imported in one
// transaction, the facts' confidence weighed by the source's trust. The
// import itself claims the text in the graph (UniqueText), so another
// process bringing the same story at the same moment ends up a copy too.
func (p *Pipeline) store1(ctx context.Context, a *article.Article, trust float64, c graph.IngestCounts) (graph.IngestCounts, error) {
	hash := a.Hash()
	defer p.lockStory(a.URL, hash)()
	if a.URL != "" {
		if dup, err := p.store.ArticleExists(ctx, a.URL); err != nil || dup {
			c.Duplicate = boolInt(dup)
			return c, err
		}
	}
	orig, err := p.store.ArticleByHash(ctx, hash)
	if err != nil {
		return c, err
	}
	if orig != nil {
		return p.syndicate(ctx, a, orig, c)
	}
	ex, err := p.extract.Extract(ctx, a.Text, a.Published, a.URL)
	if err != nil {
		return c, fmt.Errorf("extract: %w", err)
	}
	res, err := p.store.ImportDocument(ctx, p.document(a, hash, WeighByTrust(ex, trust)))
	var taken *graph.StoryTakenError
	if errors.As(err, &taken) {
		return p.syndicateTaken(ctx, a, hash, c)
	}
	if err != nil {
		return c, err
	}
	c.New, c.Duplicate, c.Facts = boolInt(res.Created), boolInt(!res.Created), res.Claims
	return c, nil
}

// syndicateTaken handles a text another process stored first, between our
// check and our import: ours is a copy of that original after all.
func (p *Pipeline) syndicateTaken(ctx context.Context, a *article.Article, hash string, c graph.IngestCounts) (graph.IngestCounts, error) {
	orig, err := p.store.ArticleByHash(ctx, hash)
	if err != nil {
		return c, err
	}
	if orig == nil {
		return c, fmt.Errorf("original of %s vanished: %w", hash, graph.ErrNotFound)
	}
	return p.syndicate(ctx, a, orig, c)
}

func (p *Pipeline) syndicate(ctx context.Context, a *article.Article, orig *graph.ArticleNode, c graph.IngestCounts) (graph.IngestCounts, error) {
	if a.URL == "" || samePublisher(a.Publisher, orig.Publisher) {
		c.Duplicate = 1
		return c, nil
	}
	copyArt := graph.Article{URL: a.URL, Title: a.Title, Publisher: a.Publisher, PublishedAt: a.Published,
		FetchedAt: p.now().UTC(), ContentHash: a.Hash()}
	if _, err := p.store.RecordSyndication(ctx, copyArt, orig.ID); err != nil {
		if errors.Is(err, graph.ErrConflict) {
			c.Duplicate = 1 // the copy's URL is already stored (by another process) as an original
			return c, nil
		}
		if errors.Is(err, graph.ErrNotFound) {
			return c, fmt.Errorf("original %s vanished: %w", orig.ID, err)
		}
		return c, err
	}
	c.Syndicated = 1
	return c, nil
}

func (p *Pipeline) document(a *article.Article, hash string, ex graph.Extraction) graph.Document {
	return graph.Document{
		Article: graph.Article{URL: a.URL, Title: a.Title, Publisher: a.Publisher, PublishedAt: a.Published,
			FetchedAt: p.now().UTC(), ContentHash: hash, Text: a.Text},
		Extraction: ex, Extractor: p.cfg.ExtractorName, UniqueText: true,
	}
}

func samePublisher(a, b string) bool {
	return strings.EqualFold(article.NormalizeText(a), article.NormalizeText(b))
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
